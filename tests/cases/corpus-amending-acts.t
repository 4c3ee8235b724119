# the amending acts of 2024-2025 amend LAB: edges of kind 'amends' from each of them to LAB (the version they amend, LBK 280 of 2024)
cmd: lovgraf sql "SELECT DISTINCT sd.name||' amends '||p.act||' '||dd.name AS row FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc JOIN provisions p ON p.id=e.dst JOIN documents dd ON dd.id=p.doc WHERE e.kind='amends' AND p.act='LAB' ORDER BY 1"
stdout:
row
lta-2024-1654 amends LAB lta-2024-280
lta-2024-1655 amends LAB lta-2024-280
lta-2024-1657 amends LAB lta-2024-280
lta-2025-1749 amends LAB lta-2024-280
lta-2025-1750 amends LAB lta-2024-280
