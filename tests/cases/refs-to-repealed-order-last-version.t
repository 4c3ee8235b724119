# refs by default: an executive order repealed as a whole is listed in its last version only, marked repealed; its earlier version (2014, superseded in 2016) is one of the versions not in force (dk-all: 596 of the 762 rows listed as repealed under LAB § 2 were such earlier versions)
cmd: lovgraf --db $TMP/x.db index $FIX/act-horses.txt $FIX/order-horse-feed-2014.txt $FIX/order-horse-feed-2016.txt $FIX/order-horse-feed-repeal.txt >/dev/null && lovgraf --db $TMP/x.db refs --as-of 2020-01-01 --to 'lov om hold af heste § 33'
contains:
1 provision refers to lov om hold af heste § 33:
  ← bekendtgørelse om foder til heste § 1, stk. 1  (cites “§ 33 i lov om hold af heste”)
      status: repealed: the whole document, by BEK nr. 9263 af 2018-01-10, from 2018-02-01
  (1 more from versions not in force on 2020-01-01: --all-versions shows them)
lacks:
  ← bekendtgørelse om foder til heste § 1  (cites
