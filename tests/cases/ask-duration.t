# "how long" asks for a duration: the law says varighed, højst, periode, uger (varighed itself is over-stemmed and not searched) → LAB § 110, stk. 1 among the first five
cmd: lovgraf ask --json --limit 5 'How long can a job clarification course last?'
contains:
{"words":"How long","source":"thesaurus","law":["varighed","højst","periode","uger"],
"ref":"LAB § 110, stk. 1",
lacks:
{"words":"last"
