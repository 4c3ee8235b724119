# a drafted provision ("kan indsættes som en § 29 a, og formuleres således: ”§ 29 a. ...”"):
# lov om sygedagpenge has no § 29 a, so it is proposed, not "not found", and no error
# (exit 0); the citation of the existing § 29 after it is still checked
cmd: lovgraf check $FIX/check-proposed-section.txt && lovgraf check --json $FIX/check-proposed-section.txt
status: 0
contains:
  + SDP § 29 a (afsnit 1) — proposed, not compared: a drafted provision (“indsættes som”); there is no SDP § 29 a in LBK nr. 1221 af 2025-10-09
  · SDP § 29 (afsnit 2) — cited; stands in LBK nr. 1221 af 2025-10-09
, 0 not found, 0 not in corpus, 1 cited,
, 1 proposed
"ref":"SDP § 29 a"
"status":"proposed","in":"check-proposed-section","part":"answer","at":"afsnit 1"
"differences":[],"quote_words":0,"matched_words":0,"found_in":null,"note":"a drafted provision (“indsættes som”); there is no SDP § 29 a in LBK nr. 1221 af 2025-10-09"
"not found":0,
"proposed":1,"restated":0}
lacks:
quotation not found
"status":"not found"
