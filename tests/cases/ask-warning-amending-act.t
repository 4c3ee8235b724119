# currency: a top hit in LAB (LBK 280/2024) warns that the 2025 amending act (LOV 1750, afskaffelse af ressourceforløb) amends LAB after that version
cmd: lovgraf ask --json --limit 1 'Skal tilbuddet være tilpasset personens helbredstilstand?'
contains:
"results":[{"ref":"LAB § 53, stk. 4"
LOV nr. 1750 af 2025-12-29 (lta-2025-1750) amends this act after this version
afskaffelse af ressourceforløb og revalidering
