# an answer that speaks of ressourceforløb ("et tilbud til borgere med komplekse
# problemer") and the municipalities' experience with them restates no rule: the
# few words it shares with § 112 of lov om en aktiv beskæftigelsesindsats are a
# small part of that long provision; no restated
cmd: lovgraf --restated check $FIX/check-restated-not-on-topic-mention.txt && lovgraf --restated check --json $FIX/check-restated-not-on-topic-mention.txt
status: 0
contains:
  0 match, 0 differ, 0 not found, 0 not in corpus, 0 cited, 5 not mentioned
"restated":0}
lacks:
↺
restated without citation
1 restated
"status":"restated"
