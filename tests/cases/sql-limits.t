# sql is bounded: an endless recursive query stops at --timeout (exit 4, one line that says so), a
# query that wants 900 MB stops at the memory bound (exit 4), Ctrl-C (SIGINT) stops a running
# query (exit 130, "interrupted"), and nothing half-done is shown as a result
cmd: lovgraf --timeout 1 sql 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c'; echo "timeout: exit $?"; lovgraf sql 'SELECT length(randomblob(9e8))' >/dev/null; echo "memory: exit $?"; $BIN --db $DB sql 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c' & p=$!; sleep 1; kill -INT $p; wait $p; echo "ctrl-c: exit $?"
stdout:
timeout: exit 4
memory: exit 4
ctrl-c: exit 130
stderr:
lovgraf: sql: stopped after 1 s (--timeout 1; sql stops after 60 s unless given)
lovgraf: sql: the query needs more than the 256 MiB of memory a query may use
lovgraf: sql: interrupted
