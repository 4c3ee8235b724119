# "straffelovens § 119, stk. 4, 2. pkt., jf. 1. pkt., § 119 b" in another act: "jf. 1. pkt." right
# after another act's stk. is a sentence of that stk., and the §§ that go on with the list after it
# are of that act too (dk-all: udlændingeloven's lists of straffeloven's sections); after a full stop
# "1. pkt." is of the text's own stk.
cmd: lovgraf cite --in 'LAB § 53, stk. 2' 'efter straffelovens § 119, stk. 4, 2. pkt., jf. 1. pkt., § 119 b eller § 123, medmindre'; lovgraf cite --in 'LAB § 53, stk. 2' 'efter straffelovens § 119, stk. 4. Efter 1. pkt., § 5 gælder'
contains:
“1. pkt., § 119 b eller § 123”  →  straffeloven § 119 b
“1. pkt., § 119 b eller § 123”  →  straffeloven § 123
“1. pkt., § 5”  →  LAB § 53, stk. 2
“1. pkt., § 5”  →  LAB § 5
lacks:
“1. pkt., § 119 b eller § 123”  →  LAB § 53, stk. 2
→  LAB § 119 b
→  LAB § 123
