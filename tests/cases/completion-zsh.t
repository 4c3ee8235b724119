# zsh completion (shell/completion/_lovgraf): zsh -n; compinit in a bare zsh takes it for lovgraf
# and it loads; what it offers (compadd and _describe stubbed to print): commands, the options of
# the command typed, acts from the index after show/refs, an act's sections after "ACT §", files
# after check, nothing after --as-of, quietly nothing when there is no index
cmd: bash tests/conventions/completion-zsh.sh "$BIN" "$DB" 2>&1
stdout:
syntax: ok
compdef: lovgraf -> _lovgraf
loads: ok
lovgraf sh<TAB> -> shell show
lovgraf --db DB show L<TAB> -> LAB LAS LFP LOB LSP
lovgraf --js<TAB> -> --json
lovgraf sql --c<TAB> -> --csv
lovgraf check tests/fixtures/check-ex<TAB> -> (files)
lovgraf --as-of <TAB> -> (message: date (YYYY-MM-DD))
lovgraf help ch<TAB> -> check
lovgraf --db DB refs --to LA<TAB> -> LAB LAS
lovgraf --db DB graph SDP § 21<TAB> -> 21 21 a
lovgraf --db DB schema provisions_<TAB> -> provisions_in_force
lovgraf --db none.db show L<TAB> -> (nothing)
