# the paragraph that restates § 18, stk. 2, of lov om social pension, now citing
# it ("jf. § 18, stk. 2, i lov om social pension"): cited, not restated, and not
# "restated" for the executive order's § 10, stk. 1 that says the same rule from
# the health coordinator's side either
cmd: lovgraf --restated check $FIX/check-restated-not-when-cited.txt && lovgraf --restated check --json $FIX/check-restated-not-when-cited.txt
status: 0
contains:
  · LSP § 18, stk. 2 (afsnit 2) — cited; stands in LBK nr. 1123 af 2024-10-21
, 1 cited,
"restated":0}
lacks:
↺
restated without citation
"status":"restated"
