# "§§ 33-35 om påbud og straf i lov om hold af heste": a short description ("om" and a few
# words, no punctuation) between the §§ and "i <act>" does not part them from their act; a
# description with no act after it ("§ 2 om stalde i almindelighed") leaves the § the text's own
cmd: lovgraf --db $TMP/x.db index $FIX/act-horses.txt $FIX/order-horse-stables.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
§§ 33-35 om påbud og straf i lov om hold af heste -> lov om hold af heste § 33
§§ 33-35 om påbud og straf i lov om hold af heste -> lov om hold af heste § 34
§§ 33-35 om påbud og straf i lov om hold af heste -> lov om hold af heste § 35
§ 1 -> bekendtgørelse om loftshøjden i hestestalde § 1
§ 2 -> bekendtgørelse om loftshøjden i hestestalde § 2
