# question understanding, English: refusing surgery in ressourceforløb → LAS § 69, stk. 2 first
cmd: lovgraf ask --json 'which rules apply to a citizen in ressourceforløb refusing surgery'
contains:
"language":"en"
"results":[{"ref":"LAS § 69, stk. 2",
