# The same order naming lov om radiofrekvenser once, outside its penalty section, and
# straffeloven twice in it: "lovens" is lov om radiofrekvenser
cmd: lovgraf --db $TMP/x.db index $FIX/act-penal-code-general.txt $FIX/act-radio-frequencies.txt $FIX/order-frequency-permits-named.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
lovens § 5, stk. 1 -> lov om radiofrekvenser § 5, stk. 1
lov om radiofrekvenser -> lov om radiofrekvenser
lovens § 30 -> lov om radiofrekvenser § 30
§ 1 -> bekendtgørelse om tilladelser til at anvende radiofrekvenser § 1
straffelovens 5. kapitel -> straffeloven kapitel 5
straffelovens § 23 -> straffeloven § 23
