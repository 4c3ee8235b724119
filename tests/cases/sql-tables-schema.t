# tables lists the tables and views a user queries (not FTS5's shadow tables), each with what it holds (the comment of its CREATE statement); schema [TABLE] shows the CREATE statements with their comments and the table's indexes; .tables and .schema work in the shell as in sqlite3; an unknown table is exit 2
cmd: lovgraf tables | head -3; lovgraf tables | grep -c '_data\|_idx\|_docsize\|_config'; lovgraf schema meta; lovgraf schema edges | grep -c '^CREATE INDEX edges_'; printf '.tables\n.schema terms\n' | lovgraf | grep -E '^(meta|terms|CREATE TABLE terms)'; lovgraf --json tables | python3 -c 'import json,sys; t=json.load(sys.stdin)["tables"]; print(len(t), all(x["about"] for x in t if x["type"]!="virtual table"), [x["name"] for x in t if x["type"]=="view"])'; lovgraf schema nosuch; echo "exit $?"
stdout:
meta                 table          what the index says of itself
acts                 table          an act or document identity that outlives its versions
act_names            table          every name of an act, normalised, and every start of one
0
CREATE TABLE meta( -- what the index says of itself
 key TEXT PRIMARY KEY, -- built (UTC), corpus (the paths indexed), documents (how many), schema_hash; searchable, act_name_max (lovgraf's own)
 value TEXT);
6
meta                 table          what the index says of itself
terms                table          the search index's vocabulary: each stemmed term, its row count
CREATE TABLE terms( -- the search index's vocabulary: each stemmed term, its row count
19 True ['provisions', 'search_text', 'versions', 'provisions_in_force', 'later_changes', 'graph']
exit 2
stderr:
lovgraf: no table or view 'nosuch' in the index; lovgraf tables lists them
