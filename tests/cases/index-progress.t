# index says what it is doing on standard error, a line per phase when it is not a terminal (files counted first); --quiet says nothing but errors
cmd: lovgraf --db $TMP/x.db index $FIX/amending-order >/dev/null && lovgraf --db $TMP/y.db index --quiet $FIX/amending-order 2>&1 >/dev/null | wc -l
stdout:
0
stderr:
index: reading 2 files
index: creating the indexes
index: linking the citations of
index: finishing the index
