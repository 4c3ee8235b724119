# sql --json: a read-only query gives its columns, and each row as an object keyed by column
cmd: lovgraf sql --json "SELECT ref, stk FROM provisions p JOIN documents d ON d.id=p.doc WHERE d.name='lta-2025-1004' AND p.section='69' AND p.kind='stk' AND p.stk<=2 ORDER BY p.stk"
stdout:
{"columns":["ref","stk"],"results":[{"ref":"LAS § 69, stk. 1","stk":1},{"ref":"LAS § 69, stk. 2","stk":2}]}
