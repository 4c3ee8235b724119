# the seed file holds three documents; all are checked; a version later than the document is named as the nearest
cmd: lovgraf check --json corpus/seeds/002_72278e173f068d6f.txt
status: 1
contains:
"documents":[{"name":"002_72278e173f068d6f-1","type":"BILAG"
{"name":"002_72278e173f068d6f-2"
{"name":"002_72278e173f068d6f-3"
"ref":"SDP § 8","doc":"SDP"
"compared_with":{"document":"lta-2024-994","type":"LBK","number":"994","date":"2024-08-22","title":"Bekendtgørelse af lov om sygedagpenge","in_force":false}
{"op":"changed","quote":"persons arbejdssevne","law":"personens arbejdsevne","context":"udviklingsperspektiv i forhold til","spelling":false,"editorial":false}
"status":"not in corpus"
"status":"not mentioned"
{"op":"changed","quote":"opfølgingsforløb","law":"opfølgningsforløb","context":"et individuelt og fleksibelt","spelling":true,"editorial":false}
