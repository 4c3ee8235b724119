# --as-of with month 13: exit 2
cmd: lovgraf show --as-of 2022-13-45 'LAB § 1'
status: 2
stderr:
--as-of takes a date as YYYY-MM-DD, not '2022-13-45'
