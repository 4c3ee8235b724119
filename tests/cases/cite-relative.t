# "stk. 2." followed by a capitalised sentence is stk. 2 of the section the text stands in, not a "2. pkt."
cmd: lovgraf cite --json --in "LAB § 112, stk. 1" "jf. dog stk. 2. Herudover skal en af følgende betingelser være opfyldt"
contains:
"ref":"LAB § 112, stk. 2"
lacks:
"ref":"LAB § 112, stk. 1"
"ref":"LAB § 112, stk. 3"
