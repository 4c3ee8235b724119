# "nr. 1 og 2" keeps the section; "§ 96" and "stk. 1" are citations of their own
cmd: lovgraf cite --json --in "LAB § 53, stk. 2" "For personer omfattet af § 6, nr. 1 og 2, kan tilbud om uddannelse efter § 96 uanset stk. 1 gives"
contains:
"ref":"LAB § 6, nr. 1"
"ref":"LAB § 6, nr. 2"
"ref":"LAB § 96"
"ref":"LAB § 53, stk. 1"
lacks:
"ref":"LAB § 6, nr. 3"
"ref":"LAB § 96, nr. 2"
