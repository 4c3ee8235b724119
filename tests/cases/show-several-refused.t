# a reference naming several provisions (two stk., a range of sections or subsections, a list of
# items) is refused with the reason (exit 2), never shown as its first; refs --to REF with other
# words beside it is refused, the words named
cmd: for r in 'LAB § 53, stk. 4, stk. 9' 'LAB §§ 53-54' 'LAB § 53, stk. 1-3' 'LAB § 6, nr. 1 og 2'; do lovgraf show "$r"; echo "exit $?"; done; lovgraf refs --to 'LAB § 53, stk. 4' junk; echo "exit $?"
stdout:
exit 2
exit 2
exit 2
exit 2
exit 2
stderr:
lovgraf: 'LAB § 53, stk. 4, stk. 9' names several provisions (a list or a range); give one, as in: LAB § 53, stk. 4
lovgraf: 'LAB §§ 53-54' names several provisions (a list or a range); give one, as in: LAB § 53, stk. 4
lovgraf: 'LAB § 6, nr. 1 og 2' names several provisions
lovgraf: refs --to takes one reference; cannot read 'junk' beside it
