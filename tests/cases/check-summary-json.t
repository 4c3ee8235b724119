# check --summary --json FILE... : the same as a list, {"documents": [...]}, each with its
# date, committee, question, case and counts by status; a file that cannot be checked is
# in "failed" with the reason, and named on standard error; the answer whose question
# misquotes LSP § 18 counts one differs (exit: the worst, 2, a file could not be checked)
cmd: printf 'x\000y' > $TMP/broken.txt; lovgraf check --summary --json $FIX/check-question-quotation.txt $TMP/broken.txt $FIX/check-proposed-section.txt
status: 2
contains:
{"documents":[{"path":"
check-question-quotation.txt","name":"check-question-quotation","type":"SVAR","title":"Svar på spørgsmål nr. 46 (alm. del) fra Beskæftigelsesudvalget","date":"2025-12-06","date_from":"document","committee":"Beskæftigelsesudvalget","question":"46","case":"alm. del","summary":{"match":1,"differs":1,"not found":0,
check-proposed-section.txt","name":"check-proposed-section","type":"SVAR","title":"Svar på spørgsmål nr. 212 (alm. del) fra Beskæftigelsesudvalget","date":"2025-11-14","date_from":"document","committee":"Beskæftigelsesudvalget","question":"212","case":"alm. del","summary":{"match":0,"differs":0,"not found":0,
"not attributed":0,"proposed":1,"restated":0}}],"failed":[{"path":"
broken.txt","error":"cannot check '
broken.txt': binary file
stderr:
broken.txt': binary file
