# ask in text mode wraps the rule texts and notes at 78 columns (only headings, citation lines and URLs may run longer)
cmd: lovgraf ask 'Hvornår har en borger i ressourceforløb ret til en samtale med sundhedskoordinator?' | python3 -c 'import sys; [print("too long:", l) for l in sys.stdin.read().split("\n") if len(l) > 78 and l.startswith("    ") and not l.startswith(("    — ", "    https://"))]; print("checked")'
stdout:
checked
