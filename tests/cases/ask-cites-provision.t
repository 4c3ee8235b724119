# a question that cites a provision ("hvad siger LAB § 53, stk. 4 om helbred") puts it first,
# before the texts that speak of the question's words
cmd: lovgraf ask --json --limit 3 "hvad siger LAB § 53, stk. 4 om helbred"
contains:
"results":[{"ref":"LAB § 53, stk. 4",
