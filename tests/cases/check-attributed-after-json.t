# --json: the attribution after a quotation is its match, with its byte span in the document's text
cmd: lovgraf check --json $FIX/check-attributed-after.txt
status: 1
contains:
"ref":"LAB § 113, stk. 3","doc":"LAB"
"match":"LAB § 113, stk. 3","start":910,"end":928
"match":"§ 53, stk. 4, 2. pkt., i lov om en aktiv beskæftigelsesindsats"
"found_in":{"ref":"LAB § 113, stk. 4"
"summary":{"match":3,"differs":0,"not found":1,"not in corpus":0,"cited":0
