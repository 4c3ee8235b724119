# words that are no reference: exit 2 and how to write one
cmd: lovgraf show 'foo bar'
status: 2
stderr:
cannot read 'foo bar' as a reference
