# an executive order's citation of its own provision that it does not have ("§ 1, nr. 2" where
# its § 1 has no items) stays unresolved: another order of the same title is another order,
# not a version in which to look it up
cmd: lovgraf --db $TMP/x.db index $FIX/order-same-title-2019.txt $FIX/order-same-title-2015.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT sd.name||' '||s.ref||' | '||e.raw||' -> '||ifnull(dd.name||' '||d.ref,'UNRESOLVED') AS r FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc LEFT JOIN provisions d ON d.id=e.dst LEFT JOIN documents dd ON dd.id=d.doc WHERE e.kind='cites' AND e.raw LIKE '§ 1%' ORDER BY sd.name"
status: 0
stdout:
r
order-same-title-2015 bekendtgørelse om forsøg på beskæftigelsesområdet § 2 | § 1, nr. 2 -> UNRESOLVED
order-same-title-2019 bekendtgørelse om forsøg på beskæftigelsesområdet § 2 | § 1, nr. 2 -> order-same-title-2019 bekendtgørelse om forsøg på beskæftigelsesområdet § 1, nr. 2
