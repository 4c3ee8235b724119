# the letter's own date line ("Dato: 15-06-2022") beats the question's date in the opening (2. december 2021): LAB § 53, stk. 4 is read in LBK 701, not LOV 548
cmd: lovgraf check $FIX/check-date-own-line-wins.txt; lovgraf check --json $FIX/check-date-own-line-wins.txt
status: 0
contains:
the law as of 2022-06-15 (the document's date)
✓ LAB § 53, stk. 4 (afsnit 1) — quotation matches LBK nr. 701 af 2022-05-22
"date":"2022-06-15","date_from":"document"
lacks:
2021-12-02
