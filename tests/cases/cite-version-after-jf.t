# "§ 8 i lov om dansk indfødsret, jf. lovbekendtgørelse nr. 422 af 7. juni 2004": a document
# named by number right after an act and "jf." is a version of that act; when that version is
# not indexed, the citation is of the act (here in the version the index has), not unresolved
cmd: lovgraf --db $TMP/x.db index $FIX/act-nationality.txt $FIX/act-version-after-jf.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
§ 8 i lov om dansk indfødsret -> lov om dansk indfødsret § 8
lovbekendtgørelse nr. 422 af 7. juni 2004 -> lov om dansk indfødsret
