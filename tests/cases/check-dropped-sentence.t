# a sentence left out of the middle of a quotation is one missing run; "[…]" between two parts is not a difference
cmd: lovgraf check $FIX/check-dropped-sentence.txt
status: 1
contains:
[missing: Gør personen
✓ LAB § 113, stk. 3 (afsnit 2) — quotation matches LBK nr. 701 af
1 match, 1 differ, 0 not found
lacks:
[added:
