# a letterhead (ministry, address, phone, CVR, J.nr.), the committee's address, "Spørger:", a date line and "Endeligt svar:": the metadata is read, the letterhead is neither checked nor cited, and the date picks SDP § 21 a in LBK 97
cmd: lovgraf check $FIX/check-layout-letterhead.txt; lovgraf check --json $FIX/check-layout-letterhead.txt
status: 0
contains:
check-layout-letterhead — Svar på spørgsmål nr. 211 (B 13) fra
the law as of 2025-02-10 (the document's date)
✓ SDP § 21 a (afsnit 1) — quotation matches LBK nr. 97 af 2025-01-29
1 match, 0 differ, 0 not found, 0 not in corpus, 0 cited
"date_from":"document","committee":"Beskæftigelsesudvalget","question":"211","case":"B 13","bill":null,"asker":"Finn Sørensen","party":"EL"
lacks:
Ved Stranden
10172748
4507
