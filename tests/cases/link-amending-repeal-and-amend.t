# an act that repeals one act and amends another ("Lov om ophævelse af X og om ændring af Y") is an
# amending act: its body holds the quoted new texts of Y, so what they cite without naming an act is Y's
cmd: lovgraf --db $TMP/x.db index $FIX/amend-two-acts-b.txt $FIX/amend-repeal-and-amend.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT name||' amending='||is_amending FROM documents WHERE name='lta-2031-9204'" && lovgraf --db $TMP/x.db sql "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED')||' in '||ifnull(dd.name,'-') AS r FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc LEFT JOIN provisions d ON d.id=e.dst LEFT JOIN documents dd ON dd.id=d.doc WHERE e.kind='cites' AND sd.name='lta-2031-9204'"
contains:
lta-2031-9204 amending=1
stk. 1 -> lov om ladcykelværksteder § 2, stk. 1 in lta-2030-9202
lacks:
in lta-2031-9204
