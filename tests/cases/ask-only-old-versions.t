# a question whose words occur only in versions no longer in force says so (not "nothing matches"),
# and JSON counts those matches in "superseded"
cmd: lovgraf ask boligform; lovgraf ask --json boligform
contains:
0 rules for: boligform
only versions that were not in force on
match: 1 provision;
"results":[],"superseded":
lacks:
nothing in the index matches
"superseded":0,
