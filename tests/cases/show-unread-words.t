# words after a reference that are no part of it: an error naming them
cmd: lovgraf show 'LAB § 53, stk. 4 og noget'
status: 2
stderr:
cannot read 'og noget' in 'LAB § 53, stk. 4 og noget'
