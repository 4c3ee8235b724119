# --svg draws the picture with Graphviz's dot (a child process): well-formed SVG (XML) with the
# nodes' labels as text
cmd: lovgraf graph --svg 'LAB § 6, nr. 1' >$TMP/g.svg; echo $?; python3 -c 'import sys, xml.etree.ElementTree as E; root = E.parse(sys.argv[1]).getroot(); print(root.tag); texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]; print("LAB § 6, nr. 1" in texts, any(t and t.startswith("LAB: ") and t.endswith(" provisions") for t in texts))' $TMP/g.svg
stdout:
0
{http://www.w3.org/2000/svg}svg
True True
