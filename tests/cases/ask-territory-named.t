# a question that names a part of the realm ("i Grønland", "in Greenland") keeps its rules where
# their words put them (see ask-territory-after)
cmd: lovgraf --db $TMP/x.db index $FIX/ask-goats-dk.txt $FIX/ask-goats-gl.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "Skal den, der holder geder i Grønland, give dem læ?" | python3 -c 'import json,sys; print([r["ref"] for r in json.load(sys.stdin)["results"]])'
stdout:
['lov for grønland om hold af geder § 1', 'lov om hold af geder § 1']
