# a bare "1. pkt." is a sentence of what it stands in: of the item when it stands in one, else of the stk.
cmd: lovgraf cite --in 'LAB § 6, nr. 1' 'som nævnt i 1. pkt.'; lovgraf cite --in 'LAB § 53, stk. 2' 'som nævnt i 1. pkt.'
contains:
“1. pkt.”  →  LAB § 6, nr. 1
“1. pkt.”  →  LAB § 53, stk. 2
