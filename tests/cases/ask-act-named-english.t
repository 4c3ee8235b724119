# a question that names an act in English ("the Criminal Code", thesaurus: criminal code -> straffeloven) lifts that act's rules, and the act's name counts as named in them: straffeloven § 276 comes before an order's rule that says "tyveri" three times (as for an act named in Danish, ask-act-named)
cmd: lovgraf --db $TMP/x.db index $FIX/ask-act-theft.txt $FIX/ask-order-theft.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "How does the Criminal Code define theft?" | python3 -c 'import json,sys; print([r["ref"] for r in json.load(sys.stdin)["results"]])'
stdout:
['straffeloven § 276', 'bekendtgørelse om anmeldelse af cykeltyverier § 1']
