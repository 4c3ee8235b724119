# an index built by an older lovgraf (another schema version) is refused with "rebuild it" (exit 3), not read wrongly
cmd: cp "$DB" "$TMP/old.db" && python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version=2"); c.commit()' "$TMP/old.db" && "$BIN" --db "$TMP/old.db" show 'LAB § 6'
status: 3
stderr:
was built by an older lovgraf (schema 2, this one reads 6)
rebuild it with: lovgraf index
