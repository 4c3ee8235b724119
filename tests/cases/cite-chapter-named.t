# a chapter with a letter, of an act named after it
cmd: lovgraf cite --json --in "LAB § 112" "Ressourceforløb med tilhørende ressourceforløbsydelse efter kapitel 6 a i lov om aktiv socialpolitik er en ordning"
contains:
"ref":"LAS kapitel 6 a"
lacks:
"ref":"LAB kapitel 6 a"
