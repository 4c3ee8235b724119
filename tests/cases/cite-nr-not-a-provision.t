# "nr." after a register, form, field, substance or standard ("CVR-nr. 2)", any "X-nr.",
# "Tlf.nr.", "EINECS nr. 232-287", "formular nr. 4-8", "poster nr. 2-5", "JB nr. 1-4") numbers
# that thing, not an item of the provision; a bare "nr. 1 og 2" still cites items
cmd: lovgraf cite --json --in "LAB § 53, stk. 2" "1) Virksomhedens navn og CVR-nr. 2) Tlf.nr. 3) P-nr. 4) Creosot, EINECS nr. 232-287, anmeldes på formular nr. 4-8 med de opregnede poster nr. 2-5 for sandjord (JB nr. 1-4), jf. nr. 1 og 2."
contains:
"ref":"LAB § 53, stk. 2, nr. 1"
"ref":"LAB § 53, stk. 2, nr. 2"
lacks:
"ref":"LAB § 53, stk. 2, nr. 3"
"ref":"LAB § 53, stk. 2, nr. 4"
"ref":"LAB § 53, stk. 2, nr. 232"
