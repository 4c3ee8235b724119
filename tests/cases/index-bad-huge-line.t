# a 50 MB single line is refused (no crash, no blow-up) and named; the good fixture given alongside is still indexed; exit 1
cmd: head -c 52428800 /dev/zero | tr '\0' a > $TMP/big.txt; lovgraf --db $TMP/x.db index $TMP/big.txt $FIX/statute-chapter.txt; s=$?; rm -f $TMP/big.txt; lovgraf --db $TMP/x.db sql "SELECT name FROM documents WHERE in_corpus=1"; exit $s
status: 1
contains:
indexed 1 documents from 2 files
lta-2033-9003
stderr:
big.txt': line 1 is 52428800 bytes long
