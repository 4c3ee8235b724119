# cite --json: an act unknown to acts.tsv is still kept under "unresolved" with its name
cmd: lovgraf cite --json 'efter § 12 i lov om cykelhjelme'
contains:
"results":[]
"unresolved":[{"ref":"lov om cykelhjelme § 12"
"match":"§ 12 i lov om cykelhjelme"
