# seed 004 is the letter to the mayors again: recorded as the same text as the letter inside 002 (documents.same_as and a same_text edge)
cmd: lovgraf sql "SELECT 'same_as | '||s.name AS row FROM documents d JOIN documents s ON s.id=d.same_as WHERE d.name LIKE '004\_%' ESCAPE '\' UNION ALL SELECT DISTINCT 'edge | '||sd.name||' -> '||dd.name FROM edges e JOIN provisions s ON s.id=e.src JOIN documents sd ON sd.id=s.doc JOIN provisions p ON p.id=e.dst JOIN documents dd ON dd.id=p.doc WHERE e.kind='same_text'"
stdout:
row
same_as | 002_72278e173f068d6f-2
edge | 004_0a4be0c31ea270f3 -> 002_72278e173f068d6f-2
