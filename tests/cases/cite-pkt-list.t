# "§ 5, stk. 2, 1., 2. og 3. pkt." is one list of sentences of § 5, stk. 2: its tail "2. og 3.
# pkt." is not a bare "pkt." of the stk. the text stands in
cmd: lovgraf cite --in 'LAB § 53, stk. 3' 'efter § 5, stk. 2, 1., 2. og 3. pkt., gælder'
contains:
→  LAB § 5, stk. 2
lacks:
LAB § 53, stk. 3
