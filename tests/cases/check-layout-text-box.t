# "Text Box:" left by PDF conversion is dropped: the letterhead and the date line behind it are read as such (SDP § 21 a on 2025-02-10, LBK 97) and the answer's paragraph is checked
cmd: lovgraf check $FIX/check-layout-text-box.txt; lovgraf check --json $FIX/check-layout-text-box.txt
status: 0
contains:
the law as of 2025-02-10 (the document's date)
✓ SDP § 21 a (afsnit 1) — quotation matches LBK nr. 97 af 2025-01-29
"committee":"Beskæftigelsesudvalget","question":"212","case":"alm. del"
lacks:
Text Box
