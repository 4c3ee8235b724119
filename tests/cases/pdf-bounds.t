# pdftotext runs bounded: output past 64 MiB (a stand-in pdftotext that writes for ever) is cut,
# the child killed and the PDF refused; a pdftotext that crashes names the signal; a file name
# holding spaces, a newline, a leading dash and shell syntax never reaches a command line (the
# PDF is pdftotext's standard input): it is checked like any other
cmd: mkdir $TMP/bin $TMP/crash; printf '#!/bin/sh\nexec yes "Svar: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"\n' >$TMP/bin/pdftotext; printf '#!/bin/sh\nkill -SEGV $$\n' >$TMP/crash/pdftotext; chmod +x $TMP/bin/pdftotext $TMP/crash/pdftotext; printf '%%PDF-1.4\n' >$TMP/x.pdf; PATH=$TMP/bin:$PATH timeout 30 $BIN --db $DB check $TMP/x.pdf 2>&1 | sed "s|$TMP/||"; echo "endless: ${PIPESTATUS[0]}"; PATH=$TMP/crash:$PATH $BIN --db $DB check $TMP/x.pdf 2>&1 | sed "s|$TMP/||"; echo "crash: ${PIPESTATUS[0]}"; n="$TMP/-a b;\$(touch owned)"$'\n'"'x'.pdf"; bash tests/pdf/txt2pdf.sh $FIX/check-exact.txt "$n"; (cd $TMP && $BIN --db $DB check "./${n#$TMP/}" | tail -1); echo "name: $? $(ls $TMP | grep -cx owned)"
stdout:
lovgraf: cannot check 'x.pdf': its text is over 64 MiB: not a letter
endless: 2
lovgraf: cannot check 'x.pdf': pdftotext stopped on it with signal 11: the PDF is damaged
crash: 2
  1 match, 0 differ, 0 not found, 0 not in corpus, 1 cited, 5 not mentioned
name: 0 0
