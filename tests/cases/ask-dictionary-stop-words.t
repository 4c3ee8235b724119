# an English word's Danish words from the dictionary leave out Danish stop words ("within": i, om, på are no meaning of it), and a concept none of whose terms the index has ("within", "keep": bevar, "town": by) weighs nothing: only "hens" (høns) weighs, and the rules on hens rank by it (before: "within" weighed as much as the rarest word and every text with "i" or "på" named it)
cmd: lovgraf --db $TMP/x.db index $FIX/ask-act-hens.txt $FIX/ask-order-hens.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "May I keep hens within the town?"
contains:
{"words":"within","source":"word","law":[],"terms":["within"]}
"concept_weights":[0.0000,0.5055,0.0000,0.0000]
