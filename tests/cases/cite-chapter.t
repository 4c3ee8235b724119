# a list of chapters joined by "eller" gives one citation each
cmd: lovgraf cite --json --in "LAB § 53, stk. 4" "tilbud efter kapitel 11, 12 eller 14"
contains:
"ref":"LAB kapitel 11"
"ref":"LAB kapitel 12"
"ref":"LAB kapitel 14"
lacks:
"ref":"LAB kapitel 13"
