# without poppler-utils (no pdftotext on PATH): check of a PDF says what to install and exits 4
# (the work cannot be done; the file may be fine); index skips the PDF with that reason (exit
# 1) and indexes the text files beside it; a text file is checked as ever
cmd: mkdir $TMP/w $TMP/nobin; bash tests/pdf/txt2pdf.sh $FIX/check-exact.txt $TMP/w/answer.pdf; cp $FIX/check-page-break.txt $TMP/w/; PATH=$TMP/nobin $BIN --db $DB check $TMP/w/answer.pdf 2>&1 | sed "s|$TMP/||"; echo "check: ${PIPESTATUS[0]}"; PATH=$TMP/nobin $BIN --db $TMP/x.db index $TMP/w 2>&1 | grep -v '^index:' | sed "s|$TMP/||; s| in [0-9.]* s:| in N s:|"; echo "index: ${PIPESTATUS[0]}"; PATH=$TMP/nobin $BIN --db $DB check $TMP/w/check-page-break.txt >/dev/null; echo "check text: $?"
stdout:
lovgraf: cannot check 'w/answer.pdf': pdftotext is not installed; install poppler-utils (apt-get install poppler-utils) to read PDFs
check: 4
lovgraf: cannot index 'w/answer.pdf': pdftotext is not installed; install poppler-utils (apt-get install poppler-utils) to read PDFs
indexed 1 documents from 2 files into x.db in N s: 5 provisions, 3 edges (3 citations unresolved), 2 quotations; some files could not be indexed (see above)
index: 1
check text: 0
