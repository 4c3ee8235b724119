# the same question in English gives the same first rule; "what is" is answered by the defining provision
cmd: lovgraf ask --json --limit 3 'Who can get a flexible job?' && lovgraf ask --json --limit 3 'What is the rehabilitation team?'
contains:
"results":[{"ref":"LAB § 116, stk. 1",
"results":[{"ref":"LOB § 9, stk. 1",
