# graph REF writes DOT by default: the provision (highlighted) with the first words of its text,
# what it cites (LAB § 6, nr. 1-5 and nr. 7 og 8 collapsed into ranges) and what cites it (a
# quotation dashed), a legend of the kinds of reference drawn
cmd: lovgraf graph 'LAB § 53, stk. 4' >$TMP/g.dot; head -1 $TMP/g.dot; grep -c 'subgraph cluster_legend' $TMP/g.dot; python3 tests/fixtures/dot_lines.py <$TMP/g.dot
contains:
digraph lovgraf {
node LAB § 53, stk. 4 | For personer omfattet af § 6,… center
node LAB § 6, nr. 1-5 range
node LAB § 6, nr. 7-8 range
node LAB § 6, nr. 12 | Selvforsørgende, der ikke er i beskæf…
node LAB kapitel 11
edge LAB § 53, stk. 4 -> LAB § 6, nr. 1-5 solid
edge LAB § 53, stk. 4 -> LAB § 30 a solid
edge LAB § 53, stk. 4 -> LAB kapitel 14 solid
edge LAB § 113, stk. 3 -> LAB § 53, stk. 4 solid
edge Bilag 1 (2022-06-03), … afsnit 2 -> LAB § 53, stk. 4 dashed
lacks:
node LAB § 6, nr. 1 |
node LAB § 6, nr. 2 |
