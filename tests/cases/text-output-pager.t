# the pager (less -FRX by default, in a pseudo-terminal): leaving it early (q) stops the work behind it at once, quietly, status 0 (an endless query here); Ctrl-C in the pager is the pager's (lovgraf waits for it, status 0 after q); a $PAGER that cannot be run is said and the output written directly
cmd: HOME=$TMP python3 $FIX/pty_drive.py '[["sleep",1.0],["send","q"]]' $BIN --db $DB sql --tabs --timeout 30 "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT x FROM c" | grep -a '^\[exit'; HOME=$TMP python3 $FIX/pty_drive.py '[["sleep",0.8],["send","\u0003"],["sleep",0.5],["send","q"]]' $BIN --db $DB show 'LAB § 53' | grep -a '^\[exit'; COLUMNS=80 script -qec "PAGER=nonexistent $BIN --db $DB show 'LAB § 6, nr. 1'; echo rc=\$?" /dev/null | tr -d '\r' | grep -E '^LAB|^rc=|pager'
stdout:
[exit 0]
[exit 0]
lovgraf: the pager 'nonexistent' ($PAGER) cannot be run; the output is written directly
LAB § 6, nr. 1
rc=0
