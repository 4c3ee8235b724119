# an act named before the section, with its short name in parentheses between
cmd: lovgraf cite --json --in "LSP § 1 a" "Det fremgår af lov om en aktiv beskæftigelsesindsats (LAB) § 53, at tilbud skal"
contains:
"ref":"LAB § 53"
"doc":"LAB"
lacks:
"ref":"LSP § 53"
