# the older opening "Arbejdsministerens besvarelse af spørgsmål nr. 9 af 8. december 2020 fra Folketingets Arbejdsmarkedsudvalg (Alm. del – L 73)": committee, question, case, date and asker are read from it
cmd: lovgraf check $FIX/check-layout-older-opening.txt; lovgraf check --json $FIX/check-layout-older-opening.txt
status: 0
contains:
check-layout-older-opening — Svar på spørgsmål nr. 9 (Alm. del – L 73) fra
the law as of 2020-12-08 (the date of the committee's question;
· LAB § 53, stk. 4 (afsnit 1) — cited; stands in LOV nr. 548 af 2019-05-07
"date_from":"question","committee":"Arbejdsmarkedsudvalget","question":"9","case":"Alm. del – L 73","bill":null,"asker":"Bent Hansen","party":"S"
