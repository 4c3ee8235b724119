# quotations in the committee's question are checked too, marked as the question's:
# ”det på grund af særlige forhold er helt åbenbart” stands in § 18 of lov om social
# pension; ”det på grund af helbredsmæssige forhold er ganske åbenbart” does not
# (the law says "særlige" and "helt"); the question in its own words is no quotation
cmd: lovgraf check $FIX/check-question-quotation.txt; lovgraf check --json $FIX/check-question-quotation.txt
status: 1
contains:
  ✓ LSP § 18 (in the question) — quotation matches LBK nr. 1123 af 2024-10-21
  ✗ LSP § 18 (in the question) — quotation differs from LBK nr. 1123 af 2024-10-21: … det på grund af [helbredsmæssige → særlige]; … af helbredsmæssige forhold er [ganske → helt]
  1 match, 1 differ, 0 not found
"quote":"det på grund af særlige forhold er helt åbenbart","status":"match","in":"check-question-quotation","part":"question","at":"spørgsmålet"
"status":"differs","in":"check-question-quotation","part":"question","at":"spørgsmålet"
lacks:
no quotations or citations found
not checked
"status":"not attributed"
