# a committee's question written in quotation marks that itself quotes the law
# (”... når ”det på grund af særlige forhold er helt åbenbart”, at ...?”): the inner
# quotations are checked, each attributed by its own sentence inside the question
# (§ 18 of lov om social pension says "særlige" and "helt"); the outer marks are the
# question's, no quotation; no mark is left unclosed
cmd: lovgraf --width 0 check $FIX/check-question-nested-quotation.txt; lovgraf check --json $FIX/check-question-nested-quotation.txt
status: 1
contains:
  ✓ LSP § 18 (in the question) — quotation matches LBK nr. 1123 af 2024-10-21
  ✗ LSP § 18 (in the question) — quotation differs from LBK nr. 1123 af 2024-10-21: … det på grund af [helbredsmæssige → særlige]; … af helbredsmæssige forhold er [ganske → helt]
  1 match, 1 differ, 0 not found
"quote":"det på grund af særlige forhold er helt åbenbart","status":"match","in":"check-question-nested-quotation","part":"question"
"unclosed_quotes":0
lacks:
never closed
"status":"not attributed"
"quote":"Af § 18
