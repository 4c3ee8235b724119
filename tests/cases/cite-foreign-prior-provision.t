# "artikel 4-8 eller 26 i forordningen" and "Forordningens artikel 10" with no regulation named in the text
# itself are of the one an earlier provision of the document named (forordning (EU) 2023/1113 in § 1, also
# when a directive is named after it); "Direktivets artikel 3" is of that directive
cmd: lovgraf --db $TMP/x.db index $FIX/act-foreign-prior.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED')||' ['||ifnull(dd.type,'-')||']' FROM edges e LEFT JOIN provisions d ON d.id=e.dst LEFT JOIN documents dd ON dd.id=d.doc WHERE e.kind='cites' ORDER BY e.start, e.id"
contains:
artikel 4-8 eller 26 i forordningen -> forordning (eu) 2023/1113 artikel 4-8 [EXT]
artikel 4-8 eller 26 i forordningen -> forordning (eu) 2023/1113 artikel 26 [EXT]
Forordningens artikel 10 -> forordning (eu) 2023/1113 artikel 10 [EXT]
Direktivets artikel 3 -> direktiv (eu) 2015/849 artikel 3 [EXT]
