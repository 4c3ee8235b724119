# "bortset fra" joins a list like "og": "§ 34, bortset fra stk. 1, nr. 1" names § 34 and its stk. 1, nr. 1,
# not stk. 1 of the section the text stands in
cmd: lovgraf cite --in 'LAB § 35' 'efter § 34, bortset fra stk. 1, nr. 1, og § 36'
contains:
→  LAB § 34
→  LAB § 34, stk. 1, nr. 1
→  LAB § 36
lacks:
LAB § 35, stk. 1
