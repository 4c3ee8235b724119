# a folder: every *.txt below it is read (not other files); the bad one in a subfolder is named and skipped, the good one indexed; exit 1
cmd: mkdir -p $TMP/dir/sub && cp $FIX/statute-chapter.txt $TMP/dir/ && printf 'a\0b' > $TMP/dir/sub/bad.txt && echo junk > $TMP/dir/notes.md && lovgraf --db $TMP/x.db index $TMP/dir; s=$?; lovgraf --db $TMP/x.db sql "SELECT name FROM documents WHERE in_corpus=1"; exit $s
status: 1
contains:
indexed 1 documents from 2 files
lta-2033-9003
stderr:
sub/bad.txt': binary file
lacks:
notes
