# --as-of 2022-02-30 is no date (February has no 30th): exit 2 like any other bad date, not a silent answer
cmd: lovgraf show --as-of 2022-02-30 'LAB § 1'
status: 2
stderr:
--as-of takes a date as YYYY-MM-DD, not '2022-02-30'
