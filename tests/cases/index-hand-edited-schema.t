# an index whose tables were edited by hand (provision_rows rebuilt without its NOT NULL columns,
# refs set to NULL) is refused when opened (exit 3, "rebuild it"), never read into a crash
cmd: cp "$DB" "$TMP/edited.db" && python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript("PRAGMA legacy_alter_table=ON; CREATE TABLE x AS SELECT * FROM provision_rows; DROP TABLE provision_rows; ALTER TABLE x RENAME TO provision_rows; UPDATE provision_rows SET ref=NULL, kind=NULL;"); c.commit()' "$TMP/edited.db" && for c in "ask fleksjob" "show LAB § 6" "sql SELECT 1"; do $BIN --db "$TMP/edited.db" $c; echo "exit $?"; done
stdout:
exit 3
exit 3
exit 3
stderr:
was changed after it was built (its tables are not the ones lovgraf made); rebuild it with: lovgraf index
