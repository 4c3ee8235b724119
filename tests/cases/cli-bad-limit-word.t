# --limit with a word, and --limit without a value: exit 2
cmd: lovgraf ask --limit abc sygedagpenge; a=$?; lovgraf ask sygedagpenge --limit; b=$?; echo "$a $b"; [ $a = 2 ] && [ $b = 2 ] && exit 2
status: 2
stdout:
2 2
stderr:
not 'abc'
--limit needs a value
