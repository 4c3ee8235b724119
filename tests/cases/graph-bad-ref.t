# a reference that cannot be read or is not in the index, or none: exit 2 with the reason
cmd: lovgraf graph 'LAB § 999' 2>&1; echo $?; lovgraf graph 'foo bar baz' 2>&1; echo $?; lovgraf graph 2>&1; echo $?
stdout:
lovgraf: LAB § 999 is not in the index: no such provision in any version of lov om en aktiv beskæftigelsesindsats
2
lovgraf: cannot read 'foo bar baz' as a reference; write one like: LAB § 53, stk. 4, § 18 a i lov om social pension, or lta-2022-701 § 53
2
lovgraf: graph needs a reference, as in: lovgraf graph 'LAB § 53, stk. 4'
2
