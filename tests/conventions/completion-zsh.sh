#!/usr/bin/env bash
# tests/conventions/completion-zsh.sh -- shell/completion/_lovgraf: its syntax (zsh -n), that
# compinit in a bare zsh (zsh -f) takes it for lovgraf and it loads without errors, and what it
# offers: run as zsh runs it on <TAB> (words, CURRENT, PREFIX), with compadd, _describe, _files
# and _message replaced by functions that print what they are given (those that match PREFIX).
# Usage: completion-zsh.sh BINARY INDEX
set -u
bin=$1 db=$2
zsh -n shell/completion/_lovgraf && echo "syntax: ok"
zsh -f -c '
	fpath=(shell/completion $fpath)
	autoload -U compinit && compinit -u -D
	print -r -- "compdef: lovgraf -> $_comps[lovgraf]"
	autoload +X _lovgraf && print "loads: ok"'
BIN=$bin DB=$db zsh -f -c '
	fpath=(shell/completion $fpath)
	autoload -U compinit && compinit -u -D   # _call_program and the others, autoloaded
	offer() { local w; for w; do [[ $w == ${PREFIX}* ]] && print -r -- $w; done }
	compadd() {
		while [[ $1 == -* ]]; do
			case $1 in
			-a) shift; offer "${(@P)1}"; return ;;
			-S) shift 2 ;;
			--) shift; break ;;
			*) shift ;;
			esac
		done
		offer "$@"
	}
	_describe() { local -a c=("${(@P)4}"); offer "${c[@]%%:*}" }
	_files() { print "(files)" }
	_message() { print "(message: $*)" }
	tab() {   # tab WORD...: the line so far; the last word is the one completed
		local -a words=($BIN "$@") got
		local CURRENT=$(( $# + 1 )) PREFIX=${@[-1]}
		got=(${(f)"$(_lovgraf)"})
		shift -p words
		local typed=${${(j: :)words[2,-1]}/$DB/DB}
		print -r -- "lovgraf ${typed:+$typed }$PREFIX<TAB> -> ${${(j: :)${(@o)got}}:-(nothing)}"
	}
	tab sh
	tab --db $DB show L
	tab --js
	tab sql --c
	tab check tests/fixtures/check-ex
	tab --as-of ""
	tab help ch
	tab --db $DB refs --to LA
	tab --db $DB graph SDP § 21
	tab --db $DB schema provisions_
	tab --db none.db show L'
