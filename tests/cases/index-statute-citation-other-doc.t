# "jf. nr. 3) i bekendtgørelsen" names an item of another document: it must not resolve to the citing item itself (no self-loop edge)
cmd: lovgraf --db $TMP/x.db index $FIX/statute-inline.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT count(*) AS self_loops FROM edges WHERE src=dst"
stdout:
self_loops
0
