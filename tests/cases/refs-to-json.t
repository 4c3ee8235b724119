# refs --json --to on a date when the executive order was in force (it is repealed from 2026-02-01): each referring provision with its version, the kind of edge and the citing text
cmd: lovgraf refs --json --as-of 2025-06-01 --to 'LAB § 113, stk. 3'
contains:
{"ref":"LAB § 113, stk. 3","direction":"to","results":[
"ref":"BEK sundhedskoordinator § 2","doc":"BEK sundhedskoordinator"
"document":"lta-2021-2409"
"via":"cites","match":"§ 113, stk. 3, i lov om en aktiv beskæftigelsesindsats"
"via":"quotes"
