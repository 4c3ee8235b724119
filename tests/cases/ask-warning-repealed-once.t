# currency: the repeal warning is given once per result, not once per repealing edge (BEK 58/2026 has four)
cmd: lovgraf ask --json 'Hvornår har en borger i ressourceforløb ret til en samtale med sundhedskoordinator?'
contains:
(lta-2026-58) repeals this act
lacks:
i ressourceforløb","BEK nr. 58 af 2026-01-13 (lta-2026-58) repeals this act
