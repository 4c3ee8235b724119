# a changed number ("26 uger" where the law says 22, "14 kalenderdage" for 30) is a difference, shown with the words before it; an item ("stk. 3, nr. 1") is compared on its own
cmd: lovgraf check $FIX/check-changed-number.txt
status: 1
contains:
✗ SDP § 24, stk. 1 (afsnit 1) — quotation differs from LBK nr. 97 af
2025-01-29: … sygdom, i mere end [26 → 22]
✓ SDP § 25 (afsnit 2) — quotation matches LBK nr. 97 af 2025-01-29
✗ SDP § 24, stk. 3, nr. 1 (afsnit 3) — quotation differs from LBK nr. 97
af 2025-01-29: … arbejdsgiveren i de første [14 → 30]
1 match, 2 differ, 0 not found
lacks:
(spelling)
