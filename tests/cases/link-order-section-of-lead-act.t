# a bare § in an executive order that the order does not hold, within a provision whose own text names
# an act that holds it, is of that act (dk-all: the orders "om henlæggelse af opgaver og beføjelser":
# "§ 16. Følgende opgaver og beføjelser i henhold til naturbeskyttelsesloven udøves af
# Naturstyrelsen: ... 44) Gøre undtagelse ...; § 65, stk. 5."); a § the order holds stays its own, and
# one neither holds stays the order's, unresolved
cmd: lovgraf --db $TMP/x.db index $FIX/act-sled-protection.txt $FIX/order-sled-delegation.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||coalesce(e.t_act,'')) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' AND s.ref LIKE 'bekendtgørelse%' ORDER BY e.start"
status: 0
stdout:
r
lov om kanebeskyttelse -> lov om kanebeskyttelse
§ 65, stk. 5 -> lov om kanebeskyttelse § 65, stk. 5
§ 70 -> UNRESOLVED bekendtgørelse om henlæggelse af opgaver og beføjelser til kanestyrelsen
§ 1 -> bekendtgørelse om henlæggelse af opgaver og beføjelser til kanestyrelsen § 1
