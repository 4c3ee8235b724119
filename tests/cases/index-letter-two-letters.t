# one file with two letters gives two documents (the summary says so); the second (no year in its date) still gets its committee, journal no. and date
cmd: lovgraf --db $TMP/x.db index $FIX/letter-two-letters.txt && lovgraf --db $TMP/x.db sql "SELECT name||' | '||type||' | '||date||' | '||ifnull(committee,'-')||' | '||ifnull(journal,'-')||' | '||title AS row FROM documents WHERE in_corpus=1 ORDER BY id"
contains:
indexed 2 documents from 1 files
letter-two-letters-1 | BREV | 2021-10-14 | - | - | Brev til kommunaldirektørerne: Om jobcentrenes brug af lægeattester
letter-two-letters-2 | BREV | 2021-10-14 | Beskæftigelsesudvalget | 2021 - 9876 | Orientering om brev til kommunerne om lægeattester
