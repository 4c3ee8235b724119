# bash completion (shell/completion/lovgraf.bash): commands, the options of the command typed,
# act short names and titles after show/refs (as typed: quoted or escaped), an act's sections
# after "ACT §", files after check and --db, nothing after --as-of, table names after schema,
# quietly nothing when there is no index (stderr is in stdout here: none)
cmd: bash tests/conventions/completion-bash.sh "$BIN" "$DB" 2>&1
stdout:
complete -F _lovgraf lovgraf
lovgraf sh<TAB> -> shell show
lovgraf show L<TAB> -> LAB LAS LFP LOB LSP
lovgraf --js<TAB> -> --json
lovgraf sql --c<TAB> -> --csv
lovgraf check tests/fixtures/check-ex<TAB> -> tests/fixtures/check-exact.txt tests/fixtures/check-executive-order.txt
lovgraf --db tests/cases/man-pa<TAB> -> tests/cases/man-page.t
lovgraf --as-of <TAB> -> (nothing)
lovgraf help ch<TAB> -> check
lovgraf --color = a<TAB> -> always auto
lovgraf refs --to LA<TAB> -> LAB LAS
lovgraf show 'lov om s<TAB> -> lov om social pension lov om sygedagpenge
lovgraf show lov\ om\ so<TAB> -> lov\ om\ social\ pension
lovgraf graph SDP § 21<TAB> -> 21 21\ a
lovgraf schema provisions_<TAB> -> provisions_in_force
lovgraf --db none.db show L<TAB> -> (nothing)
