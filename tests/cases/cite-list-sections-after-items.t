# "§§" lists with bare numbers after items: "§§ 43, stk. 1, nr. 1-4, 63 og 76" are §§ 63 and 76
# (higher than § 43, and not the next item), not items 63 and 76 of § 43, stk. 1; with one "§"
# ("§ 43, stk. 1, nr. 1-4, 63 og 76") they stay items
cmd: lovgraf cite --json --in "LAB § 53, stk. 2" "Tilskud efter LAB §§ 43, stk. 1, nr. 1-4, 63 og 76 beregnes. Efter LAB § 43, stk. 1, nr. 1-4, 63 og 76 ydes intet."
contains:
"ref":"LAB § 63"
"ref":"LAB § 76"
"ref":"LAB § 43, stk. 1, nr. 4"
"ref":"LAB § 43, stk. 1, nr. 63"
