# show marks a section inside a repealed "§§ 14-16" range "repealed":true (addressed through the document's own name)
cmd: lovgraf --db $TMP/x.db index $FIX/statute-repealed.txt >/dev/null && lovgraf --db $TMP/x.db show --json 'lta-2032-9002 § 15'
contains:
"ref":"lov om prøvning af cykelhjelme § 15"
"section":"15"
"repealed":true
"document":"lta-2032-9002"
"type":"LBK"
