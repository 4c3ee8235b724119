# rules restated without citation are looked for by default: the letter to the mayors
# (seed 004) restates LAB § 113, stk. 3 (a person in ressourceforløb has the right to a
# talk with the health coordinator and the coordinating caseworker when an offer does not
# take their health into account) in its sixth paragraph without citing it; --no-restated
# leaves it out (and the rule is listed as not mentioned instead); --restated, the default,
# is still accepted
cmd: lovgraf --width 0 check corpus/seeds/004_0a4be0c31ea270f3.txt | grep '↺'; lovgraf --width 0 check --no-restated corpus/seeds/004_0a4be0c31ea270f3.txt | grep -c '↺\|restated'; lovgraf --width 0 check --no-restated corpus/seeds/004_0a4be0c31ea270f3.txt | grep -c '○ LAB § 113, stk. 3 '; lovgraf --width 0 check --restated corpus/seeds/004_0a4be0c31ea270f3.txt | grep -c '↺'
status: 0
stdout:
  ↺ LAB § 113, stk. 3 (afsnit 6) — restated without citation: shares “ressourceforløb”, “ret”, “samtale”, “sundhedskoordinator”, “koordinerende”, “sagsbehandler”, “tager”, “hensyn”
0
1
1
