# items named where they do not stand: "Kompetencemålene nr. 1-2, jf. stk. 1" in stk. 2 are the
# items of stk. 1; "§ 4, nr. 3" of a section whose items stand in its stk. 1 is that stk.'s item
cmd: lovgraf --db $TMP/x.db index $FIX/order-items-of-stk.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT s.ref||' | '||e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
bekendtgørelse om erhvervsuddannelsen til hospitalsteknisk assistent § 4, stk. 2 | nr. 1-2 -> bekendtgørelse om erhvervsuddannelsen til hospitalsteknisk assistent § 4, stk. 1, nr. 1
bekendtgørelse om erhvervsuddannelsen til hospitalsteknisk assistent § 4, stk. 2 | nr. 1-2 -> bekendtgørelse om erhvervsuddannelsen til hospitalsteknisk assistent § 4, stk. 1, nr. 2
bekendtgørelse om erhvervsuddannelsen til hospitalsteknisk assistent § 4, stk. 2 | stk. 1 -> bekendtgørelse om erhvervsuddannelsen til hospitalsteknisk assistent § 4, stk. 1
bekendtgørelse om erhvervsuddannelsen til hospitalsteknisk assistent § 5 | § 4, nr. 3 -> bekendtgørelse om erhvervsuddannelsen til hospitalsteknisk assistent § 4, stk. 1, nr. 3
