# a paragraph that holds words no provision holds ("zorblaxiske fnurglinger kvabbeldrøn
# plimsarter", added to the sixth paragraph of seed 004) still restates LAB § 113, stk. 3:
# the words the law lacks are not asked for, and the idf of each word asked for is that
# word's (it was shifted by the number of words the law lacks)
cmd: lovgraf --width 0 check $FIX/check-restated-unknown-words.txt | grep '↺'
status: 0
stdout:
  ↺ LAB § 113, stk. 3 (afsnit 6) — restated without citation: shares “ressourceforløb”, “ret”, “samtale”, “sundhedskoordinator”, “koordinerende”, “sagsbehandler”, “tager”, “hensyn”
