# refs --to LAB § 113, stk. 3 (text mode) on a date when the executive order was in force: the executive order's § 2 (ret til samtale med sundhedskoordinator), LAB § 115 a, LOB § 14 and the annex
cmd: lovgraf --width 78 refs --as-of 2025-06-01 --to 'LAB § 113, stk. 3'
contains:
provisions refer to LAB § 113, stk. 3:
← BEK sundhedskoordinator § 2
      (cites “§ 113, stk. 3, i lov om en aktiv beskæftigelsesindsats”)
← BEK sundhedskoordinator § 1
← LAB § 115 a, stk. 2  (cites “§ 113, stk. 3”)
← LOB § 14, stk. 2
← Bilag 1 (2022-06-03), Ret til en samtale med sundhedskoordinator, afsnit 2
