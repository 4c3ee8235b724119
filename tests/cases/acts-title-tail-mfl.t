# "m.fl." ends a title as "m.v." does ("lov om danskuddannelse til voksne udlændinge m.fl."): the
# consolidated act is the act acts.tsv knows as danskuddannelsesloven, and a citation by its
# title with "m.fl." resolves to it (all of Danish law: 891 such citations were unresolved)
cmd: lovgraf --db $TMP/x.db index $FIX/act-title-tail-mfl.txt $FIX/act-cites-title-tail-mfl.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start"
stdout:
r
§ 2 i lov om danskuddannelse til voksne udlændinge m.fl. -> danskuddannelsesloven § 2
danskuddannelseslovens § 1 -> danskuddannelsesloven § 1
