# without Graphviz (no dot program on PATH) --svg fails with a line naming the Debian package,
# exit 4, and writes nothing; DOT needs no Graphviz
cmd: PATH=/nonexistent $BIN --db $DB graph --svg 'LAB § 6' >$TMP/out; echo $?; wc -c <$TMP/out; PATH=/nonexistent $BIN --db $DB graph --dot 'LAB § 6' | head -1
stdout:
4
0
digraph lovgraf {
stderr:
lovgraf: --svg needs Graphviz's dot program, which is not installed; install the Debian package graphviz (apt-get install graphviz), or write DOT with --dot
