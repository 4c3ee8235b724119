# a script with --json writes one JSON object per line, also for a line that fails: {"error", "line", "status"}, so the stream stays aligned with the script's lines; the error is on standard error too
cmd: printf 'sql SELECT 1 AS x\nshow LAB § 999\nshwo LAB § 6 --json\nsql SELECT 2 AS x\n' | lovgraf --json; echo "exit $?"
stdout:
{"columns":["x"],"results":[{"x":1}]}
{"error":"LAB § 999 is not in the index: no such provision in any version of lov om en aktiv beskæftigelsesindsats","line":2,"status":2}
{"error":"unknown command 'shwo'; did you mean show? (a question of plain words needs no command; help lists the commands)","line":3,"status":2}
{"columns":["x"],"results":[{"x":2}]}
exit 1
stderr:
lovgraf: script line 2 failed (exit status 2)
