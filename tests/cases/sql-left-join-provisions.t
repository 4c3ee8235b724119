# the view provisions can be the right side of a LEFT JOIN (SQLite flattens it: one provision read, not all)
cmd: lovgraf sql "EXPLAIN QUERY PLAN SELECT e.id, t.ref FROM edges e LEFT JOIN provisions t ON t.id = e.dst WHERE e.src = 5" | grep -c 'MATERIALIZE\|SCAN r'
status: 1
stdout:
0
