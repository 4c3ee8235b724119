# what pdftotext -layout gives (a stand-in pdftotext prints $FIX/pdf-layout.txt: two pages ended by
# form feeds, a running header on each, "Side N af 2" at each foot, the letterhead beside the
# address, the date far right, indented paragraphs, a quotation running across the page break
# hyphenated there, a soft hyphen at a line end, the ligature "fl") is repaired before the letter
# parser: the date and question are read, the quotations match (and a wrong one differs), and no
# header, footer or letterhead is left in the paragraphs
cmd: mkdir $TMP/bin; printf '#!/bin/sh\ncat "$FIX/pdf-layout.txt"\n' >$TMP/bin/pdftotext; chmod +x $TMP/bin/pdftotext; printf '%%PDF-1.4\n' >$TMP/answer.pdf; PATH=$TMP/bin:$PATH lovgraf --width 78 check $TMP/answer.pdf | grep -E '^  the law|^ *[✓✗]|→|match,'; echo "check: ${PIPESTATUS[0]}"; PATH=$TMP/bin:$PATH lovgraf --db $TMP/x.db index --quiet $TMP/answer.pdf >/dev/null; lovgraf --db $TMP/x.db sql "SELECT p.kind, p.text FROM provisions p WHERE p.kind IN ('question', 'paragraph') ORDER BY p.id"
stdout:
  the law as of 2024-03-07 (the document's date)
  ✓ LAB § 113, stk. 3 (afsnit 1) — quotation matches LBK nr. 280 af
  ✓ LAB § 37, stk. 3 (afsnit 2) — quotation matches LBK nr. 280 af
  ✗ LAB § 114, stk. 2 (afsnit 3) — quotation differs from LBK nr. 280 af
    2024-03-01: … Personen kan tilbydes [to → flere]
  2 match, 1 differ, 0 not found, 0 not in corpus, 0 cited, 3 not mentioned
check: 1
kind	text
question	”Vil ministeren redegøre for, hvilke muligheder en borger i ressourceforløb har, hvis borgeren mener, at tilbuddet ikke tager hensyn til helbredet?”
paragraph	Det fremgår af LAB § 113, stk. 3, at ”En person i ressourceforløb, der mener, at et beskæftigelsesrettet tilbud ikke tager tiltrækkeligt hensyn til personens helbredstilstand, jf. § 53, stk. 4, har ret til at få en samtale med en sundhedskoordinator fra regionens kliniske funktion og den koordinerende sagsbehandler”.
paragraph	Efter LAB § 37, stk. 3, gælder, at ”Personen skal have mulighed for at vælge mellem flere aktører”.
paragraph	Det følger af LAB § 114, stk. 2, at ”Personen kan tilbydes to på hinanden følgende ressourceforløb”.
