# a letter named with no provision is a citation of the whole document
cmd: lovgraf cite --json --in "LAB § 1" "Det fremgår af skrivelsen om ressourceforløb, at kommunen skal"
contains:
"doc":"SKR ressourceforløb"
