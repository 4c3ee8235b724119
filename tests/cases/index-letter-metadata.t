# an answer's metadata is read from its text: committee, question no., case, date, asker (hyphenated name joined), party, minister
cmd: lovgraf --db $TMP/x.db index $FIX/letter-answer-hyphenation.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT type||' | '||date||' | '||committee||' | '||question||' | '||case_||' | '||asker||' | '||party||' | '||minister AS row FROM documents WHERE in_corpus=1"
stdout:
row
SVAR | 2019-03-12 | Beskæftigelsesudvalget | 214 | alm. del | Karen Møllersen | SF | Ole Pedersen
