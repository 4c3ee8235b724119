# a quoted new section of an act that amends "forskellige andre love", past the act it names, is of the
# act whose later version opens that section with the same words (lov om ladcykelparkering § 7 a), not
# of the act named nor of the amending act's own copy
cmd: lovgraf --db $TMP/x.db index $FIX/amend-two-acts-a.txt $FIX/act-bike-parking-later.txt $FIX/amend-other-acts.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED')||' in '||ifnull(dd.name,'-') AS r FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc LEFT JOIN provisions d ON d.id=e.dst LEFT JOIN documents dd ON dd.id=d.doc WHERE e.kind='cites' AND sd.name='lta-2031-9211' ORDER BY e.start" && lovgraf --db $TMP/x.db sql "SELECT act||' '||section||' certain='||certain FROM changes ORDER BY section"
contains:
stk. 1 -> lov om ladcykelparkering § 7 a, stk. 1 in lta-2032-9302
lov om ladcykelparkering 7 a certain=1
lov om ladcykeludlejning 2 certain=1
lacks:
in lta-2031-9211
