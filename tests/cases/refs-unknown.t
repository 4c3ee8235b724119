# refs on a provision not in the index: exit 2 with the reason
cmd: lovgraf refs --from 'LAB § 9999'
status: 2
stderr:
LAB § 9999 is not in the index
