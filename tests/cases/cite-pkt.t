# "2. pkt." after a subsection is a sentence of it, not a subsection or a date
cmd: lovgraf cite --json --in "LAB § 53, stk. 4" "uanset stk. 1, 2. pkt., kan tilbud gives"
contains:
"ref":"LAB § 53, stk. 1
lacks:
"ref":"LAB § 53, stk. 2"
