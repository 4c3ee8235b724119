# a guideline named with a part, and "vejledningens" referring back to it
cmd: lovgraf cite --json --in "LAB § 1" "Det fremgår af vejledningen om tilkendelse af førtidspension afsnit 4.1, at kravet kan anses for opfyldt. Af vejledningens afsnit 4.2 fremgår det desuden, at"
contains:
"doc":"VEJ førtidspension"
afsnit 4.1
afsnit 4.2
lacks:
"doc":"LAB"
