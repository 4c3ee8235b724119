# cite --in in text mode: "§ 6, nr. 1 og 2" gives one line per item, both resolved in LAB
cmd: lovgraf cite --in 'LAB § 53, stk. 2' 'omfattet af § 6, nr. 1 og 2'
stdout:
12-28  “§ 6, nr. 1 og 2”  →  LAB § 6, nr. 1
12-28  “§ 6, nr. 1 og 2”  →  LAB § 6, nr. 2
