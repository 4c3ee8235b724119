# ask in text mode shows how the question was read: the concepts and the legal words they map to
cmd: lovgraf ask --limit 1 'which rules apply to a citizen in ressourceforløb refusing surgery'
contains:
1 rule for: which rules apply to a citizen in ressourceforløb refusing surgery
read as: ressourceforløb; refusing → afvise
surgery →
operation
