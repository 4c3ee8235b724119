# a question for the purpose of an act it names ("Hvad er formålet med lov om naturskoler?") is answered by the act's § 1, the purpose whatever its words ("Naturskolen skal ... give eleverne kendskab til naturen"), before the rule that names naturskoler three times (issue 12: "hvad er formålet med lov om X" -> § 1 of X)
cmd: lovgraf --db $TMP/x.db index $FIX/act-nature-schools.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "Hvad er formålet med lov om naturskoler?" | python3 -c 'import json,sys; print([r["ref"] for r in json.load(sys.stdin)["results"]])'
stdout:
['lov om naturskoler § 1', 'lov om naturskoler § 2']
