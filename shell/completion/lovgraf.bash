# shell/completion/lovgraf.bash -- bash completion for lovgraf: the commands, the options of the
# command being typed, act short names and titles after show, refs and graph (and section
# numbers after "ACT §"), read from the index (nothing when there is none), files after check
# and index, a file after --db, nothing after --as-of.
# ./build.sh install puts it in PREFIX/share/bash-completion/completions/lovgraf; or source it.

_lovgraf_commands="index show refs cite ask check graph sql tables schema stats verify shell help"
_lovgraf_global="--json --text --db --as-of --timeout --color= --no-pager --full --cite --width --help --version"

# _lovgraf_options CMD: the options worth offering for CMD (none: before a command)
_lovgraf_options() {
	case $1 in
	index) echo "--force --quiet --db" ;;
	show) echo "--as-of --history --all-versions --full --cite --json --db" ;;
	refs) echo "--from --to --as-of --all-versions --full --cite --json --db" ;;
	cite) echo "--in --json --db" ;;
	ask) echo "--limit --as-of --bm25 --full --cite --json --db" ;;
	check) echo "--as-of --summary --no-restated --json --db" ;;
	graph) echo "--depth --dot --svg --as-of --db" ;;
	sql) echo "--csv --json --box --tabs --file -f --timeout --db" ;;
	stats) echo "--limit --json --db" ;;
	tables | schema | verify | shell | help) echo "--json --db" ;;
	*) echo "$_lovgraf_global --limit --bm25 --history --all-versions --in --from --to --quiet" \
		"--force --csv --box --file --depth --dot --svg" ;;
	esac
}

# _lovgraf_sql BIN DBARGS... -- QUERY: the first column of QUERY's rows, one a line (its CSV
# unquoted); nothing, quietly, when there is no index
_lovgraf_sql() {
	local bin=$1 args=() line
	shift
	while [ "$1" != -- ]; do args+=("$1"); shift; done
	"$bin" "${args[@]}" --csv --timeout 2 sql "$2" 2>/dev/null </dev/null | tail -n +2 |
		while IFS= read -r line; do
			line=${line%$'\r'}
			if [ "${line:0:1}" = '"' ]; then
				line=${line:1:${#line}-2}
				line=${line//\"\"/\"}
			fi
			printf '%s\n' "$line"
		done
}

# _lovgraf_quote WORD: WORD with the characters the shell reads escaped by a backslash
_lovgraf_quote() {
	local w=$1 c
	w=${w//\\/\\\\}
	for c in ' ' "'" '"' '(' ')' '&' ';' '|' '<' '>' '$' '`' '!' '*' '?' '[' ']' '{' '}' '#' '~'; do
		w=${w//"$c"/\\$c}
	done
	printf '%s\n' "$w"
}

# _lovgraf_reply CUR WORD...: COMPREPLY = the WORDs (one a line on stdin when none given) that
# start with CUR; CUR may open with a quote, else the words come escaped
_lovgraf_reply() {
	local cur=$1 q="" w
	if [ "${cur:0:1}" = "'" ] || [ "${cur:0:1}" = '"' ]; then q=${cur:0:1}; cur=${cur:1}
	else cur=${cur//\\/}; fi   # lov\ om\ so: as typed, with its escapes
	COMPREPLY=()
	while IFS= read -r w; do
		[ -n "$w" ] && [ "${w#"$cur"}" != "$w" ] || continue
		if [ -n "$q" ]; then COMPREPLY+=("$w"); else COMPREPLY+=("$(_lovgraf_quote "$w")"); fi
	done
}

_lovgraf() {
	local cur=${COMP_WORDS[COMP_CWORD]} prev="" i w cmd="" bin dbargs=()
	[ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD-1]}
	COMPREPLY=()
	bin=${COMP_WORDS[0]}
	[ "${bin:0:2}" = "~/" ] && bin=$HOME/${bin:2}
	command -v -- "$bin" >/dev/null 2>&1 || bin=lovgraf
	# the command, and the index the line names (--db FILE)
	for ((i = 1; i < COMP_CWORD; i++)); do
		w=${COMP_WORDS[i]}
		case $w in
		--db) dbargs=(--db "${COMP_WORDS[i+1]}"); i=$((i + 1)) ;;
		--as-of | --limit | --in | --from | --to | --timeout | --file | -f | --depth) i=$((i + 1)) ;;
		-*) ;;
		*) [ -z "$cmd" ] && cmd=$w ;;
		esac
	done
	local acts="SELECT short FROM acts WHERE in_corpus UNION SELECT title FROM acts WHERE in_corpus"
	case $prev in
	--db | --file | -f)
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
		return ;;
	--as-of | --limit | --timeout | --depth) return ;;   # a date or a number: nothing to offer
	--in | --from | --to)
		_lovgraf_reply "$cur" < <(_lovgraf_sql "$bin" "${dbargs[@]}" -- "$acts")
		return ;;
	--color)   # --color=WHEN: bash splits the word at "="
		[ "$cur" = "=" ] && cur=""
		mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
		return ;;
	=)
		if [ "${COMP_WORDS[COMP_CWORD-2]}" = --color ]; then
			mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur")
		fi
		return ;;
	esac
	if [ "${cur:0:1}" = - ]; then
		mapfile -t COMPREPLY < <(compgen -W "$(_lovgraf_options "$cmd")" -- "$cur")
		[ "${COMPREPLY[0]:-}" = --color= ] && compopt -o nospace 2>/dev/null
		return
	fi
	case $cmd in
	"") mapfile -t COMPREPLY < <(compgen -W "$_lovgraf_commands" -- "$cur") ;;
	help) mapfile -t COMPREPLY < <(compgen -W "$_lovgraf_commands" -- "$cur") ;;
	check | index)
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
	schema)
		_lovgraf_reply "$cur" < <(_lovgraf_sql "$bin" "${dbargs[@]}" -- \
			"SELECT name FROM sqlite_schema WHERE type IN ('table','view') AND name NOT LIKE 'sqlite%'")
		;;
	show | refs | graph)
		if [ "$prev" = "§" ] && [ "$COMP_CWORD" -gt 2 ]; then   # ACT § N: that act's sections
			w=${COMP_WORDS[COMP_CWORD-2]}
			w=${w//\'/\'\'}
			_lovgraf_reply "$cur" < <(_lovgraf_sql "$bin" "${dbargs[@]}" -- "SELECT DISTINCT
				section FROM provisions WHERE kind='section' AND act IN (SELECT key FROM acts
				WHERE short='$w' OR title='$w') ORDER BY sec_key")
		else
			_lovgraf_reply "$cur" < <(_lovgraf_sql "$bin" "${dbargs[@]}" -- "$acts")
		fi
		;;
	esac
	return 0
}
complete -F _lovgraf lovgraf
