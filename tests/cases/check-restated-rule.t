# an answer that says in its own words what § 18, stk. 2, of lov om social pension
# says (the rehabilitation team may be skipped when it is plainly clear the
# capacity for work cannot be improved and the health coordinator has given an
# opinion, or the person is terminally ill) without citing it: restated, with the
# words the paragraph shares with the provision, in the paragraph's order
# ("borgerens" is the answer's word; the law says "personens": not shared);
# no finding (exit 0)
cmd: lovgraf --restated check $FIX/check-restated-rule.txt && lovgraf --restated check --full $FIX/check-restated-rule.txt && lovgraf --restated check --json $FIX/check-restated-rule.txt
status: 0
contains:
  ↺ LSP § 18, stk. 2 (afsnit 2) — restated without citation: shares “vurderer”, “kommunalbestyrelsen”, “helt”, “åbenbart”, “arbejdsevne”, “forbedres”, “sagen”, “overgå”, …
  ↺ LSP § 18, stk. 2 (afsnit 2) — restated without citation: shares “vurderer”, “kommunalbestyrelsen”, “helt”, “åbenbart”, “arbejdsevne”, “forbedres”, “sagen”, “overgå”, “sundhedskoordinatoren”, “udtalt”, “terminalt”, “syg”
, 0 cited, 5 not mentioned, 1 restated
"ref":"LSP § 18, stk. 2"
"via":"restates","status":"restated","in":"check-restated-rule","part":"answer","at":"afsnit 2"
"overlap":["vurderer","kommunalbestyrelsen","helt","åbenbart","arbejdsevne","forbedres","sagen","overgå","sundhedskoordinatoren","udtalt","terminalt","syg"]
"proposed":0,"restated":1}
lacks:
(afsnit 3) — restated
"borgerens"
