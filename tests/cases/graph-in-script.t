# graph is a command of the shell and of a script, as on the command line (json switches it to JSON)
cmd: printf 'graph LAB § 53, stk. 4\njson\ngraph LAB § 53, stk. 4\n' | lovgraf | grep -v '^  \|^}' | cut -c1-30
stdout:
digraph lovgraf {
{"ref":"LAB § 53, stk. 4","de
