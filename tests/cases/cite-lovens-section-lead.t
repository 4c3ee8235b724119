# "lovens § 2" in an item of an executive order's section whose own text names an act
# ("§ 2. Følgende beføjelser i lov om skiltning af cykelstier delegeres ...: 1) ..., jf.
# lovens § 2") is of that act, as within one text; where the section names none, of the act
# the order is issued under (the act its citations name most)
cmd: lovgraf --db $TMP/x.db index $FIX/act-short-name-title.txt $FIX/act-bike-signs.txt $FIX/order-delegation-lead.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT s.ref||' | '||e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' AND e.raw LIKE 'lovens%' ORDER BY e.id"
status: 0
stdout:
r
ladcykelloven § 3 | lovens § 2 -> ladcykelloven § 2
bekendtgørelse om delegation af ministerens beføjelser til ladcykelstyrelsen § 1, nr. 1 | lovens § 2 -> ladcykelloven § 2
bekendtgørelse om delegation af ministerens beføjelser til ladcykelstyrelsen § 1, nr. 2 | lovens § 3 -> ladcykelloven § 3
bekendtgørelse om delegation af ministerens beføjelser til ladcykelstyrelsen § 2, nr. 1 | lovens § 2 -> lov om skiltning af cykelstier § 2
bekendtgørelse om delegation af ministerens beføjelser til ladcykelstyrelsen § 3 | lovens § 1 -> ladcykelloven § 1
