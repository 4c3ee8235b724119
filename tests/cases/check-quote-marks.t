# quotations in ”…”, “…”, „…“, »…«, '…', ‘…’ and «…» are all found, attributed and matched; the citations inside them are theirs, not the answer's; apostrophes (ATP's, Hans') open no quotation, and a term in quotation marks ('fleksjob') is not one
cmd: lovgraf check $FIX/check-quote-marks.txt
status: 0
contains:
✓ LAB § 112, stk. 2 (afsnit 1) — quotation matches LBK nr. 701 af
✓ LAB § 113, stk. 4 (afsnit 2) — quotation matches LBK nr. 701 af
✓ LAB § 53, stk. 4 (afsnit 3) — quotation matches LBK nr. 701 af
✓ LAB § 113, stk. 3 (afsnit 4) — quotation matches LBK nr. 701 af
✓ LAB § 113, stk. 2 (afsnit 5) — quotation matches LBK nr. 701 af
✓ LAB § 112, stk. 3 (afsnit 6) — quotation matches LBK nr. 701 af
✓ LAB § 113, stk. 1 (afsnit 7) — quotation matches LBK nr. 701 af
7 match, 0 differ, 0 not found, 0 not in corpus, 0 cited
lacks:
✗
· LSP
not checked
