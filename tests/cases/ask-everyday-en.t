# question understanding, English as people speak: "boss" is the employer, "invite" is indkalde, "coming back to work" is vende tilbage → SDP § 7 a, stk. 1 first
cmd: lovgraf ask --json --limit 3 "Does my boss have to invite me to a talk about coming back to work while I'm off sick?"
contains:
"language":"en"
{"words":"boss","source":"thesaurus","law":["arbejdsgiver","arbejdsgiveren"],
{"words":"invite","source":"thesaurus","law":["indkalde","indkalder","indkaldelse"],
{"words":"coming back to work","source":"thesaurus","law":["vende tilbage",
"results":[{"ref":"SDP § 7 a, stk. 1",
