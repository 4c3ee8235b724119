# In a delegation order, "efter § 5, stk. 2, jf. lovens § 5, stk. 1" within a provision naming
# lov om radiofrekvenser: the order has a § 5 but no stk. 2, the act named after it (here by
# "lovens", the act of the provision around it) holds it, so it is that act's; "§ 4, stk. 2"
# that the order holds stays the order's
cmd: lovgraf --db $TMP/x.db index $FIX/act-radio-frequencies.txt $FIX/order-frequency-delegation.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
lov om radiofrekvenser -> lov om radiofrekvenser
§ 5, stk. 2 -> lov om radiofrekvenser § 5, stk. 2
lovens § 5, stk. 1 -> lov om radiofrekvenser § 5, stk. 1
§ 4, stk. 2, og § 30, stk. 2 -> bekendtgørelse om henlæggelse af opgaver til frekvensstyrelsen § 4, stk. 2
§ 4, stk. 2, og § 30, stk. 2 -> lov om radiofrekvenser § 30, stk. 2
lovens § 30 -> lov om radiofrekvenser § 30
