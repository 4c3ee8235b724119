# cite --json: a part of a guideline not in acts.tsv ("vejledningen om sygedagpenge afsnit 5") stays unresolved with the guideline named, not a bare " afsnit 5"
cmd: lovgraf cite --json 'Det fremgår af vejledningen om sygedagpenge afsnit 5, at kommunen kan indhente en lægeattest'
contains:
"unresolved":[{"ref":"
"match":"vejledningen om sygedagpenge afsnit 5"
lacks:
"ref":" afsnit 5"
