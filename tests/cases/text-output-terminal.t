# on a terminal: the matched words bold (ESC[1m) instead of **word**, ✓ ✗ coloured, headings bold, output through $PAGER (here cat -n; less -FRX by default); NO_COLOR, --color=never and a pipe give plain text (the ** marks stay); --color=always colours a pipe; --no-pager writes directly; JSON keeps its ** marks; a bad --color is exit 2
cmd: tty() { COLUMNS=80 script -qec "$*" /dev/null | tr -d '\r'; }; esc=$(printf '\033'); q="'ret til samtale med sundhedskoordinator'"; tty "PAGER=cat $BIN --db $DB ask --limit 1 $q" | grep -c "${esc}\[1msundhedskoordinator${esc}\[22m"; tty "PAGER=cat $BIN --db $DB check $CORPUS/seeds/002_72278e173f068d6f.txt" | grep -c "${esc}\[32m✓${esc}\[39m" | awk '{print ($1 > 0)}'; tty "PAGER=cat $BIN --db $DB show 'LAB § 6, nr. 1'" | grep -c "^${esc}\[1mreferred to by ([0-9]*):${esc}\[22m"; tty "PAGER='cat -n' $BIN --db $DB show 'LAB § 6, nr. 1'" | head -1 | sed 's/\t/ TAB /'; tty "PAGER='cat -n' $BIN --db $DB --no-pager show 'LAB § 6, nr. 1'" | head -1; tty "NO_COLOR=1 PAGER=cat $BIN --db $DB ask --limit 1 $q" | grep -c "$esc"; tty "PAGER=cat $BIN --db $DB --color=never ask --limit 1 $q" | grep -c '\*\*sundhedskoordinator\*\*'; lovgraf ask --limit 1 'ret til samtale med sundhedskoordinator' | grep -c "$esc"; lovgraf --color=always ask --limit 1 'ret til samtale med sundhedskoordinator' | grep -c "${esc}\[1m" | awk '{print ($1 > 0)}'; tty "PAGER=cat $BIN --db $DB --json ask --limit 1 $q" | grep -c '\*\*sundhedskoordinator\*\*'; lovgraf --color=sometimes ask x; echo "exit $?"
stdout:
1
1
1
     1 TAB LAB § 6, nr. 1
LAB § 6, nr. 1
0
1
0
1
1
exit 2
stderr:
lovgraf: --color takes auto, always or never, not 'sometimes'
