# a draft answer with no date at all (no date line, no committee letter) is read as of today, and says so; its title comes from "Spørgsmål nr. 88:"
cmd: lovgraf check $FIX/check-undated.txt; lovgraf check --json $FIX/check-undated.txt
status: 0
contains:
check-undated — Svar på spørgsmål nr. 88
the document has no date; the law is read as of today,
(give one with --as-of)
✓ LAB § 112, stk. 2 (afsnit 1) — quotation matches LBK nr. 280 af
"date_from":"today"
