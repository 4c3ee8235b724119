# an executive order named by number and date ("bekendtgørelse nr. 2409 af 13. december 2021"), then as "bekendtgørelsens § 2" and "bekendtgørelsens § 3, stk. 2, 2. pkt." (the sentence after "m.v."): compared with that order; "bekendtgørelsens" after a lovbekendtgørelse is the executive order named before that (here the misdated one); the same number with a wrong year is not in the corpus, and the order of that number that is is named; an older consolidation named is said, the version in force is compared
cmd: lovgraf check $FIX/check-executive-order.txt
status: 1
contains:
✗ BEK sundhedskoordinator § 2 (afsnit 1) — quotation differs from BEK nr.
2409 af 2021-12-13: … et konkret beskæftigelsesrettet tilbud [mundtligt →
✓ BEK sundhedskoordinator § 3, stk. 2 (afsnit 2) — quotation matches BEK
· BEK sundhedskoordinator § 4 (afsnit 3) — cited; stands in BEK nr. 2409
✓ BEK sundhedskoordinator § 3, stk. 2 (afsnit 3) — quotation matches BEK
? bekendtgørelse nr. 2409 af 13. december 2022 § 1 (afsnit 4) — quoted
corpus; not compared; the corpus has BEK nr. 2409 af 2021-12-13
✓ LAB § 53, stk. 4 (afsnit 5) — quotation matches LBK nr. 280 af
2024-03-01: the citation names LBK nr. 701 af 2022-05-22; in force on
? bekendtgørelse nr. 2409 af 13. december 2022 § 3, stk. 3 (afsnit 6) —
3 match, 1 differ, 0 not found, 2 not in corpus, 1 cited
lacks:
LAB § 3
repeals
BEK ophævelse
