# a chapter that goes on with a list of another act's chapters has that act, also after a short
# description ("forvaltningslovens kapitel 2 om inhabilitet og kapitel 8"); after a full stop it is the
# text's own
cmd: lovgraf cite --in 'LAB § 53, stk. 2' 'forvaltningslovens kapitel 2 om inhabilitet og kapitel 8 gælder'; lovgraf cite --in 'LAB § 53, stk. 2' 'efter forvaltningslovens kapitel 2. Kapitel 8 gælder'
contains:
“kapitel 8”  →  forvaltningsloven kapitel 8
“Kapitel 8”  →  LAB kapitel 8
lacks:
“kapitel 8”  →  LAB kapitel 8
