#!/usr/bin/env bash
# tests/conventions/completion-bash.sh -- sources shell/completion/lovgraf.bash and calls its
# function as bash does on <TAB> (COMP_WORDS as typed, COMP_CWORD), printing "WORDS -> the
# replies" (sorted) for each line typed. Usage: completion-bash.sh BINARY INDEX
# (tab WORD... completes with no --db; on WORD... with --db INDEX, not printed).
set -u
bin=$1 db=$2
source shell/completion/lovgraf.bash
complete -p lovgraf
complete_line() {   # complete_line SHOWN WORD...: WORD... typed so far, the last one completed
	local shown=$1
	shift
	COMP_WORDS=("$bin" "$@")
	COMP_CWORD=$#
	COMPREPLY=()
	_lovgraf
	local got
	got=$(printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort | paste -sd ' ')
	echo "lovgraf $shown<TAB> -> ${got:-(nothing)}"
}
tab() { complete_line "$*" "$@"; }
on() { complete_line "$*" --db "$db" "$@"; }
tab sh
on show L
tab --js
tab sql --c
on check tests/fixtures/check-ex
tab --db tests/cases/man-pa
tab --as-of ''
tab help ch
tab --color = a
on refs --to LA
on show "'lov om s"
on show 'lov\ om\ so'
on graph SDP § 21
on schema provisions_
complete_line "--db none.db show L" --db "${TMP:-/tmp}/none.db" show L
