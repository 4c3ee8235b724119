# after a citation of another act, what "jf." points to is of that act too: "straffelovens §
# 225, jf. § 216, §§ 243-246" cites straffeloven §§ 216 and 243-246 (udlændingeloven § 9, stk.
# 15 read them as its own); a bare "jf. § 7" after the text's own § 5 stays the text's act, and
# a "Jf." opening a new sentence starts afresh, as does a "jf." after words of the text's own
# ("... i børneloven indgives på en blanket, jf. § 11": the text's § 11)
cmd: lovgraf cite --in 'LAB § 53, stk. 2' 'for overtrædelse af straffelovens § 225, jf. § 216, §§ 243-246'; lovgraf cite --in 'LAB § 53, stk. 2' 'efter § 5, jf. § 7'; lovgraf cite --in 'LAB § 53, stk. 2' 'efter straffelovens § 225. Jf. § 7 gælder det samme'; lovgraf cite --in 'LAB § 53, stk. 2' 'efter § 3 b, stk. 2, i børneloven indgives på en blanket, jf. § 11, nr. 3 eller 4'
status: 0
stdout:
21-41  “straffelovens § 225”  →  straffeloven § 225  [not in the index]
47-67  “§ 216, §§ 243-246”  →  straffeloven § 216  [not in the index]
47-67  “§ 216, §§ 243-246”  →  straffeloven § 243  [not in the index]
6-10  “§ 5”  →  LAB § 5
16-20  “§ 7”  →  LAB § 7
32-36  “§ 7”  →  LAB § 7
6-26  “straffelovens § 225”  →  straffeloven § 225  [not in the index]
6-35  “§ 3 b, stk. 2, i børneloven”  →  børneloven § 3 b, stk. 2  [not in the index]
65-85  “§ 11, nr. 3 eller 4”  →  LAB § 11, nr. 3  [not in the index]
65-85  “§ 11, nr. 3 eller 4”  →  LAB § 11, nr. 4  [not in the index]
