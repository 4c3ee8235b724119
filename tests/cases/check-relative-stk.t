# "stk. 2", "stk. 4" and "2. pkt." are read in the section named in an earlier sentence ("§ 113 i lov om ...", "LAB § 112", "Bestemmelsens stk. 3"); so are "stk. 3" and "stk. 7" cited without a quotation after "LAB § 112" in the same paragraph (stk. 7 does not exist); a quotation attributed to the wrong sentence ("1. pkt.") is not found there, and the sentence where it stands is named
cmd: lovgraf check $FIX/check-relative-stk.txt
status: 1
contains:
✓ LAB § 113, stk. 2 (afsnit 1) — quotation matches LBK nr. 701 af
✓ LAB § 113, stk. 4 (afsnit 1) — quotation matches LBK nr. 701 af
✓ LAB § 113, stk. 3 (afsnit 2) — quotation matches LBK nr. 701 af
✗ LAB § 112, stk. 2 (afsnit 3) — quotation differs from LBK nr. 701 af
2022-05-22: … udviklingsperspektiv i forhold til [borgerens → personens]
✗ LAB § 53, stk. 4 (afsnit 4) — quotation not found: the quoted words are
not in 1. pkt. of LAB § 53, stk. 4; they stand in LAB § 53, stk. 4, 2.
· LAB § 112, stk. 3 (afsnit 3) — cited; stands in LBK nr. 701 af
✗ LAB § 112, stk. 7 (afsnit 3) — cited, not found: there is no LAB § 112,
3 match, 1 differ, 2 not found, 0 not in corpus, 3 cited
lacks:
not checked
