# --json: the result carries the foundation's fields, status, quote, compared_with and differences
cmd: lovgraf check --json $FIX/check-changed-word.txt
status: 1
contains:
{"document":
"date":"2023-05-10"
"ref":"LAB § 53, stk. 4","doc":"LAB"
"quote":"Tilbuddet skal dog altid være tilpasset borgerens helbredstilstand"
"status":"differs"
"compared_with":{"document":"lta-2022-701","type":"LBK","number":"701","date":"2022-05-22"
"in_force":true}
"differences":[{"op":"changed","quote":"borgerens","law":"personens","context":"dog altid være tilpasset","spelling":false,"editorial":false}]
"summary":{"match":0,"differs":1,"not found":0
