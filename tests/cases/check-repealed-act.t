# an executive order repealed before the answer's date (BEK 2409/2021, repealed from 1 February 2026 by BEK 58/2026): its quotation is not found in force; the repeal, its date, the rule that keeps it for some cases, and how the words compare with its text as last in force are said; its rules are not listed as not mentioned
cmd: lovgraf check $FIX/check-repealed-act.txt
status: 1
contains:
✗ BEK sundhedskoordinator § 3, stk. 2 (afsnit 1) — quotation not found:
BEK nr. 2409 af 2021-12-13 is repealed from 2026-02-01 by BEK nr. 58 af
sundhedskoordinator § 1, stk. 3); the quotation matches its text as last
✓ LAB § 53, stk. 4 (afsnit 2) — quotation matches LBK nr. 280 af
1 match, 0 differ, 1 not found
lacks:
○ BEK sundhedskoordinator
