# "lovens § 5" in an executive order whose only other citations are in its penalty section
# ("straffes med bøde", "strafansvar efter reglerne i straffelovens 5. kapitel", "straffelovens
# § 23"): straffeloven is not the act the order is issued under, so "lovens" stays unresolved
# ("lovens") rather than linked to straffeloven § 5 and § 30
cmd: lovgraf --db $TMP/x.db index $FIX/act-penal-code-general.txt $FIX/act-radio-frequencies.txt $FIX/order-frequency-permits.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
lovens § 5, stk. 1 -> UNRESOLVED lovens
lovens § 30 -> UNRESOLVED lovens
§ 1 -> bekendtgørelse om tilladelser til at anvende radiofrekvenser § 1
straffelovens 5. kapitel -> straffeloven kapitel 5
straffelovens § 23 -> straffeloven § 23
