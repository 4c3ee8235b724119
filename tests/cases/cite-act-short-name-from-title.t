# an act's short name in parentheses at the end of its title ("... (ladcykelloven)") names the act,
# also in the genitive and as "-lov", and becomes its short name; a reader of the index knows it too
cmd: lovgraf --db $TMP/x.db index $FIX/act-short-name-title.txt $FIX/act-short-name-cited.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT s.ref||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.id" && lovgraf --db $TMP/x.db show 'ladcykellovens § 2'
contains:
bekendtgørelse om skiltning ved pladser til ladcykler § 1 -> ladcykelloven § 2
bekendtgørelse om skiltning ved pladser til ladcykler § 2 -> ladcykelloven § 1
bekendtgørelse om skiltning ved pladser til ladcykler § 2 -> ladcykelloven § 2
  § 2. Kommunen kan anvise pladser til ladcykler.
lacks:
UNRESOLVED
