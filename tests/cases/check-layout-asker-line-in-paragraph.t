# a line "Karina Holm (SF)" inside a paragraph (after a line that ends a sentence, before
# one that goes on in lower case: "... af ordføreren." / "Karina Holm (SF)" / "spurgte
# til, om ...") is the paragraph's text, not the asker's line: the answer has no asker and
# one paragraph; in a letter's body such a line, or one standing alone after the first
# paragraph ("Mette Frederiksen (S)"), is no asker either
cmd: for f in check-layout-asker-line-in-paragraph check-layout-asker-line-in-letter; do lovgraf --json check $FIX/$f.txt | python3 -c 'import json,sys; m=json.load(sys.stdin)["documents"][0]; print(m["asker"], "|", m["party"])'; lovgraf --width 0 check $FIX/$f.txt | grep -E '^  [✓✗·]'; done
status: 0
stdout:
None | None
  · SDP § 27, stk. 1, nr. 1 (afsnit 1) — cited; stands in LBK nr. 97 af 2025-01-29
None | None
  · SDP § 27, stk. 1, nr. 1 (afsnit 1) — cited; stands in LBK nr. 97 af 2025-01-29
