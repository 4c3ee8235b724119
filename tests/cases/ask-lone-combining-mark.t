# a combining mark with no letter before it (a word of marks alone) is no word: no empty word reaches
# the question's terms or the quotation aligner (found by fuzzing; the sanitizer build checks it)
cmd: lovgraf --width 78 ask --json --limit 1 $'\u0301\u0327 fleksjob' | python3 -c 'import json,sys; r=json.load(sys.stdin)["results"]; print(r[0]["ref"] if r else "nothing")'; lovgraf --width 78 cite $'\u0327 jf. § 113, stk. 3, i lov om en aktiv beskæftigelsesindsats' | head -1; printf 'Svar:\n\nDet fremgår af LAB § 53, stk. 4, at ”\314\247 For personer omfattet af § 6, nr. 1-3”.\n' >$TMP/mark.txt; lovgraf --width 78 check $TMP/mark.txt | grep -o '✓ LAB § 53, stk. 4 (afsnit 1) — quotation matches'
stdout:
LOB § 15
7-63 “§ 113, stk. 3, i lov om en aktiv beskæftigelsesindsats”
✓ LAB § 53, stk. 4 (afsnit 1) — quotation matches
