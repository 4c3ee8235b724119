# the quoted new text of an act that amends one act the index does not know cites that act, by the name
# the title gives it (unresolved, its identity kept), not the amending act's own copy of the text
cmd: lovgraf --db $TMP/x.db index $FIX/amend-unknown-act.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT e.raw||' -> '||ifnull(e.t_act,'-')||' § '||ifnull(e.t_section,'-')||' stk. '||ifnull(e.t_stk,'-')||' dst '||ifnull(e.dst,'NULL') FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc WHERE e.kind='cites' AND sd.name='lta-2031-9205'"
contains:
stk. 1 -> lov om ladcykelforsikring § 3 stk. 1 dst NULL
lacks:
lov om ændring af lov om ladcykelforsikring §
