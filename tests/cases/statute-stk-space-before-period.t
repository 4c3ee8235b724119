# a subsection heading written with a space before its period ("Stk. 2 .", as some texts of all Danish law
# have) is a subsection
cmd: lovgraf --db $TMP/x.db index $FIX/statute-stk-space-before-period.txt >/dev/null && lovgraf --db $TMP/x.db show 'lov om ladcykelstativer § 1, stk. 2' && lovgraf --db $TMP/x.db refs --from 'lov om ladcykelstativer § 2'
contains:
Kommunen fører tilsyn.
→ lov om ladcykelstativer § 1, stk. 2
