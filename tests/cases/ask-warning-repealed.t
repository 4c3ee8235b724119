# currency: asking about samtale med sundhedskoordinator returns BEK 2409 § 2 with a warning that the 2026 order (BEK 58) repeals it
cmd: lovgraf ask --json 'Hvornår har en borger i ressourceforløb ret til en samtale med sundhedskoordinator?'
contains:
"ref":"BEK sundhedskoordinator § 2"
"document":"lta-2021-2409"
"warnings":["BEK nr. 58 af 2026-01-13 (lta-2026-58) repeals this act
