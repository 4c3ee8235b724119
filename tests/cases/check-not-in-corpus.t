# a skrivelse quoted and a vejledning cited: not in corpus, not compared, not findings
cmd: lovgraf check $FIX/check-not-in-corpus.txt
status: 0
contains:
? SKR ressourceforløb (afsnit 1) — quoted from skrivelse om
? VEJ førtidspension afsnit 4.1 (afsnit 2) — cites vejledning om
0 match, 0 differ, 0 not found, 2 not in corpus
