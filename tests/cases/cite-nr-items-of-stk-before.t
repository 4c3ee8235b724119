# A bare "nr. 1-3" in a stk. that has no items is of the items of the nearest stk. before it
# that holds them ("Stk. 2. Kompetencemålene i nr. 1-3 gælder for trin 1" after the list of
# stk. 1); an item no stk. before holds ("nr. 5") stays unresolved, in its own stk.
cmd: lovgraf --db $TMP/x.db index $FIX/order-vocational-goals.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act||' '||e.t_section||' stk. '||ifnull(e.t_stk,'-')||' nr. '||ifnull(e.t_nr,'-')) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
nr. 1-3 -> bekendtgørelse om erhvervsuddannelsen til greenkeeper § 4, stk. 1, nr. 1
nr. 1-3 -> bekendtgørelse om erhvervsuddannelsen til greenkeeper § 4, stk. 1, nr. 2
nr. 1-3 -> bekendtgørelse om erhvervsuddannelsen til greenkeeper § 4, stk. 1, nr. 3
nr. 4 -> bekendtgørelse om erhvervsuddannelsen til greenkeeper § 4, stk. 1, nr. 4
nr. 5 -> UNRESOLVED bekendtgørelse om erhvervsuddannelsen til greenkeeper 4 stk. 3 nr. 5
