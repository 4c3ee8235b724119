# a rule's exception that the best rule names ("jf. dog stk. 2") is lifted by the graph
cmd: lovgraf ask --json --limit 5 'Kan en person under 40 år få førtidspension?'
contains:
"results":[{"ref":"LSP § 16, stk. 1",
"ref":"LSP § 16, stk. 2"
