# indexing only a bad file into an existing index fails (exit 2) and keeps the old index: show on it still works
cmd: lovgraf --db $TMP/x.db index $FIX/statute-chapter.txt >/dev/null || exit 9; printf 'a\0b' > $TMP/bin.txt; lovgraf --db $TMP/x.db index $TMP/bin.txt; s=$?; lovgraf --db $TMP/x.db show 'lov om cykelparkering § 2 b' || exit 8; exit $s
status: 2
contains:
lov om cykelparkering § 2 b
§ 2b. Overdækningen skal være belyst.
stderr:
bin.txt': binary file
the previous index is kept
