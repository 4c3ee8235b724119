# sql refuses a writing statement (exit 2, says it is read-only) and the index is untouched
cmd: lovgraf sql 'DELETE FROM provisions'; s=$?; lovgraf sql "SELECT CASE WHEN count(*) > 5000 THEN 'provisions kept' ELSE 'provisions lost' END AS r FROM provisions WHERE kind='stk'"; exit $s
status: 2
stdout:
r
provisions kept
stderr:
read-only
