# stats: what the index holds, the share of citations that reach no provision, and the act names cited
# most often without a target (text and JSON)
cmd: lovgraf stats --limit 3; lovgraf stats --json --limit 1
contains:
documents,
of them unresolved (
the 3 act names cited most often without a target:
barselsloven
"unresolved_share":
"unresolved_acts":[{"act":"barselsloven","citations":
