# the DOT graph writes is read by Graphviz (dot -Tcanon), at every depth, also for a provision
# cited often and an act as a whole
cmd: for r in 'LAB § 53, stk. 4' 'LAB § 6, nr. 1' 'LAS § 17' 'BEK sundhedskoordinator'; do for d in 1 2 3; do lovgraf graph --depth $d "$r" >$TMP/g.dot && dot -Tcanon $TMP/g.dot >/dev/null && echo "$d ok"; done; done | sort | uniq -c | sed 's/^ *//'
stdout:
4 1 ok
4 2 ok
4 3 ok
