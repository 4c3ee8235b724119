# the shell on a terminal (a pseudo-terminal): Ctrl-C drops the half-typed line and stays (as psql and sqlite3 do), also when it comes while a completion list is shown; Ctrl-C during a running command stops that command (SQLite interrupted) and the shell stays for the next; Ctrl-D leaves with status 0
cmd: HOME=$TMP PAGER=cat python3 $FIX/pty_drive.py '[["wait","lovgraf> ",5],["sleep",0.2],["send","show LAB § 5"],["sleep",0.3],["send","\u0003"],["wait","(?s)lovgraf> .*lovgraf> ",5],["sleep",0.2],["send","sql WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c\n"],["sleep",0.8],["send","\u0003"],["wait","(?s)interrupted.*lovgraf> ",5],["sleep",0.2],["send","sh\t"],["sleep",0.2],["send","\t"],["sleep",0.4],["send","\u0003"],["wait","(?s)LAB  LAS.*lovgraf> ",5],["sleep",0.3],["send","sql SELECT 6*7 AS answer\n"],["wait","(?s)42.*lovgraf> ",5],["sleep",0.2],["send","\u0004"]]' $BIN --db $DB | grep -aE 'interrupted$|│ +42 │|^\[exit|^LAB § 5$|TIMEOUT' | sed 's/ *$//'
stdout:
^Clovgraf: sql: interrupted
│     42 │
[exit 0]
