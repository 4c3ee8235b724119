# a read followed by a write in one sql call: the write is refused (exit 2) and nothing is deleted
cmd: lovgraf sql 'SELECT 1 AS one; DELETE FROM edges'; s=$?; lovgraf sql "SELECT CASE WHEN count(*) > 10000 THEN 'edges kept' ELSE 'edges lost' END AS r FROM edges"; exit $s
status: 2
contains:
edges kept
stderr:
read-only
