# "straffelovens § 210, stk. 1 eller 3, jf. stk. 1, §§ 213, 215-217" in another act: "jf. stk. 1"
# right after another act's section is a subsection of that section, and the §§ that go on
# with it are of that act too, not of the act the text stands in
cmd: lovgraf --db $TMP/x.db index $FIX/act-penal-code-short.txt $FIX/act-aliens-penal-list.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
straffelovens § 210, stk. 1 eller 3 -> straffeloven § 210, stk. 1
straffelovens § 210, stk. 1 eller 3 -> straffeloven § 210, stk. 3
stk. 1, §§ 213, 215-217 -> straffeloven § 210, stk. 1
stk. 1, §§ 213, 215-217 -> straffeloven § 213
stk. 1, §§ 213, 215-217 -> straffeloven § 215
stk. 1, §§ 213, 215-217 -> straffeloven § 216
stk. 1, §§ 213, 215-217 -> straffeloven § 217
