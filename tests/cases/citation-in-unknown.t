# cite --in with a reference that is not in the index: exit 2, saying so
cmd: lovgraf cite --json --in 'LAB § 9999' 'jf. stk. 2'
status: 2
stderr:
--in: LAB § 9999 is not in the index
