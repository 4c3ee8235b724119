# --limit 0: exit 2, saying the allowed range
cmd: lovgraf ask --limit 0 sygedagpenge
status: 2
stderr:
--limit takes a number from 1 to 1000, not '0'
