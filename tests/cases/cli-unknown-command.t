# an unknown command: exit 2, naming it and listing the commands
cmd: lovgraf frobnicate
status: 2
stderr:
unknown command 'frobnicate'
show refs cite ask sql
