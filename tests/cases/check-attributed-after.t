# a quotation attributed after it ("”...”, jf. LAB § 113, stk. 3", "”...” (§ 53, stk. 4, 2. pkt., i lov om ...)") is compared with that provision, not with the one named before it; the citation after it is its attribution, not another citation
cmd: lovgraf check $FIX/check-attributed-after.txt
status: 1
contains:
✓ LAB § 112, stk. 2 (afsnit 1) — quotation matches LBK nr. 701 af
✓ LAB § 113, stk. 3 (afsnit 2) — quotation matches LBK nr. 701 af
✓ LAB § 53, stk. 4 (afsnit 3) — quotation matches LBK nr. 701 af
✗ LAB § 113, stk. 2 (afsnit 4) — quotation not found: the quoted words are
LAB § 113, stk. 4 (LBK nr. 701 af 2022-05-22), with differences: [missing:
3 match, 0 differ, 1 not found, 0 not in corpus, 0 cited
lacks:
✗ LAB § 112
· LAB
