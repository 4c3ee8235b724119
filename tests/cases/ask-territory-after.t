# a rule for another part of the realm ("Lov for Grønland om ...") comes after the rule of Denmark
# that says the same at greater length, unless the question names the place (see
# ask-territory-named); an executive order off the question's subject ("tilskud til landbrugets
# dyrehold") comes after the act (BM25 alone puts both before it: their texts are short)
cmd: lovgraf --db $TMP/x.db index $FIX/ask-goats-dk.txt $FIX/ask-goats-gl.txt $FIX/ask-goats-order.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 3 "Skal den, der holder geder, give dem læ?" | python3 -c 'import json,sys; print([r["ref"] for r in json.load(sys.stdin)["results"]])' && lovgraf --db $TMP/x.db --bm25 ask --json --limit 3 "Skal den, der holder geder, give dem læ?" | python3 -c 'import json,sys; print([r["ref"] for r in json.load(sys.stdin)["results"]])'
stdout:
['lov om hold af geder § 1', 'bekendtgørelse om tilskud til landbrugets dyrehold § 1', 'lov for grønland om hold af geder § 1']
['lov for grønland om hold af geder § 1', 'bekendtgørelse om tilskud til landbrugets dyrehold § 1', 'lov om hold af geder § 1']
