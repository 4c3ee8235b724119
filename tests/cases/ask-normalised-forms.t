# a question or a text in decomposed letters (e + combining acute, a + combining ring), fullwidth
# letters or a ligature is read as the plain word: the question finds what "fleksjob" finds, and a
# statute written that way is found by the plain words; "rådighed" is searched as itself, not as "råd" (rådet)
cmd: first() { python3 -c 'import json,sys; r=json.load(sys.stdin)["results"]; print(r[0]["ref"] if r else "nothing")'; }; for q in 'fleksjob' $'fle\u0301ksjob' 'ＦＬＥＫＳＪＯＢ' 'ﬂeksjob' 'rådighed' $'ra\u030adighed' 'availability' 'står til rådighed'; do echo "$(lovgraf ask --json --limit 1 "$q" | first)"; done; printf 'Title: Lov om cykelparkering\nType: LOV\nNumber: 9003\nYear: 2033\nDate: 2033-07-08\n\n§ 1. Stativer ved stationer skal have ta\314\212ge og ＬＹＳ og ﬂere pladser.\n' >$TMP/nfd.txt; $BIN --db $TMP/x.db index $TMP/nfd.txt >/dev/null 2>&1; for q in tåge lys flere; do $BIN --db $TMP/x.db ask --json --limit 1 "$q" | first; done
stdout:
LOB § 15
LOB § 15
LOB § 15
LOB § 15
LAS § 74 g, stk. 3
LAS § 74 g, stk. 3
LAS § 74 g, stk. 3
LAS § 74 g, stk. 3
lov om cykelparkering § 1
lov om cykelparkering § 1
lov om cykelparkering § 1
