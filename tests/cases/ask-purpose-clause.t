# a question for a law's purpose ("Hvad er formålet med ...", "What is the purpose of ...") is
# answered by the purpose clause ("§ 1. Loven har til formål ..."), not by the rule that says
# "formål" and "får" most (lexicon purpose_question, purpose_lead)
cmd: lovgraf --db $TMP/x.db index $FIX/ask-purpose-sheep.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "Hvad er formålet med reglerne om får?" | python3 -c 'import json,sys; print([r["ref"] for r in json.load(sys.stdin)["results"]])' && lovgraf --db $TMP/x.db --bm25 ask --json --limit 2 "Hvad er formålet med reglerne om får?" | python3 -c 'import json,sys; print([r["ref"] for r in json.load(sys.stdin)["results"]])'
stdout:
['lov om hold af får § 1', 'lov om hold af får § 2']
['lov om hold af får § 2', 'lov om hold af får § 1']
