# a script with --json writes one JSON object per line, also for a line that fails: {"error", "line", "status"}, so the stream stays aligned with the script's lines, also when the line failed after it began its output (a second statement, a row that fails); the error is on standard error too
cmd: printf 'sql SELECT 1 AS x\nshow LAB § 999\nshwo LAB § 6 --json\nsql SELECT 2 AS x\nsql SELECT 1 AS a; SELECT nosuch\nsql SELECT 1 AS x UNION ALL SELECT abs(-9223372036854775808)\n' | lovgraf --json; echo "exit $?"
stdout:
{"columns":["x"],"results":[{"x":1}]}
{"error":"LAB § 999 is not in the index: no such provision in any version of lov om en aktiv beskæftigelsesindsats","line":2,"status":2}
{"error":"unknown command 'shwo'; did you mean show? (a question of plain words needs no command; help lists the commands)","line":3,"status":2}
{"columns":["x"],"results":[{"x":2}]}
{"error":"sql: no such column: nosuch","line":5,"status":2}
{"error":"sql: integer overflow","line":6,"status":2}
exit 1
stderr:
lovgraf: script line 2 failed (exit status 2)
