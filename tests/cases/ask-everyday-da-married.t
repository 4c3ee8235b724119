# question understanding, everyday Danish of all of Danish law: "blive gift" is indgå ægteskab (thesaurus, all of Danish law: everyday Danish), so the two rules on who may marry come first, not the order on selling poison ("gift") to those under 18 (without the line the order came first)
cmd: lovgraf --db $TMP/x.db index $FIX/act-marriage-age.txt $FIX/order-poisons.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 2 "Må min søn blive gift, når han er 16?"
contains:
{"words":"blive gift","source":"thesaurus","law":["indgå ægteskab","ægteskab","vielse"]
"ref":"lov om ægteskabs indgåelse og opløsning § 2"
"ref":"lov om ægteskabs indgåelse og opløsning § 3"
lacks:
"ref":"bekendtgørelse om salg af gift til private § 1"
