# show --json on a freshly indexed statute: stk. 1 is the text before "Stk. 2." with its ELI fragment; the later --db wins over the test index
cmd: lovgraf --db $TMP/x.db index $FIX/statute-inline.txt && lovgraf --db $TMP/x.db show --json 'lov om prøvning af cykelhjelme § 1, stk. 1'
contains:
"ref":"lov om prøvning af cykelhjelme § 1, stk. 1"
"text":"Loven gælder for følgende personer: 1) Cyklister, der er fyldt 15 år. 2) Passagerer på ladcykler, herunder a) børn under 7 år, b) voksne ledsagere og c) hunde i kurv. 3) Budcyklister, jf. nr. 3) i bekendtgørelsen (2012-niveau).","kind":"stk"
"section":"1","subsection":"1","item":null,"chapter":"1"
"repealed":false
"eli":"https://www.retsinformation.dk/eli/lta/2031/9001#P1S1"
"ref":"lov om prøvning af cykelhjelme § 1, stk. 2"
lacks:
"text":"Loven gælder for følgende personer: 1) Cyklister, der er fyldt 15 år. 2) Passagerer på ladcykler, herunder a) børn under 7 år, b) voksne ledsagere og c) hunde i kurv. 3) Budcyklister, jf. nr. 3) i bekendtgørelsen (2012-niveau). Stk. 2
