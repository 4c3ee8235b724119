# two versions of one act (LOV 2031, LBK 2032): --as-of picks the version in force; the later one has § 3 a repealed
cmd: lovgraf --db $TMP/x.db index $FIX/statute-inline.txt $FIX/statute-repealed.txt >/dev/null && lovgraf --db $TMP/x.db show --json --as-of 2033-01-01 'lov om prøvning af cykelhjelme § 3 a'
contains:
"text":"§ 3 a. (Ophævet)"
"repealed":true,"version":{"document":"lta-2032-9002"
"versions":[{"ref":"lov om prøvning af cykelhjelme § 3 a"
"document":"lta-2031-9001"
