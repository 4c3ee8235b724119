# the act of the context from the bill the case is: "(L 41 – Forslag til lov om ændring
# af lov om sygedagpenge)" in the opening gives the case L 41 and the bill's title, and
# the bare "§ 27 og 29" of the answer is read in lov om sygedagpenge, marked inferred
cmd: lovgraf --width 0 check $FIX/check-act-from-bill.txt | grep -E '^  [✓✗·]|^check'; lovgraf --json check $FIX/check-act-from-bill.txt | python3 -c 'import json,sys; d=json.load(sys.stdin); m=d["documents"][0]; print(m["case"], "|", m["bill"], "|", m["committee"], m["question"]); print([(x["ref"], x["status"], x["act_inferred"]) for x in d["results"] if x["status"] != "not mentioned"])'
status: 0
stdout:
check-act-from-bill — Svar på spørgsmål nr. 12 (L 41) fra Beskæftigelsesudvalget
  · SDP § 27 (afsnit 1) — cited; stands in LBK nr. 1221 af 2025-10-09: act inferred from the context: lov om sygedagpenge, the only act the document names
  · SDP § 29 (afsnit 1) — cited; stands in LBK nr. 1221 af 2025-10-09: act inferred from the context: lov om sygedagpenge, the only act the document names
L 41 | Forslag til lov om ændring af lov om sygedagpenge | Beskæftigelsesudvalget 12
[('SDP § 27', 'cited', True), ('SDP § 29', 'cited', True)]
