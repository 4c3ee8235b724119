#!/usr/bin/env bash
# tests/conventions/man-page.sh -- lovgraf.1 lints clean (mandoc -Tlint, groff -ww) and names
# every command that `lovgraf help --json` lists (as an item of its list: ".It Cm NAME") and
# every option that the parser in shell/main.c accepts (its string literals "-x", "--name"),
# so that the page cannot fall behind the program. Usage: man-page.sh BINARY (run from the
# repository). Prints one line per check; names missing are listed.
set -u
bin=$1 page=lovgraf.1
lint=$(mandoc -Tlint -W warning "$page" 2>&1; groff -mandoc -Tutf8 -ww -z "$page" 2>&1)
if [ -z "$lint" ]; then echo "lint: clean"; else echo "lint: $lint"; fi

text=$(LC_ALL=C mandoc -Tascii -O width=200 "$page" | col -b)
missing=""
commands=$("$bin" --json help | python3 -c '
import json, sys
for c in json.load(sys.stdin)["commands"]: print(c["command"])')
[ -n "$commands" ] || missing="$missing (help --json listed no command)"
for c in $commands; do
	grep -qE "^\.It Cm $c( |$)" "$page" || missing="$missing $c"
done
if [ -z "$missing" ]; then echo "commands: every one in the page"; else echo "commands missing from the page:$missing"; fi

missing=""
options=$(grep -o '"-[-a-z0-9=]*' shell/main.c | tr -d '"' | grep -vx -- '-*' | sort -u)
[ -n "$options" ] || missing="$missing (no option found in shell/main.c)"
for o in $options; do
	case $o in
	*=) grep -qF -- "$o" <<<"$text" || missing="$missing $o" ;;   # --color=WHEN
	*) grep -qE -- "(^|[^-a-z])$o([^-a-z]|$)" <<<"$text" || missing="$missing $o" ;;
	esac
done
if [ -z "$missing" ]; then echo "options: every one in the page"; else echo "options missing from the page:$missing"; fi
