# a PDF that pdftotext does not finish (a stand-in that sleeps): check --timeout 1 kills it after
# a second (exit 4, said), and TERM while index waits for it kills it too and stops the build
# (exit 143, no index written); no pdftotext is left running (without --timeout the bound is 60 s)
cmd: mkdir $TMP/bin $TMP/w; printf '#!/bin/sh\necho $$ >"$TMP/pid"\nexec sleep 30\n' >$TMP/bin/pdftotext; chmod +x $TMP/bin/pdftotext; printf '%%PDF-1.4\n' >$TMP/w/x.pdf; s=$(date +%s); PATH=$TMP/bin:$PATH $BIN --db $DB check --timeout 1 $TMP/w/x.pdf 2>&1 | sed "s|$TMP/||"; echo "check: ${PIPESTATUS[0]}, quick: $(( $(date +%s) - s < 10 )), $(kill -0 $(cat $TMP/pid) 2>/dev/null && echo running || echo gone)"; rm $TMP/pid; PATH=$TMP/bin:$PATH $BIN --db $TMP/x.db index $TMP/w 2>/dev/null & p=$!; for i in $(seq 100); do [ -s $TMP/pid ] && break; sleep 0.1; done; kill -TERM $p; wait $p; echo "index: $?, $(ls $TMP | grep -c x.db) files x.db, $(kill -0 $(cat $TMP/pid) 2>/dev/null && echo running || echo gone)"
stdout:
lovgraf: cannot check 'w/x.pdf': stopped while pdftotext read it (Ctrl-C, a signal or --timeout)
check: 4, quick: 1, gone
index: 143, 0 files x.db, gone
