# a path that does not exist is named with the reason; the other file is still indexed; exit 1
cmd: lovgraf --db $TMP/x.db index $TMP/no-such-file.txt $FIX/statute-chapter.txt; s=$?; lovgraf --db $TMP/x.db sql "SELECT name FROM documents WHERE in_corpus=1"; exit $s
status: 1
contains:
indexed 1 documents
lta-2033-9003
stderr:
no-such-file.txt': No such file or directory
