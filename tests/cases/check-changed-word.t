# one changed word is a difference, shown word by word with the words before it; exit status 1
cmd: lovgraf check $FIX/check-changed-word.txt
status: 1
contains:
✗ LAB § 53, stk. 4 (afsnit 1) — quotation differs from LBK nr. 701 af
2022-05-22: … dog altid være tilpasset [borgerens → personens]
0 match, 1 differ, 0 not found
