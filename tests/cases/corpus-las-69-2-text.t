# LAS § 69, stk. 2 (real corpus) is the refusal-of-treatment rule, in the version in force (LBK 1004 of 2025), with the 2024 version listed
cmd: lovgraf show --json 'LAS § 69, stk. 2'
contains:
{"ref":"LAS § 69, stk. 2","doc":"LAS","doc_title":"lov om aktiv socialpolitik","section":"69","subsection":"2","item":null,"chapter":"6 a","text":"Afviser en person at modtage behandling
"version":{"document":"lta-2025-1004"
"document":"lta-2024-808"
