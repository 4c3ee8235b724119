# currency: the abolition notice stands before the first result and names the results it concerns
cmd: lovgraf --width 78 ask --as-of 2026-12-01 'Hvem kan få et ressourceforløb?' | sed -n 3p
stdout:
! LOV nr. 1750 af 2025-12-29 (lta-2025-1750) abolishes ressourceforløb: Lov om
