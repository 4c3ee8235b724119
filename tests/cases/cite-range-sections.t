# "§§ 14-16" is one range: every section from 14 to 16
cmd: lovgraf cite --json --in "LAB § 1" "tilbud efter §§ 14-16"
contains:
"ref":"LAB § 14"
"ref":"LAB § 15"
"ref":"LAB § 16"
lacks:
"ref":"LAB § 13"
"ref":"LAB § 17"
