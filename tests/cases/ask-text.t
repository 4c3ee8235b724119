# ask in text mode: a count line, numbered rules, the text, the citation line (act, type, number, date) and the ELI address
cmd: lovgraf ask --limit 3 'which rules apply to a citizen in ressourceforløb refusing surgery'
contains:
3 rules for: which rules apply to a citizen in ressourceforløb refusing surgery
 1. LAS § 69, stk. 2
    **Afviser** en person at modtage behandling foretaget af en læge i form af
    — lov om aktiv socialpolitik (LBK nr. 1004 af 2025-06-30)
    https://www.retsinformation.dk/eli/lta/2025/1004#P69S2
    other versions: 2024-06-25 (lta-2024-808)
 2. LAS § 69 k, stk. 2
lacks:
{"
