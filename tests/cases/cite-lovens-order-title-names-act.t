# "lovens § 5, stk. 2" in an executive order whose text names no act and whose subject is no
# act's title, but whose title names one ("Bekendtgørelse om regulering af betalingsbeløb i
# henhold til lov om radiofrekvenser"): the act the title names, as it holds the §§ cited
cmd: lovgraf --db $TMP/x.db index $FIX/act-penal-code-general.txt $FIX/act-radio-frequencies.txt $FIX/order-traffic-amounts.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
lovens § 5, stk. 2 -> lov om radiofrekvenser § 5, stk. 2
lovens § 30 -> lov om radiofrekvenser § 30
