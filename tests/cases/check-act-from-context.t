# a bare § (a citation, or a quotation's attribution) in an answer whose title, question and answer name one act only is read in that act, marked "act inferred from the context" (JSON act_inferred); where the document names two acts it stays "does not say which act"
cmd: lovgraf --width 0 check $FIX/check-act-from-context.txt | grep -E '^  [✓✗·]'; lovgraf --json check $FIX/check-act-from-context.txt | python3 -c 'import json,sys; d=json.load(sys.stdin); print([(x["ref"], x["status"], x["act_inferred"]) for x in d["results"] if x["status"] != "not mentioned"])'; lovgraf --width 0 check $FIX/check-act-from-context-two-acts.txt | grep -E '^  [✓✗·]'
status: 0
stdout:
  ✓ SDP § 27 (afsnit 2) — quotation matches LBK nr. 1221 af 2025-10-09: act inferred from the context: lov om sygedagpenge, the only act the document names
  · SDP § 21 a (afsnit 3) — cited; stands in LBK nr. 1221 af 2025-10-09: act inferred from the context: lov om sygedagpenge, the only act the document names
[('SDP § 27', 'match', True), ('SDP § 21 a', 'cited', True)]
  ✗ § 27 (afsnit 1) — cited, not found: the citation does not say which act
