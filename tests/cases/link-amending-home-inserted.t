# a quoted new section that none of the acts amended has yet (§ 2 a) is of the act whose later version
# holds it with that text (lov om ladcykelværksteder, the second act of the title), not of the act at the
# cursor (the first)
cmd: lovgraf --db $TMP/x.db index $FIX/amend-two-acts-a.txt $FIX/amend-two-acts-b.txt $FIX/amend-two-acts-b-later.txt $FIX/amend-two-acts-inserted.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED')||' in '||ifnull(dd.name,'-') AS r FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc LEFT JOIN provisions d ON d.id=e.dst LEFT JOIN documents dd ON dd.id=d.doc WHERE e.kind='cites' AND sd.name='lta-2031-9206'" && lovgraf --db $TMP/x.db sql "SELECT act||' '||section||' inserted='||inserted FROM changes"
contains:
stk. 1 -> lov om ladcykelværksteder § 2 a, stk. 1 in lta-2032-9301
lov om ladcykelværksteder 2 a inserted=1
lacks:
ladcykeludlejning
