# A bare § that the order does not hold, after a citation of an act that holds it, where a
# parenthesis or "eller hvis relevant" breaks the list ("straffelovens § 23 (for så vidt angår
# vold) § 25", "straffelovens §§ 5, eller hvis relevant § 30, stk. 2"): that act's; "jf. § 1",
# which the order holds, stays the order's
cmd: lovgraf --db $TMP/x.db index $FIX/act-penal-code-general.txt $FIX/order-execution-sentences.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
straffelovens § 23 -> straffeloven § 23
§ 25, eller § 30, stk. 2 -> straffeloven § 25
§ 25, eller § 30, stk. 2 -> straffeloven § 30, stk. 2
straffelovens §§ 5 -> straffeloven § 5
§ 30, stk. 2 -> straffeloven § 30, stk. 2
§ 1 -> bekendtgørelse om iværksættelse af fængselsstraf § 1
