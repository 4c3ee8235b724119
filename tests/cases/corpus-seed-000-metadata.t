# seed answer 000 (no header): type, date, committee, question no., case, asker ("Søren-|sen" joined) and party are read from its text
cmd: lovgraf sql "SELECT type||' | '||date||' | '||committee||' | '||question||' | '||case_||' | '||asker||' | '||party AS row FROM documents WHERE name LIKE '000\_%' ESCAPE '\'"
stdout:
row
SVAR | 2017-07-03 | Beskæftigelsesudvalget | 497 | alm. del | Finn Sørensen | EL
