# an exact quotation, across a line break, matches the version in force on the answer's date; a citation without quotation is reported as cited
cmd: lovgraf check $FIX/check-exact.txt
status: 0
contains:
  ✓ LAB § 112, stk. 2 (afsnit 1) — quotation matches LBK nr. 701 af
  · LAB § 113, stk. 3 (afsnit 2) — cited; stands in LBK nr. 701 af
  1 match, 0 differ, 0 not found, 0 not in corpus, 1 cited
