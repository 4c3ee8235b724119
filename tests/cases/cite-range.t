# a list of items with a range expands to every item, and to no other
cmd: lovgraf cite --json --in "LAB § 53, stk. 4" "For personer omfattet af § 6, nr. 1-3, 7, 8 og 12, kan tilbud uanset stk. 1 fastsættes"
contains:
"ref":"LAB § 6, nr. 1"
"ref":"LAB § 6, nr. 2"
"ref":"LAB § 6, nr. 3"
"ref":"LAB § 6, nr. 7"
"ref":"LAB § 6, nr. 8"
"ref":"LAB § 6, nr. 12"
"ref":"LAB § 53, stk. 1"
lacks:
"ref":"LAB § 6, nr. 4"
"ref":"LAB § 6, nr. 9"
"ref":"LAB § 6, nr. 11"
