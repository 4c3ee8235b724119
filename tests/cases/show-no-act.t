# a reference without an act: exit 2 and a message that says to name the act, with an example
cmd: lovgraf show '§ 53'
status: 2
stderr:
'§ 53' does not say which act
LAB § 53, stk. 4
