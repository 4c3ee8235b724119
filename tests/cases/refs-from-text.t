# refs --from in text mode: a count line, then one arrow line per target with the citing text
cmd: lovgraf refs --from 'LAB § 53, stk. 4'
contains:
references from LAB § 53, stk. 4:
  → LAB § 6, nr. 1  (cites “§ 6, nr. 1-3”)
  → LAB § 30 a  (cites “§ 30 a”)
  → LAB kapitel 11  (cites “kapitel 11”)
  → LAB kapitel 14  (cites “kapitel 14”)
