# currency: the repeal is said once per result, not once per repealing edge (BEK 58/2026 has four)
cmd: lovgraf ask --json --as-of 2026-12-01 'Hvornår har en borger i ressourceforløb ret til en samtale med sundhedskoordinator?'
contains:
"warnings":["repealed: the whole document, by BEK nr. 58 af 2026-01-13, from 2026-02-01"]
lacks:
from 2026-02-01","repealed: the whole document
