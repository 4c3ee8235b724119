# a path that does not exist (given beside good ones) fails the build before it starts: named with
# the reason, exit 2, and the previous index is kept whole
cmd: lovgraf --db $TMP/x.db index $FIX/statute-chapter.txt >/dev/null || exit 9; lovgraf --db $TMP/x.db index $TMP/no-such-file.txt $CORPUS/statutes; s=$?; lovgraf --db $TMP/x.db sql "SELECT name FROM documents WHERE in_corpus=1"; exit $s
status: 2
stdout:
name
lta-2033-9003
stderr:
lovgraf: cannot index '
no-such-file.txt': No such file or directory; nothing was indexed; the previous index is kept
