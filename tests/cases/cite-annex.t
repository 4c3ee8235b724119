# an annex is a target of its own, "bilag N" with its unit, of the act named after it with "i" or "til",
# else of the text's own act; its units ("kapitel 1, nr. 1-3") are no chapters or items of the act, and
# "bilag 8 i lov om X" is no citation of X as a whole; the corpus holds no annex text, so they stay
# unresolved with their identity; an annex right after an act and a comma is of that act; "bilaget" is
# the act's only annex
cmd: lovgraf cite --in 'LAB § 53, stk. 2' 'efter bilag 8 i lov om finansiel virksomhed'; lovgraf cite --in 'LAB § 53, stk. 2' 'kravene i bilag 6, kapitel 1, nr. 1-3, gælder, jf. bilag 1, nr. 15'; lovgraf cite --in 'LAB § 53, stk. 2' 'de i bilag 1 til denne lov nævnte og bilag 3, 4 eller 5'; lovgraf cite --in 'LAB § 53, stk. 2' 'jf. § 5 og bilag 2, og stk. 3'; lovgraf cite --in 'LAB § 53, stk. 2' 'jf. lov om finansiel virksomhed, bilag 4'; lovgraf cite --in 'LAB § 53, stk. 2' 'de i bilaget nævnte regler'
contains:
→  lov om finansiel virksomhed bilag 8  [not in the index]
→  LAB bilag 6, kapitel 1, nr. 1-3  [not in the index]
→  LAB bilag 1, nr. 15  [not in the index]
“bilag 1 til denne lov”  →  LAB bilag 1  [not in the index]
→  LAB bilag 3  [not in the index]
→  LAB bilag 4  [not in the index]
→  LAB bilag 5  [not in the index]
→  LAB § 5
→  LAB § 53, stk. 3
→  LAB bilag 2  [not in the index]
“lov om finansiel virksomhed, bilag 4”  →  lov om finansiel virksomhed bilag 4  [not in the index]
“bilaget”  →  LAB bilag  [not in the index]
lacks:
“lov om finansiel virksomhed”
→  LAB kapitel 1
→  LAB § 53, stk. 2, nr. 1
