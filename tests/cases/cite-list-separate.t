# separate § expressions are separate citations; "i en indsats" after "nr. 4 og 5," is not an act
cmd: lovgraf cite --json --in "LAB § 53" "§ 6, nr. 1-3, personer omfattet af § 6, nr. 4 og 5, i en indsats efter § 30 a og personer omfattet af § 6, nr. 7, 8 og 12"
contains:
"ref":"LAB § 6, nr. 1"
"ref":"LAB § 6, nr. 3"
"ref":"LAB § 6, nr. 4"
"ref":"LAB § 6, nr. 5"
"ref":"LAB § 30 a"
"ref":"LAB § 6, nr. 7"
"ref":"LAB § 6, nr. 12"
lacks:
"ref":"LAB § 6, nr. 6"
"ref":"LAB § 6, nr. 9"
