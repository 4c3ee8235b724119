# question understanding, Danish: the same question in Danish → LSP § 18 a first
cmd: lovgraf ask --json 'Har det betydning for retten til seniorpension, hvis borgeren afviser at tage medicin?'
contains:
"language":"da"
"results":[{"ref":"LSP § 18 a",
