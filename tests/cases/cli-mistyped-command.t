# a mistyped command is an error that names the nearest one (exit 2), on the command line and in a
# script (that line fails; a question of plain words is still a question)
cmd: lovgraf shwo 'LAB § 6'; echo "exit $?"; printf 'shwo LAB § 6\nrefs --to "LAB § 113, stk. 3"\n' | $BIN --db $DB >/dev/null; echo "script: exit $?"; echo 'state pension age' | $BIN --db $DB | head -1
stdout:
exit 2
script: exit 1
10 rules for: state pension age
stderr:
lovgraf: unknown command 'shwo'; did you mean show? (lovgraf help lists the commands)
lovgraf: unknown command 'shwo'; did you mean show? (a question of plain words needs no command; help lists the commands)
lovgraf: script line 1 failed (exit status 2)
