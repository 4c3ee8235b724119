# check --summary counts the paragraphs that restate a provision uncited
# (LSP § 18, stk. 2, in check-restated-rule.txt): a count, no finding (exit 0)
cmd: lovgraf --restated check --summary $FIX/check-restated-rule.txt
status: 0
contains:
spm. 318 (alm. del)
, 0 cited, 5 not mentioned, 1 restated
