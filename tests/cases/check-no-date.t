# a pasted draft with no date is read as of today, and says so; --as-of gives the date
cmd: printf 'Det fremgår af LAB § 112, stk. 2, at "Et ressourceforløb er relevant, når der er et udviklingsperspektiv i forhold til personens arbejdsevne."\n\nSe også LAB § 999.\n' >"$TMP/draft.txt"; lovgraf check "$TMP/draft.txt"; lovgraf check --as-of 2020-01-01 "$TMP/draft.txt"
status: 1
contains:
the document has no date; the law is read as of today
the law as of 2020-01-01 (--as-of)
✓ LAB § 112, stk. 2 (afsnit 1) — quotation matches LOV nr. 548 af
✗ LAB § 999 (afsnit 2) — cited, not found: there is no LAB § 999 in LOV
