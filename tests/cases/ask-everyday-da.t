# question understanding, everyday Danish: "ikke dukker op" (a phrase with a stop word in it) is udebliver / undlader at medvirke → SDP § 21, stk. 1 first
cmd: lovgraf ask --json --limit 3 'Mister jeg sygedagpengene, hvis jeg ikke dukker op til samtalerne på jobcentret?'
contains:
"language":"da"
{"words":"ikke dukker op","source":"thesaurus","law":["udebliver","udeblivelse","undlader at medvirke"],
"results":[{"ref":"SDP § 21, stk. 1",
