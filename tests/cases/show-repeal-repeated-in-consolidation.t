# the law in force: a consolidation (LBK of 2024) repeats, in the closing sections of the acts that amended it, "Lov om ferie, jf. lovbekendtgørelse nr. 9177 af 9. oktober 2015, ophæves" (the ferielov of 2018 repealing its predecessor); the ferielov of 2018 stays in force, the one of 2015 is repealed (dk-all: ferieloven was shown repealed by lov om Udbetaling Danmark, LBK 1034 of 2024)
cmd: lovgraf --db $TMP/x.db index $FIX/act-holiday-2015.txt $FIX/act-holiday-2018.txt $FIX/consolidation-payments-2024.txt >/dev/null && lovgraf --db $TMP/x.db --width 78 show --as-of 2026-12-01 'lov om ferie § 1' && lovgraf --db $TMP/x.db --width 78 show --as-of 2017-06-01 'lov om ferie § 1'
contains:
  status: in force on 2026-12-01 (LOV nr. 9060 af 2018-01-30)
  status: in force on 2017-06-01 (LBK nr. 9177 af 2015-10-09)
lacks:
by LBK nr. 9034
