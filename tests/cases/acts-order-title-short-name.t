# the short name in parentheses at the end of an executive order's title names the act or
# EU regulation the title speaks of ("... forordning om overførbare dyresygdomme
# (dyresundhedsloven)"), not the order: "dyresundhedsloven" in another text is not the order
cmd: lovgraf --db $TMP/x.db index $FIX/order-title-eu-short-name.txt $FIX/order-cites-eu-short-name.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' AND e.raw NOT LIKE 'artikel%' ORDER BY e.start, e.id"
status: 0
stdout:
r
forordning (EU) 2016/429 -> forordning (eu) 2016/429
dyresundhedsloven -> UNRESOLVED
