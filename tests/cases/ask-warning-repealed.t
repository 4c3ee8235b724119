# currency: asking about samtale med sundhedskoordinator returns BEK 2409 § 2 with its state: repealed as a whole by the 2026 order (BEK 58) from 1 February 2026
cmd: lovgraf ask --json --as-of 2026-12-01 'Hvornår har en borger i ressourceforløb ret til en samtale med sundhedskoordinator?'
contains:
"ref":"BEK sundhedskoordinator § 2"
"document":"lta-2021-2409"
"status":"repealed"
"repealed_by":{"document":"lta-2026-58","type":"BEK","number":"58","date":"2026-01-13"
"from":"2026-02-01","how":"act_repealed"
"warnings":["repealed: the whole document, by BEK nr. 58 af 2026-01-13, from 2026-02-01"]
