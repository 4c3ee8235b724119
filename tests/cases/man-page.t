# lovgraf.1 (the man page) lints clean with mandoc and groff, and names every command of
# `lovgraf help --json` and every option the parser in shell/main.c accepts: it cannot fall
# behind the program; `man -l` shows it
cmd: bash tests/conventions/man-page.sh "$BIN"; MANWIDTH=80 man -l lovgraf.1 2>&1 | grep -c -e '^EXIT STATUS' -e '^ENVIRONMENT' -e '^JSON OUTPUT'
stdout:
lint: clean
commands: every one in the page
options: every one in the page
3
