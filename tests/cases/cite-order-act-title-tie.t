# an order's "lovens § 5", when two acts it names hold that section, is of the one whose title is most
# like the order's ("Bekendtgørelse om undervisning inden for ladcykelkurser": lov om ladcykelkurser), not
# of the one it names most
cmd: lovgraf --db $TMP/x.db index $FIX/act-bike-courses.txt $FIX/act-labour-courses.txt $FIX/order-bike-courses.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED')||' in '||ifnull(dd.name,'-') FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc LEFT JOIN provisions d ON d.id=e.dst LEFT JOIN documents dd ON dd.id=d.doc WHERE e.kind='cites' AND sd.name='lta-2031-9210' AND e.raw LIKE 'lovens%'"
contains:
lovens § 5 -> lov om ladcykelkurser § 5 in lta-2030-9208
lacks:
lta-2030-9209
