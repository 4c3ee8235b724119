# indexed text can hold anything: quotation marks and backslashes in a label are escaped, so that
# Graphviz reads the DOT and the SVG is well-formed; consecutive sections that stand in the same
# place are one node (§§ 3-5, §§ 3-4)
cmd: printf 'Title: Lov om tegnsætning\nType: LOV\nNumber: 9004\nYear: 2033\nDate: 2033-07-08\n\n§ 1. Et "citat" \\ og \\N {x} slut.\n\n§ 2. Som nævnt i § 1 gælder det.\n\n§ 3. Efter § 5 første.\n\n§ 4. Efter § 5 anden.\n\n§ 5. Det tredje.\n\n§ 6. Målet for §§ 3-5.\n' >$TMP/t.txt; $BIN --db $TMP/x.db index $TMP/t.txt >/dev/null 2>&1; $BIN --db $TMP/x.db graph 'lov om tegnsætning § 1' >$TMP/g.dot; grep -o 'label="lov om tegnsætning § 1[^]]*", tooltip' $TMP/g.dot; dot -Tcanon $TMP/g.dot >/dev/null && echo parses; $BIN --db $TMP/x.db graph --svg 'lov om tegnsætning § 1' | python3 -c 'import sys, xml.etree.ElementTree as E; r = E.parse(sys.stdin).getroot(); print([t.text for t in r.iter("{http://www.w3.org/2000/svg}text") if t.text and "citat" in t.text])'; for s in 6 5; do $BIN --db $TMP/x.db graph "lov om tegnsætning § $s" | python3 tests/fixtures/dot_lines.py; done
stdout:
label="lov om tegnsætning § 1\nEt \"citat\" \\ og \\N {x}…", tooltip
parses
['Et "citat" \\ og \\N {x}…']
node lov om tegnsætning § 6 | Målet for §§ 3-5. center
node lov om tegnsætning §§ 3-5 range
edge lov om tegnsætning § 6 -> lov om tegnsætning §§ 3-5 solid
node lov om tegnsætning § 5 | Det tredje. center
node lov om tegnsætning §§ 3-4 range
node lov om tegnsætning § 6 | Målet for §§ 3-5.
edge lov om tegnsætning §§ 3-4 -> lov om tegnsætning § 5 solid
edge lov om tegnsætning § 6 -> lov om tegnsætning § 5 solid
