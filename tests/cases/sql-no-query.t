# sql without a query: exit 2 with an example
cmd: lovgraf sql
status: 2
stderr:
sql needs a query
