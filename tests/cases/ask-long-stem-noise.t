# a long word the stemmer cuts to a short common word ("varighed" -> "var", also "was") is not searched
cmd: lovgraf ask --json --limit 5 'How long can sickness benefit be paid?'
contains:
"SDP § 24, stk. 1"
lacks:
{"term":"var",
