# the 2026 repeal order (BEK 58/2026) repeals the 2021 executive order on samtale med sundhedskoordinator (BEK 2409/2021): edges of kind 'repeals'
cmd: lovgraf sql "SELECT DISTINCT sd.name||' repeals '||dd.name AS row FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc JOIN provisions p ON p.id=e.dst JOIN documents dd ON dd.id=p.doc WHERE e.kind='repeals' AND sd.name='lta-2026-58'"
stdout:
row
lta-2026-58 repeals lta-2021-2409
