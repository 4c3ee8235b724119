# a range of subsections without a § stays in the section the text stands in; "og § 54" is a section
cmd: lovgraf cite --json --in "LAB § 53, stk. 1" "uanset stk. 2-4 og § 54"
contains:
"ref":"LAB § 53, stk. 2"
"ref":"LAB § 53, stk. 3"
"ref":"LAB § 53, stk. 4"
"ref":"LAB § 54"
lacks:
"ref":"LAB § 53, stk. 5"
"ref":"LAB § 54, stk. 2"
