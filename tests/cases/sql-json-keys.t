# sql --json: NULL is null, numbers are numbers, a column name that repeats gets _2 so every key is its own; each statement is one object
cmd: lovgraf --json sql "SELECT 1 AS a, 2.5 AS a, NULL AS n, 'x' AS s; SELECT 7 AS k"
stdout:
{"columns":["a","a","n","s"],"results":[{"a":1,"a_2":2.5,"n":null,"s":"x"}]}
{"columns":["k"],"results":[{"k":7}]}
