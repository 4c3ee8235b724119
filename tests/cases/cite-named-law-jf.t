# "jf. § 113, stk. 3, i lov om ..." : the act after a comma applies to the whole citation
cmd: lovgraf cite --json --in "SDP § 1" "skriftligt vejlede personen om retten til en samtale, jf. § 113, stk. 3, i lov om en aktiv beskæftigelsesindsats"
contains:
"ref":"LAB § 113, stk. 3"
lacks:
"ref":"SDP § 113, stk. 3"
