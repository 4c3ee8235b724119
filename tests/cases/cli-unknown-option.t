# an unknown option: exit 2, naming it
cmd: lovgraf --frob show 'LAB § 1'
status: 2
stderr:
unknown option '--frob'
