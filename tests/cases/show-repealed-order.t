# the law in force: the executive order on samtale med sundhedskoordinator (BEK 2409/2021) is repealed as a whole by BEK 58 of 2026 from 1 February 2026; show says so, in text and JSON
cmd: lovgraf --width 78 show --as-of 2026-12-01 'BEK sundhedskoordinator § 1' && lovgraf --width 78 show --json --as-of 2026-12-01 'BEK sundhedskoordinator § 1'
contains:
  status: repealed: the whole document, by BEK nr. 58 af 2026-01-13, from
          2026-02-01
"status":"repealed"
"repealed_by":{"document":"lta-2026-58","type":"BEK","number":"58","date":"2026-01-13"
"from":"2026-02-01","how":"act_repealed"
