# a statute with inline "Stk. N." / "N)" / "a)": stk. 1 is the text before "Stk. 2.", items and litra are split; "nr. 3)" inside item 3 is no new item
cmd: lovgraf --db $TMP/x.db index $FIX/statute-inline.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql "SELECT kind||' | '||ref||' | '||text AS row FROM provisions WHERE kind IN ('stk','nr','litra') ORDER BY id"
stdout:
row
stk | lov om prøvning af cykelhjelme § 1, stk. 1 | Loven gælder for følgende personer: 1) Cyklister, der er fyldt 15 år. 2) Passagerer på ladcykler, herunder a) børn under 7 år, b) voksne ledsagere og c) hunde i kurv. 3) Budcyklister, jf. nr. 3) i bekendtgørelsen (2012-niveau).
nr | lov om prøvning af cykelhjelme § 1, stk. 1, nr. 1 | Cyklister, der er fyldt 15 år.
nr | lov om prøvning af cykelhjelme § 1, stk. 1, nr. 2 | Passagerer på ladcykler, herunder a) børn under 7 år, b) voksne ledsagere og c) hunde i kurv.
litra | lov om prøvning af cykelhjelme § 1, stk. 1, nr. 2, litra a | børn under 7 år,
litra | lov om prøvning af cykelhjelme § 1, stk. 1, nr. 2, litra b | voksne ledsagere og
litra | lov om prøvning af cykelhjelme § 1, stk. 1, nr. 2, litra c | hunde i kurv.
nr | lov om prøvning af cykelhjelme § 1, stk. 1, nr. 3 | Budcyklister, jf. nr. 3) i bekendtgørelsen (2012-niveau).
stk | lov om prøvning af cykelhjelme § 1, stk. 2 | Stk. 1 finder ikke anvendelse på cyklister, der deltager i løb, jf. stk. 3.
stk | lov om prøvning af cykelhjelme § 1, stk. 3 | Ministeren kan fastsætte regler om løb, jf. stk. 2.
stk | lov om prøvning af cykelhjelme § 2, stk. 1 | En hjelm skal prøves, før den sælges.
stk | lov om prøvning af cykelhjelme § 2, stk. 2 | Prøvningen omfatter a) stødtest og b) remtest.
litra | lov om prøvning af cykelhjelme § 2, stk. 2, litra a | stødtest og
litra | lov om prøvning af cykelhjelme § 2, stk. 2, litra b | remtest.
stk | lov om prøvning af cykelhjelme § 2, stk. 3 | (Ophævet)
