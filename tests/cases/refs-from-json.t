# refs --json --from LAB § 53, stk. 4: its citations, resolved in its own version: § 6, nr. 1 (from "§ 6, nr. 1-3"), § 30 a, stk. 1, kapitel 11 and 14
cmd: lovgraf refs --json --from 'LAB § 53, stk. 4'
contains:
{"ref":"LAB § 53, stk. 4","direction":"from","results":[
"ref":"LAB § 6, nr. 1","doc":"LAB"
"via":"cites","match":"§ 6, nr. 1-3"
"ref":"LAB § 6, nr. 12"
"ref":"LAB § 30 a"
"ref":"LAB § 53, stk. 1"
"ref":"LAB kapitel 11"
"ref":"LAB kapitel 14"
"document":"lta-2024-280"
lacks:
"ref":"LAB § 6, nr. 6"
"ref":"LAB § 6, nr. 9"
"document":"lta-2022-701"
