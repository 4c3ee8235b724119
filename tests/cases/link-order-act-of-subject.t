# "lovens § 7" in an executive order is of the act of the order's subject even when the order names
# another act and not its own: "Bekendtgørelse om statens kaneløbsstøtte (KS-bekendtgørelsen)" (the
# order's own short name after the subject) is issued under lov om statens kaneløbsstøtte; a subject
# with more words after it ("... til kaneløbere i udlandet") still is, when that act holds as many of
# the sections as the act named (dk-all: SU-bekendtgørelsen's "lovens §§" were linked to lov om aktiv
# socialpolitik, named once)
cmd: lovgraf --db $TMP/x.db index $FIX/act-study-grants.txt $FIX/act-sled-social.txt $FIX/order-study-grants.txt >/dev/null && lovgraf --db $TMP/x.db refs --from 'bekendtgørelse om statens kaneløbsstøtte § 1'; lovgraf --db $TMP/y.db index $FIX/act-study-grants.txt $FIX/act-sled-social.txt $FIX/order-study-grants-abroad.txt >/dev/null && lovgraf --db $TMP/y.db refs --from 'bekendtgørelse om statens kaneløbsstøtte til kaneløbere i udlandet § 1'
contains:
→ lov om statens kaneløbsstøtte § 7, stk. 4, nr. 1  (cites “lovens § 7, stk. 4, nr. 1”)
→ lov om aktiv kanepolitik § 23  (cites “§ 23 i lov om aktiv kanepolitik”)
lacks:
→ lov om aktiv kanepolitik § 7
