# cite in text mode: byte span, the citing text and the provision it resolves to (on a line of its own when the line would pass 78 columns); an act not in the corpus is shown, marked [not in the index]
cmd: lovgraf --width 78 cite 'jf. § 113, stk. 3, i lov om en aktiv beskæftigelsesindsats og § 6 i barselsloven'
stdout:
4-60 “§ 113, stk. 3, i lov om en aktiv beskæftigelsesindsats”
    →  LAB § 113, stk. 3
64-83  “§ 6 i barselsloven”  →  barselsloven § 6  [not in the index]
