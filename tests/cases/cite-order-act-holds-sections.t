# "lovens §§ 47 og 70" in an executive order: the act the order is issued under is not simply
# the act its citations name most (lov om et indkomstregister, twice), when that act has none
# of the §§ "lovens" names; of the acts it names, the one that holds them (lov om
# arbejdsløshedsforsikring m.v., once)
cmd: lovgraf --db $TMP/x.db index $FIX/act-income-register.txt $FIX/act-unemployment-insurance.txt $FIX/order-benefit-rate.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
§ 3 i lov om et indkomstregister -> indkomstregisterloven § 3
§ 4 i lov om et indkomstregister -> indkomstregisterloven § 4
lovens §§ 47 og 70 -> arbejdsløshedsforsikringsloven § 47
lovens §§ 47 og 70 -> arbejdsløshedsforsikringsloven § 70
lovens § 54 -> arbejdsløshedsforsikringsloven § 54
lov om arbejdsløshedsforsikring m.v. -> arbejdsløshedsforsikringsloven
