# "§§" lists with bare numbers after items: "§§ 43, stk. 1, nr. 1-4, 63 og 76" are §§ 63 and 76
# (higher than § 43, and not the next item), not items 63 and 76 of § 43, stk. 1; with one "§"
# they stay items; a "stk." after an item is the section's own ("§ 74 a, stk. 1, nr. 2 og 3,
# stk. 2-4": not § 3, stk. 2-4)
cmd: lovgraf cite --json --in "LAB § 53, stk. 2" "Tilskud efter LAB §§ 43, stk. 1, nr. 1-4, 63 og 76 beregnes. Efter LAB § 43, stk. 1, nr. 1-4, 63 og 76 ydes intet. Efter LAB § 74 a, stk. 1, nr. 2 og 3, stk. 2-4 og stk. 6, og § 75."
contains:
"ref":"LAB § 63"
"ref":"LAB § 76"
"ref":"LAB § 43, stk. 1, nr. 4"
"ref":"LAB § 43, stk. 1, nr. 63"
"ref":"LAB § 74 a, stk. 1, nr. 3"
"ref":"LAB § 74 a, stk. 2"
"ref":"LAB § 74 a, stk. 4"
lacks:
"ref":"LAB § 3, stk. 2"
"ref":"LAB § 3, stk. 4"
