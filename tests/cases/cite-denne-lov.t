# "i denne lov" is the act the text stands in
cmd: lovgraf cite --json --in "LAB § 53, stk. 1" "efter § 96 i denne lov"
contains:
"ref":"LAB § 96"
