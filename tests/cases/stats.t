# stats: what the index holds, the share of citations that reach no provision (also without those of
# annexes, whose text the corpus does not hold), and the act names cited most often without a target
# (text and JSON)
cmd: lovgraf stats --limit 3; lovgraf stats --json --limit 1
contains:
documents,
of them unresolved (
of the unresolved cite annexes, whose text the corpus does not hold; without them
the 3 act names cited most often without a target (annexes apart):
barselsloven
"unresolved_share":
"unresolved_annexes":
"unresolved_share_without_annexes":
"unresolved_acts":[{"act":"barselsloven","citations":
