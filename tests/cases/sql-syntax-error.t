# a syntax error: exit 2 with SQLite's message
cmd: lovgraf sql 'SELEC ref FROM provisions'
status: 2
stderr:
near "SELEC": syntax error
