# "(Ophævet)" sections and "§§ 14-16." / "§§ 20 a-21." ranges: one section per number, all marked repealed; live sections are not
cmd: lovgraf --db $TMP/x.db index $FIX/statute-repealed.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT section||' '||repealed AS row FROM provisions WHERE kind='section' ORDER BY id"
stdout:
row
1 0
3 a 1
14 1
15 1
16 1
17 0
20 a 1
21 1
