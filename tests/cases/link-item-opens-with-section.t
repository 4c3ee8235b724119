# an item or subsection whose text opens with a citation ("1) § 6, nr. 1, som ...") cites it:
# only a section's own heading ("§ 9.") is skipped, not a § at the start of an item
cmd: lovgraf refs --from 'LAB § 9, stk. 1, nr. 1'; lovgraf refs --from 'LAS § 75 a, stk. 2'
contains:
1 reference from LAB § 9, stk. 1, nr. 1:
  → LAB § 6, nr. 1  (cites “§ 6, nr. 1”)
  → LAS § 35, stk. 8  (cites “§ 35, stk. 8”)
