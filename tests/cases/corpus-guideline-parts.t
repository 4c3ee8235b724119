# the guideline "vejledningen om tilkendelse af førtidspension", known only by citation, is a document with in_corpus=0 and the parts cited: afsnit 4.1 and 4.2
cmd: lovgraf sql "SELECT 'doc | '||d.name||' | '||d.in_corpus AS row FROM documents d WHERE d.title LIKE 'vejledning om tilkendelse af førtidspension%' UNION ALL SELECT p.kind||' | '||p.label FROM provisions p JOIN documents d ON d.id=p.doc WHERE d.title LIKE 'vejledning om tilkendelse af førtidspension%' AND p.kind='part' ORDER BY 1"
stdout:
row
doc | VEJ førtidspension | 0
part | afsnit 4.1
part | afsnit 4.2
