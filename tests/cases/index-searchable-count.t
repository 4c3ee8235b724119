# the index keeps the number of searchable provisions (ask's IDF needs it) in meta, so that no query counts the whole provisions table; it equals the count
cmd: lovgraf sql "SELECT (SELECT CAST(value AS INTEGER) FROM meta WHERE key='searchable') = (SELECT count(*) FROM provisions WHERE searchable) AS same"
stdout:
same
1
