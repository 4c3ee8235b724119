# a provision that is in no version of the act: exit 2, a message naming it and the act
cmd: lovgraf show 'LAB § 9999'
status: 2
stderr:
LAB § 9999 is not in the index
lov om en aktiv beskæftigelsesindsats
