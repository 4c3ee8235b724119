# a question that names an act whole ("efter hønseloven") lifts that act's rules: its § 2 comes
# before an order's rule that says "indhegnet areal" three times (without the act named, the order's rule
# comes first)
cmd: lovgraf --db $TMP/x.db index $FIX/ask-act-hens.txt $FIX/ask-order-hens.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "Skal høns have et indhegnet areal efter hønseloven?"
contains:
"results":[{"ref":"hønseloven § 2",
