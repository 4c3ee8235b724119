# letter suffixes with and without a space, in capitals or not, all normalise to "69 k"
cmd: lovgraf cite --json --in "LAS § 69" "samt af §69k, stk. 2 at, og efter lov om social pension §18a"
contains:
"ref":"LAS § 69 k, stk. 2"
"ref":"LSP § 18 a"
lacks:
"ref":"LAS § 69, stk. 2"
