# an executive order whose title names the question's subject ("tilskud til landbrugets
# dyrehold") is the rule there: it is not put after the acts (see ask-territory-after)
cmd: lovgraf --db $TMP/x.db index $FIX/ask-goats-dk.txt $FIX/ask-goats-order.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "Hvem får tilskud til landbrugets dyrehold, når de holder geder?" | python3 -c 'import json,sys; print([r["ref"] for r in json.load(sys.stdin)["results"]])'
stdout:
['bekendtgørelse om tilskud til landbrugets dyrehold § 1', 'lov om hold af geder § 1']
