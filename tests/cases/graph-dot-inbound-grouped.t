# a provision cited by some 80 provisions stays readable: the citers that cite nothing else drawn
# are one node per citing act with their count and first references, its edge labelled with the
# count; citers of other acts stay nodes of their own
cmd: lovgraf graph 'LAB § 6, nr. 1' >$TMP/g.dot; python3 tests/fixtures/dot_lines.py <$TMP/g.dot >$TMP/l; grep -c '^node' $TMP/l; grep -E '^node LAB: [0-9]+ provisions' $TMP/l | sed -E 's/[0-9]+ provisions/N provisions/'; grep -E '^edge LAB: [0-9]+ provisions -> LAB § 6, nr. 1 solid [0-9]+$' $TMP/l | sed -E 's/[0-9]+/N/g'; python3 -c 'import re,sys; t=open(sys.argv[1]).read(); n=int(re.search(r"LAB: (\d+) provisions",t).group(1)); print("many" if n >= 40 else n)' $TMP/l
stdout:
6
node LAB: N provisions | (§ 9, stk. 1, nr. 1; § 9, stk. 2, nr. 1; § 9, stk. 7; § 11, stk. 3; …) group
edge LAB: N provisions -> LAB § N, nr. N solid N
many
