# "lovens § 2" in an executive order whose text names no act is of the act of the same subject as the
# order's title ("Bekendtgørelse om ladcykeludlejning": lov om ladcykeludlejning)
cmd: lovgraf --db $TMP/x.db index $FIX/amend-two-acts-a.txt $FIX/order-title-subject.txt >/dev/null && lovgraf --db $TMP/x.db refs --from 'bekendtgørelse om ladcykeludlejning § 1'
contains:
→ lov om ladcykeludlejning § 2  (cites “lovens § 2”)
