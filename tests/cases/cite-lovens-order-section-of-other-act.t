# "lovens § 25" in an executive order whose act (lov om radiofrekvenser, named twice, holding
# its "lovens §§ 5 og 40") has no § 25: of the other acts the order names, the one that holds
# it (straffeloven, named once outside a penalty section)
cmd: lovgraf --db $TMP/x.db index $FIX/act-penal-code-general.txt $FIX/act-radio-frequencies.txt $FIX/order-frequency-mixed.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
lov om radiofrekvenser -> lov om radiofrekvenser
lovens § 5 -> lov om radiofrekvenser § 5
lovens § 40 -> lov om radiofrekvenser § 40
lov om radiofrekvenser -> lov om radiofrekvenser
straffelovens § 23 -> straffeloven § 23
lovens § 25 -> straffeloven § 25
