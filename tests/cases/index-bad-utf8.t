# invalid UTF-8 is skipped with its name, where, and what to do; the good file is indexed; exit 1
cmd: printf '\xff\xfe' > $TMP/inv.txt; lovgraf --db $TMP/x.db index $FIX/statute-chapter.txt $TMP/inv.txt; s=$?; lovgraf --db $TMP/x.db sql "SELECT name FROM documents WHERE in_corpus=1"; exit $s
status: 1
contains:
indexed 1 documents from 2 files
lta-2033-9003
stderr:
inv.txt': invalid UTF-8 at byte 0
convert the file to UTF-8
