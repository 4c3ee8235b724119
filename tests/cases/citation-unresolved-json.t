# cite --json: a citation of an act not in the corpus ("§ 6 i barselsloven") is listed under "unresolved", never dropped
cmd: lovgraf cite --json 'jf. § 113, stk. 3, i lov om en aktiv beskæftigelsesindsats og § 6 i barselsloven'
contains:
"results":[{"ref":"LAB § 113, stk. 3"
"unresolved":[{"ref":"barselsloven § 6","doc":"barselsloven","doc_title":"lov om ret til orlov og dagpenge ved barsel","section":"6"
"resolved":false,"match":"§ 6 i barselsloven","start":64,"end":83}]
