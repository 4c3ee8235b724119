# an English word the dictionary translates weighs as its Danish words, not as the English word: "town" stands once in Danish law (an order's sign »Town Hall«), its Danish word "by" nowhere, so it weighs nothing (it weighed as a rare word); "rooster" weighs as "hane"
cmd: lovgraf --db $TMP/x.db index $FIX/ask-act-hens.txt $FIX/ask-town-hall-sign.txt >/dev/null && lovgraf --db $TMP/x.db ask --json "May I keep a rooster in town?"
contains:
{"words":"town","source":"dictionary","law":[],"terms":["town","by"]}
"concept_weights":[0.0000,1.0163,0.0000]
