# the temporary file of a build whose process is gone (kill -9, a crash) is removed by the next build,
# which says so; the temporary file of a build still running is left alone
cmd: sleep 30 & p=$!; : >$TMP/x.db.tmp-$p; : >$TMP/x.db.tmp-999999999; lovgraf --db $TMP/x.db index $FIX/statute-chapter.txt 2>&1 >/dev/null | grep -v '^index:' | sed "s|$TMP/||"; ls $TMP | sed "s|$p|RUNNING|"; kill $p
stdout:
lovgraf: removed 1 temporary file of an interrupted build: 'x.db.tmp-999999999'
x.db
x.db.tmp-RUNNING
