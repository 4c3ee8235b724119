# what the quoted new text of an amending act cites without naming an act is of the act amended whose old
# section it is most alike ("§ 2" of lov om ladcykelværksteder, the second act of the title), not of the
# amending act's own copy
cmd: lovgraf --db $TMP/x.db index $FIX/amend-two-acts-a.txt $FIX/amend-two-acts-b.txt $FIX/amend-two-acts.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED')||' in '||ifnull(dd.name,'-') AS r FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc LEFT JOIN provisions d ON d.id=e.dst LEFT JOIN documents dd ON dd.id=d.doc WHERE e.kind='cites' AND sd.name='lta-2031-9203'"
contains:
stk. 1 -> lov om ladcykelværksteder § 2, stk. 1 in lta-2030-9202
lacks:
lta-2031-9203
ladcykeludlejning § 2
