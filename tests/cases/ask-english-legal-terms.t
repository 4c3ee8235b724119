# question understanding, English legal terms of all of Danish law: "penalty interest" is morarente (thesaurus, all of Danish law: English), so the rule on when morarente runs comes first, not the rule that says "renten" three times (the fixture is an older version, titled "lov om renter ved forsinket betaling", of the act now titled "lov om renter og andre forhold ved forsinket betaling": corpus/acts.tsv)
cmd: lovgraf --db $TMP/x.db index $FIX/act-late-payment-interest.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "From when is penalty interest due?"
contains:
{"words":"penalty interest","source":"thesaurus","law":["morarente"]
"results":[{"ref":"lov om renter og andre forhold ved forsinket betaling § 3",
