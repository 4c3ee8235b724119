# graph has its help: usage with --depth, --dot, --svg, and examples
cmd: lovgraf help graph; lovgraf graph --help | head -1; lovgraf help | grep -c '^  graph '
contains:
usage: lovgraf graph [--depth N] [--dot | --svg] [--as-of DATE] [--all-versions] REF
lovgraf graph --svg --depth 2 'LAB § 53, stk. 4' > lab53.svg
1
