# the asker's name and party on a line of their own in the committee's address block
# ("Karina Holm (SF)") are read as the asker; a copy without the heading takes the
# committee from its line of its own in that block ("Folketingets Beskæftigelsesudvalg")
cmd: for f in check-layout-asker-line check-layout-asker-line-no-heading; do lovgraf --json check $FIX/$f.txt | python3 -c 'import json,sys; m=json.load(sys.stdin)["documents"][0]; print(m["title"], "|", m["committee"], "|", m["asker"], "|", m["party"])'; done; lovgraf --width 0 check $FIX/check-layout-asker-line.txt | grep -E '^  [✓✗·]'
status: 0
stdout:
Svar på spørgsmål nr. 214 (alm. del) fra Beskæftigelsesudvalget | Beskæftigelsesudvalget | Karina Holm | SF
Svar på spørgsmål nr. 214 fra Beskæftigelsesudvalget | Beskæftigelsesudvalget | Karina Holm | SF
  · SDP § 27, stk. 1, nr. 1 (afsnit 1) — cited; stands in LBK nr. 97 af 2025-01-29
