# a quotation attributed to the wrong section: not found there, found where it stands
cmd: lovgraf check --json $FIX/check-wrong-section.txt
status: 1
contains:
"ref":"LAB § 113, stk. 2"
"status":"not found"
"found_in":{"ref":"LAB § 112, stk. 2","version":{"document":"lta-2022-701"
