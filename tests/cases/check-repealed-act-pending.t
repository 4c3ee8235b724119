# read on a date after the repeal was issued but before it takes effect, the executive order is still in force: the quotation matches, and the coming repeal is said
cmd: lovgraf check --as-of 2026-01-20 $FIX/check-repealed-act.txt
status: 0
contains:
✓ BEK sundhedskoordinator § 3, stk. 2 (afsnit 1) — quotation matches BEK
nr. 2409 af 2021-12-13: BEK nr. 58 af 2026-01-13 repeals it from
2 match, 0 differ, 0 not found
