# "[…]" at the start or in the middle of a quotation, "(...)" and "(…)" leave words out without a difference; words left out without a mark are one
cmd: lovgraf check $FIX/check-omissions.txt
status: 1
contains:
✓ LAB § 113, stk. 3 (afsnit 1) — quotation matches LBK nr. 280 af
✓ LAB § 53, stk. 4 (afsnit 2) — quotation matches LBK nr. 280 af
✗ SDP § 7, stk. 5 (afsnit 3) — quotation differs from LBK nr. 994 af
2024-08-22: … til revalidering, ressourceforløb eller [missing: visitation
3 match, 1 differ, 0 not found
lacks:
[added:
