# an act titled "lov om" and one word goes by that word joined to "-loven" (with the linking "s"):
# "lov om ladcykelparkering" is "ladcykelparkeringsloven", as "lov om folkeskolen" is "folkeskoleloven"
cmd: lovgraf --db $TMP/x.db index $FIX/act-subject-name.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.id"
contains:
ladcykelparkeringslovens § 1 -> lov om ladcykelparkering § 1
ladcykelparkeringsloven § 1 -> lov om ladcykelparkering § 1
lacks:
UNRESOLVED
