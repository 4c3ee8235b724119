# a quotation of a section repealed before the answer's date: not found, and where the words did stand
cmd: lovgraf check $FIX/check-repealed.txt
status: 1
contains:
✗ LAB § 161, stk. 3 (afsnit 1) — quotation not found: § 161 is repealed in
(LOV nr. 548 af 2019-05-07)
0 match, 0 differ, 1 not found
