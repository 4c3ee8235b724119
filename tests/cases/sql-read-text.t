# sql in text mode: a header line, then one tab-separated line per row
cmd: lovgraf sql "SELECT ref, kind FROM provisions p JOIN documents d ON d.id=p.doc WHERE d.name='lta-2025-1004' AND p.section='69' AND p.kind='stk' AND p.stk<=2 ORDER BY p.stk" | tr '\t' '|'
stdout:
ref|kind
LAS § 69, stk. 1|stk
LAS § 69, stk. 2|stk
