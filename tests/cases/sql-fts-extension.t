# build/lovgraf_fts.so: the index's full-text search in any SQLite program: without it "no such tokenizer: danish"; loaded in the sqlite3 shell (.load) and in Python (enable_load_extension), fts MATCH and text_rank() work, stemming as lovgraf does (a word's hits are its stem's row count in terms)
cmd: sqlite3 $DB "SELECT count(*) FROM fts WHERE fts MATCH 'rådighed'" 2>&1 | grep -o 'no such tokenizer: danish'; sqlite3 $DB ".load build/lovgraf_fts" "SELECT count(*) > 50 FROM fts WHERE fts MATCH 'rådighed'" "SELECT count(*) > 10 FROM (SELECT text_rank(fts) AS r FROM fts WHERE fts MATCH 'latest : lovgraflatest AND text : (ressourceforløb)' AND r < 0)"; /usr/bin/python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.enable_load_extension(True); c.load_extension("build/lovgraf_fts"); q=lambda s,*a: c.execute(s,a).fetchone()[0]; print(q("SELECT count(*) FROM fts WHERE fts MATCH ?", "sygedagpengene") == q("SELECT rows FROM terms WHERE term = ?", "sygedagpeng"))' $DB
stdout:
no such tokenizer: danish
1
1
True
