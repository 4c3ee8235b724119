# refs by default: the other versions of LAB are left out (the note says how many and how to see them); the executive order on samtale med sundhedskoordinator, repealed as a whole from 2026-02-01 with no later version, is still listed but marked repealed
cmd: lovgraf refs --as-of 2026-12-01 --to 'LAB § 113, stk. 3' && lovgraf refs --json --as-of 2026-12-01 --to 'LAB § 113, stk. 3'
contains:
  ← LAB § 115 a, stk. 2  (cites “§ 113, stk. 3”)
  ← BEK sundhedskoordinator § 2
      status: repealed: the whole document, by BEK nr. 58 af 2026-01-13, from
  (2 more from versions not in force on 2026-12-01: --all-versions shows them)
"as_of":"2026-12-01","all_versions":false,"not_in_force":2}
"ref":"BEK sundhedskoordinator § 2"
"status":"repealed"
