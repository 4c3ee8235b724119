# a committee's question written in quotation marks is no quotation of the law: the
# citation in it (§ 18 i lov om social pension, which exists) is checked, as the question's
cmd: lovgraf check $FIX/check-question-citation.txt; lovgraf check --json $FIX/check-question-citation.txt
status: 0
contains:
  · LSP § 18 (in the question) — cited; stands in LBK nr. 1123 af 2024-10-21
  0 match, 0 differ, 0 not found, 0 not in corpus, 1 cited
"ref":"LSP § 18"
"status":"cited","in":"check-question-citation","part":"question","at":"spørgsmålet"
lacks:
no quotations or citations found
not checked
