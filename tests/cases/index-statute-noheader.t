# a statute body without a "Key: value" header is still indexed, named after its file, with stk. split
cmd: lovgraf --db $TMP/x.db index $FIX/statute-noheader.txt && lovgraf --db $TMP/x.db show --json 'statute-noheader § 1, stk. 2'
contains:
"ref":"statute-noheader § 1, stk. 2"
"text":"Den gælder ikke for legetøj."
"kind":"stk"
"document":"statute-noheader"
