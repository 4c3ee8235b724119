# a quotation that runs across a page break, hyphenated there ("helbredstil-" / "stand"), with the page number and the ministry's address and contact lines between: the furniture is dropped and the quotation matches
cmd: lovgraf check $FIX/check-page-break.txt; lovgraf check --json $FIX/check-page-break.txt
status: 0
contains:
✓ LAB § 113, stk. 3 (afsnit 2) — quotation matches LBK nr. 280 af
1 match, 0 differ, 0 not found
"quote":"En person i ressourceforløb, der mener, at et beskæftigelsesrettet tilbud ikke tager tiltrækkeligt hensyn til personens helbredstilstand, jf. § 53, stk. 4, har ret til
lacks:
Holmens
Side 1/2
✗
