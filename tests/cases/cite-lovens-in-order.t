# "lovens § 1" in an executive order is the act the order is issued under (the act its own citations name),
# not the order; in an act, "lovens § 2" is the act itself
cmd: lovgraf --db $TMP/x.db index $FIX/act-short-name-title.txt $FIX/act-short-name-cited.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT s.ref||' | '||e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.id"
contains:
bekendtgørelse om skiltning ved pladser til ladcykler § 3 | lovens § 1 -> ladcykelloven § 1
ladcykelloven § 3 | lovens § 2 -> ladcykelloven § 2
lacks:
§ 3 | lovens § 1 -> bekendtgørelse
