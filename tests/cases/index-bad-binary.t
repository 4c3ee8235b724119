# a binary file (a NUL byte) is skipped with its name and the reason; the good file is indexed; exit 1
cmd: printf 'a\0b' > $TMP/bin.txt; lovgraf --db $TMP/x.db index $TMP/bin.txt $FIX/statute-chapter.txt; s=$?; lovgraf --db $TMP/x.db sql "SELECT name FROM documents WHERE in_corpus=1"; exit $s
status: 1
contains:
indexed 1 documents from 2 files
lta-2033-9003
stderr:
bin.txt': binary file
