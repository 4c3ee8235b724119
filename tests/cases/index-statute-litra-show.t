# show of a litra gives the litra itself, not silently its parent item
cmd: lovgraf --db $TMP/x.db index $FIX/statute-inline.txt >/dev/null && lovgraf --db $TMP/x.db show --json 'lov om prøvning af cykelhjelme § 1, stk. 1, nr. 2, litra b'
contains:
"ref":"lov om prøvning af cykelhjelme § 1, stk. 1, nr. 2, litra b"
"text":"voksne ledsagere og"
lacks:
"ref":"lov om prøvning af cykelhjelme § 1, stk. 1, nr. 2","doc"
