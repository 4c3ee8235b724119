# the seed annex by its document name: every quotation accounted for, the real deviations found
cmd: lovgraf check 002_72278e173f068d6f-1
status: 1
contains:
002_72278e173f068d6f-1 — Bilag 1.
the law as of 2022-06-03 (the document's date)
✓ LAB § 53, stk. 4 (afsnit 2) — quotation matches LBK nr. 701 af
individuelt og fleksibelt [opfølgingsforløb → opfølgningsforløb]
[persons arbejdssevne →
at [arbejdssevnen →
? SKR ressourceforløb (afsnit 2) — quoted from skrivelse om
✓ BEK sundhedskoordinator § 2 (afsnit 2) — quotation matches BEK nr.
13 match, 2 differ, 0 not found, 11 not in corpus, 0 cited
lacks:
002_72278e173f068d6f-2
