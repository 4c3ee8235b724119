# question understanding, Danish: the same question in Danish gives the same top rule, LAS § 69, stk. 2
cmd: lovgraf ask --json 'Hvilke regler gælder for en borger i ressourceforløb, der afviser en operation?'
contains:
"language":"da"
"results":[{"ref":"LAS § 69, stk. 2",
