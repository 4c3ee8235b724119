# a PDF that cannot be read: one line on standard error naming the file and why, nothing on
# standard output, exit 2 -- encrypted (qpdf --encrypt), scanned (an image-only page: groff
# draws a box and writes no text), damaged (cut short: what pdftotext says follows), not a PDF though named .pdf, a FIFO
# named .pdf (never opened)
cmd: bash tests/pdf/txt2pdf.sh $FIX/check-exact.txt $TMP/ok.pdf; qpdf --encrypt secret secret 256 -- $TMP/ok.pdf $TMP/encrypted.pdf; printf "\\\\D'l 2i 1i'\n" | groff -Tpdf >$TMP/scanned.pdf; head -c 3000 $TMP/ok.pdf >$TMP/damaged.pdf; echo 'Kære Finn' >$TMP/text.pdf; mkfifo $TMP/fifo.pdf; for f in encrypted scanned damaged text fifo; do timeout 20 $BIN --db $DB check $TMP/$f.pdf >$TMP/o 2>$TMP/e; echo "$? $(wc -l <$TMP/e) $(wc -c <$TMP/o)"; sed "s|$TMP/||; s|(pdftotext: .*|(pdftotext: ...)|" $TMP/e; done
stdout:
2 1 0
lovgraf: cannot check 'encrypted.pdf': the PDF is encrypted (it opens only with a password); decrypt it first, e.g. qpdf --decrypt --password=PASSWORD IN.pdf OUT.pdf
2 1 0
lovgraf: cannot check 'scanned.pdf': the PDF has no text layer: it is scanned; run OCR first (e.g. ocrmypdf IN.pdf OUT.pdf)
2 1 0
lovgraf: cannot check 'damaged.pdf': the PDF is damaged, or not a PDF (pdftotext: ...)
2 1 0
lovgraf: cannot check 'text.pdf': not a PDF: it does not begin with "%PDF-"
2 1 0
lovgraf: cannot check 'fifo.pdf': a FIFO (named pipe), not a regular file
