# sql --csv writes RFC 4180 CSV (header row, CRLF, fields with commas, quotes or line breaks quoted,
# quotes doubled, NULL empty); the query comes from the arguments, --file FILE (-f) or standard
# input; in a script a bare sql line does not read the script's own lines
cmd: lovgraf --csv sql "SELECT 'a,b' AS x, 'say \"hi\"' AS y, NULL AS z, 3 AS n, 'two"$'\n'"lines' AS t" | od -An -c | tr -s ' ' | tr -d '\n'; echo; echo "SELECT count(*) AS n FROM documents WHERE name='lta-2022-701'" >$TMP/q.sql; lovgraf sql -f $TMP/q.sql; lovgraf sql --file $TMP/q.sql; lovgraf sql <$TMP/q.sql; lovgraf sql -f $TMP/none.sql; echo "exit $?"; printf 'sql\nsql SELECT 7\n' | $BIN --db $DB 2>/dev/null; echo "script: exit $?"
stdout:
 x , y , z , n , t \r \n " a , b " , " s a y " " h i " " " , , 3 , " t w o \n l i n e s " \r \n
n
1
n
1
n
1
exit 2
7
7
script: exit 1
stderr:
lovgraf: sql: cannot read '
none.sql': cannot open: No such file or directory
