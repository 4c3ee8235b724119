# "Stk. 2." at the start of a subsection is its heading, not a citation; "stk. 1" in its text is
cmd: lovgraf cite --json --in "LAB § 53, stk. 2" "Stk. 2. For personer omfattet af stk. 1 gælder det samme"
contains:
"ref":"LAB § 53, stk. 1"
lacks:
"ref":"LAB § 53, stk. 2"
