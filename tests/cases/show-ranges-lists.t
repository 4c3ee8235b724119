# show takes a range or list as people type it (LAB §§ 53-54, LAB § 53, stk. 1-3, LAB § 6, nr. 1 og 2) and shows each provision in order, in text one after another, in JSON {"ref", "as_of", "provisions": [...]}; a part of a list that is not in the index fails the whole reference with its name (exit 2); a range that runs backwards, and a range of sections with a subsection, are refused, never read in part; refs takes one provision only, and words beside --to REF are refused
cmd: lovgraf show 'LAB §§ 53-54' | grep -E '^(LAB|────)'; lovgraf show 'LAB § 53, stk. 1-3' | grep '^LAB'; lovgraf show --json 'LAB § 6, nr. 1 og 2' | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["ref"], d["as_of"] > "2000", [(p["ref"], p["status"]) for p in d["provisions"]])'; lovgraf show 'LAB § 53, stk. 4, stk. 9'; echo "exit $?"; for r in 'LAB §§ 54-53' 'LAB § 53, stk. 3-1' 'LAB §§ 53-54, stk. 2'; do lovgraf show "$r"; echo "exit $?"; done; lovgraf refs --to 'LAB §§ 53-54'; echo "exit $?"; lovgraf refs --to 'LAB § 53, stk. 4' junk; echo "exit $?"
stdout:
LAB § 53
────
LAB § 54
LAB § 53, stk. 1
LAB § 53, stk. 2
LAB § 53, stk. 3
LAB § 6, nr. 1 og 2 True [('LAB § 6, nr. 1', 'in_force'), ('LAB § 6, nr. 2', 'in_force')]
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
stderr:
lovgraf: LAB § 53, stk. 9 is not in the index: no such provision in any version of lov om en aktiv beskæftigelsesindsats
lovgraf: 'LAB §§ 54-53': the range runs backwards; write it from the lower number
lovgraf: 'LAB § 53, stk. 3-1': the range runs backwards; write it from the lower number
lovgraf: 'LAB §§ 53-54, stk. 2': a range of sections with a subsection or item is not read; give each, as in: LAB § 53, stk. 2
lovgraf: 'LAB §§ 53-54' names several provisions (a list or a range); give one, as in: LAB § 53, stk. 4
lovgraf: refs --to takes one reference; cannot read 'junk' beside it
