# an empty file is skipped with its name and the reason; the good file beside it is indexed; exit 1 (a file was skipped)
cmd: : > $TMP/empty.txt; lovgraf --db $TMP/x.db index $TMP/empty.txt $FIX/statute-chapter.txt; s=$?; lovgraf --db $TMP/x.db sql "SELECT name FROM documents WHERE in_corpus=1"; exit $s
status: 1
contains:
indexed 1 documents from 2 files
lta-2033-9003
stderr:
empty.txt': empty file
