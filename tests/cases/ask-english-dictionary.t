# an English word the thesaurus does not know gets its Danish words from the English-Danish
# dictionary read into the index (FreeDict, Debian dict-freedict-dan-eng): "rooster" -> hane,
# "town" -> by; the rule on the rooster in town comes first
cmd: lovgraf --db $TMP/x.db index $FIX/ask-act-hens.txt $FIX/ask-order-hens.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "May I keep a rooster in town?"
contains:
{"words":"rooster","source":"dictionary","law":[],"terms":["roost","han"]}
"results":[{"ref":"hønseloven § 3",
