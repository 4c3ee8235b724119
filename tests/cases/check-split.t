# a quotation split across <p> cells and a page break of an annex table, with a leading lower-case letter, matches
cmd: lovgraf check $FIX/check-split.txt
status: 0
contains:
Standby:
✓ SDP § 13 b, stk. 5 (afsnit 1) — quotation matches LBK nr. 97 af
✓ LAB § 53, stk. 4 (afsnit 1) — quotation matches LBK nr. 280 af
lacks:
✗
