# ask's text output on a terminal wraps the rule texts and notes to its width less two (80 columns: 78; only headings, citation lines and URLs may run longer); in a pipe nothing is wrapped (a paragraph is one line, for grep); --width N wraps at N
cmd: q='Hvornår har en borger i ressourceforløb ret til en samtale med sundhedskoordinator?'; long() { python3 -c 'import sys; w=int(sys.argv[1]); t=sys.stdin.read().replace("\r",""); print(sum(1 for l in t.split("\n") if len(l) > w and l.startswith("    ") and not l.strip().startswith(("— ", "https://"))), "lines over", w)' "$1"; }; stty_run() { COLUMNS=$1 PAGER=cat NO_COLOR=1 script -qec "stty cols $1 2>/dev/null; $BIN --db $DB ask '$q'" /dev/null; }; stty_run 80 | long 78; stty_run 60 | long 58; lovgraf ask "$q" | long 78 | grep -q '^0 ' && echo "pipe: wrapped" || echo "pipe: not wrapped"; lovgraf ask "$q" | grep -c '^    En person i \*\*ressourceforløb\*\*, der mener, .* i stedet for den koordinerende sagsbehandler\.$'; lovgraf --width 50 ask "$q" | long 50
stdout:
0 lines over 78
0 lines over 58
pipe: not wrapped
1
0 lines over 50
