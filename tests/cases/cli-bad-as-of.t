# --as-of that is not a YYYY-MM-DD date: exit 2, naming the value
cmd: lovgraf show --as-of yesterday 'LAB § 1'
status: 2
stderr:
--as-of takes a date as YYYY-MM-DD, not 'yesterday'
