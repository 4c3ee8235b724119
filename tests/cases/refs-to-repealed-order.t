# refs by default: the repealed executive order on samtale med sundhedskoordinator no longer counts among the provisions that refer to LAB § 113, stk. 3; the note says how many were left out and how to see them
cmd: lovgraf refs --as-of 2026-12-01 --to 'LAB § 113, stk. 3' && lovgraf refs --json --as-of 2026-12-01 --to 'LAB § 113, stk. 3'
contains:
  ← LAB § 115 a, stk. 2  (cites “§ 113, stk. 3”)
  (4 more from versions not in force on 2026-12-01: --all-versions shows them)
"as_of":"2026-12-01","all_versions":false,"not_in_force":4}
lacks:
BEK sundhedskoordinator
