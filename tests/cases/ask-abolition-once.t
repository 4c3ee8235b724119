# currency: the abolition of a scheme (LOV 1750/2025, afskaffelse af ressourceforløb) is said once, first, naming the results it concerns; no hit carries act-level notices (there were 45 lines of them)
cmd: lovgraf ask --as-of 2026-12-01 'Hvem kan få et ressourceforløb?' | grep -c '^!\|status:\|amends this act'
stdout:
1
