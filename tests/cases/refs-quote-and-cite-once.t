# a passage that quotes a provision also cites it: refs lists it once, as the quotation
cmd: lovgraf refs --to 'LAB § 53, stk. 4'
contains:
4 provisions refer to LAB § 53, stk. 4:
(quotes “LAB § 53, stk. 4”)
lacks:
(cites “LAB § 53, stk. 4”)
