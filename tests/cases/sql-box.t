# sql --box: a table drawn with box lines (as sqlite3's .mode box), numbers right-aligned, cells cut with … to fit the width (80 columns in a pipe, the terminal's on one), line breaks shown as ↵; on a terminal the box is the default, in a pipe tab-separated lines (--tabs forces them)
cmd: q="SELECT ref, stk, substr(text, 1, 50) AS text, NULL AS n FROM provisions p JOIN documents d ON d.id=p.doc WHERE d.name='lta-2025-1004' AND p.section='69' AND p.kind='stk' AND p.stk<=2 ORDER BY p.stk"; lovgraf sql --box "$q"; lovgraf sql --box "SELECT 'two'||char(10)||'lines' AS t"; lovgraf sql "SELECT 1 AS one"; COLUMNS=40 PAGER=cat script -qec "$BIN --db $DB sql \"SELECT ref, stk FROM provisions WHERE ref='LAS § 69, stk. 1' LIMIT 1\"" /dev/null | tr -d '\r'; COLUMNS=40 PAGER=cat script -qec "$BIN --db $DB sql --tabs \"SELECT 1 AS one\"" /dev/null | tr -d '\r'
stdout:
┌──────────────────┬─────┬──────────────────────────────────────────────┬──────┐
│ ref              │ stk │ text                                         │ n    │
├──────────────────┼─────┼──────────────────────────────────────────────┼──────┤
│ LAS § 69, stk. 1 │   1 │ Det er en betingelse for at modtage ressour… │ NULL │
│ LAS § 69, stk. 2 │   2 │ Afviser en person at modtage behandling for… │ NULL │
└──────────────────┴─────┴──────────────────────────────────────────────┴──────┘
┌───────────┐
│ t         │
├───────────┤
│ two↵lines │
└───────────┘
one
1
┌──────────────────┬─────┐
│ ref              │ stk │
├──────────────────┼─────┤
│ LAS § 69, stk. 1 │   1 │
└──────────────────┴─────┘
one
1
