# a letter typeset as a PDF (groff, tests/pdf/txt2pdf.sh: filled and hyphenated again, a
# letterhead beside the address, a running header and "Side N" on pages 5 inches tall, so that
# quotations run across page breaks) is checked as its text is: the same output, line for line
# (a quotation matching, a planted wrong one differing, one not found, one not in the corpus)
cmd: for f in check-draft-mixed check-page-break check-changed-word; do bash tests/pdf/txt2pdf.sh $FIX/$f.txt $TMP/$f.pdf 5; lovgraf --width 78 check $FIX/$f.txt >$TMP/txt; lovgraf --width 78 check $TMP/$f.pdf >$TMP/pdf; echo "$f: $?"; diff $TMP/txt $TMP/pdf && grep -E '^ *[✓✗?]| match, ' $TMP/pdf; done
stdout:
check-draft-mixed: 1
  ✓ SDP § 21 a (afsnit 1) — quotation matches LBK nr. 97 af 2025-01-29
  ✗ LAS § 69, stk. 2 (afsnit 2) — quotation differs from LBK nr. 808 af
  ✗ LAB § 53, stk. 9 (afsnit 3) — quotation not found: there is no LAB § 53,
  ? vejledningen om sygedagpenge afsnit 5 (afsnit 4) — quoted from
  1 match, 1 differ, 1 not found, 1 not in corpus, 0 cited, 5 not mentioned
check-page-break: 0
  ✓ LAB § 113, stk. 3 (afsnit 2) — quotation matches LBK nr. 280 af
  1 match, 0 differ, 0 not found, 0 not in corpus, 0 cited, 3 not mentioned
check-changed-word: 1
  ✗ LAB § 53, stk. 4 (afsnit 1) — quotation differs from LBK nr. 701 af
  0 match, 1 differ, 0 not found, 0 not in corpus, 1 cited, 5 not mentioned
