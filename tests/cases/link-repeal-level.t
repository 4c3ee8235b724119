# a repeal names what it repeals: "Bekendtgørelse nr. N af ... ophæves" repeals that document, but "I
# lovbekendtgørelse nr. N af ... ophæves § 2" repeals a provision in it (not the act), and a document named
# after the repeal ("... finder fortsat anvendelse") is not repealed again
cmd: lovgraf --db $TMP/x.db index $FIX/act-short-name-title.txt $FIX/act-short-name-cited.txt $FIX/repeal-levels.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT s.ref||' | '||e.raw||' -> '||d.ref AS r FROM edges e JOIN provisions s ON s.id=e.src JOIN provisions d ON d.id=e.dst WHERE e.kind='repeals' ORDER BY e.id"
contains:
§ 2 | Bekendtgørelse nr. 9102 af 1. marts 2034 -> bekendtgørelse om skiltning ved pladser til ladcykler
lacks:
lovbekendtgørelse nr. 9101
-> ladcykelloven
