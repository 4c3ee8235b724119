# verify: SQLite's integrity check, FTS5's check and lovgraf's invariants; a sound index is exit 0,
# a copy with one damaged page of the full-text index is exit 3 and says which checks failed
cmd: lovgraf verify; echo "exit $?"; cp "$DB" $TMP/v.db; p=$($BIN --db $TMP/v.db sql "SELECT pageno FROM dbstat WHERE name='fts_docsize' ORDER BY pageno LIMIT 1" | tail -1); python3 -c "import sys; f=open(sys.argv[1],'r+b'); f.seek((int(sys.argv[2])-1)*4096); f.write(b'\x55'*4096)" $TMP/v.db $p; $BIN --db $TMP/v.db verify | sed "s|$TMP/||; s|Page [0-9]*|Page N|"; echo "exit ${PIPESTATUS[0]}"
contains:
✓ SQLite's integrity check (every page, table and index)
✓ the full-text index matches the texts (FTS5's check)
✓ every edge starts at a provision
✓ the full-text index holds every searchable provision
is sound (10 checks)
exit 0
✗ SQLite's integrity check (every page, table and index): *** in database main *** Page N: btreeInitPage() returns error code 11
✗ the full-text index matches the texts (FTS5's check): database disk image is malformed
the index v.db is damaged (3 of 10 checks failed); rebuild it: lovgraf index
exit 3
