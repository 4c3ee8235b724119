# a chapter cited in a version of an act that lacks its chapter lines is the chapter of the nearest version
# of the act that has it
cmd: lovgraf --db $TMP/x.db index $FIX/statute-chapter.txt $FIX/statute-no-chapters.txt $FIX/statute-cites-chapter.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED')||' in '||ifnull(dd.name,'-') AS r FROM edges e LEFT JOIN provisions d ON d.id=e.dst LEFT JOIN documents dd ON dd.id=d.doc WHERE e.kind='cites' AND e.raw LIKE 'kapitel%'"
contains:
kapitel 2 i lov om cykelparkering -> lov om cykelparkering kapitel 2 in lta-2033-9003
lacks:
UNRESOLVED
