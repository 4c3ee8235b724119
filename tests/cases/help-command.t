# help COMMAND and COMMAND --help give that command's usage with examples; help --json is JSON; an
# unknown topic is an error (exit 2) that names the nearest command
cmd: lovgraf help refs; echo "exit $?"; lovgraf refs --help | head -1; lovgraf --json help show | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["command"], len(d["examples"]))'; lovgraf --json help | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["commands"]))'; lovgraf help chek; echo "exit $?"; lovgraf help nothing; echo "exit $?"
stdout:
usage: lovgraf refs (--from REF | --to REF) [--as-of DATE] [--all-versions]

The provisions REF cites (--from), or those of the law in force that cite it
(--to; --all-versions: from every version).

examples:
  lovgraf refs --to 'LAB § 113, stk. 3'
  lovgraf refs --json --from 'LAB § 53, stk. 4'
exit 0
usage: lovgraf refs (--from REF | --to REF) [--as-of DATE] [--all-versions]
show 3
14
exit 2
exit 2
stderr:
lovgraf: no command 'chek'; did you mean check? (lovgraf help lists them)
lovgraf: no command 'nothing'; lovgraf help lists them
