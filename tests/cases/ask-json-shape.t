# ask --json: one object with question, as_of, understood and results; each result has rank, score, ref, doc, doc_title, section, subsection, item, chapter, text, kind, version, matched, marked, signals, versions, sources, warnings
cmd: lovgraf ask --json --limit 2 'which rules apply to a citizen in ressourceforløb refusing surgery'
contains:
{"question":"which rules apply to a citizen in ressourceforløb refusing surgery","as_of":"
"understood":{"language":"en","concepts":[
"results":[{"ref":"LAS § 69, stk. 2","doc":"LAS","doc_title":"lov om aktiv socialpolitik","section":"69","subsection":"2","item":null,"chapter":"6 a","text":"Afviser en person
"kind":"stk","resolved":true,"repealed":false,"version":{"document":"lta-2025-1004","title":"Bekendtgørelse af lov om aktiv socialpolitik","type":"LBK","number":"1004","date":"2025-06-30","eli":"https://www.retsinformation.dk/eli/lta/2025/1004#P69S2","in_corpus":true}
"rank":1,"score":
"rank":2,"score":
"matched":[
"marked":"**Afviser** en person
"signals":{"text":
"versions":[{"document":"lta-2024-808","date":"2024-06-25"}]
"sources":[{"ref":"Bilag 1 (2022-06-03), Ret til at afvise lægelig behandling uden ydelsesmæssige konsekvenser, afsnit 2"
"warnings":[
lacks:
"rank":3
