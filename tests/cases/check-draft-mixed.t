# a draft answer with »…« and "…" quotations, a statute named by its common name, a quotation that leaves words out without "[...]", a subsection that does not exist and a guideline named with a comma before its part
cmd: lovgraf check $FIX/check-draft-mixed.txt
status: 1
contains:
✓ SDP § 21 a (afsnit 1) — quotation matches LBK nr. 97 af 2025-01-29
✗ LAS § 69, stk. 2 (afsnit 2) — quotation differs from LBK nr. 808 af
[missing: eller lægeordineret medicin
✗ LAB § 53, stk. 9 (afsnit 3) — quotation not found: there is no LAB § 53,
? vejledningen om sygedagpenge afsnit 5 (afsnit 4) — quoted from
1 match, 1 differ, 1 not found, 1 not in corpus
