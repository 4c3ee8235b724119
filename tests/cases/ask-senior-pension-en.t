# question understanding, English: refusing medication and the right to seniorpension → LSP § 18 a first
cmd: lovgraf ask --json 'Does refusing medication matter for the right to senior pension?'
contains:
"language":"en"
"results":[{"ref":"LSP § 18 a",
