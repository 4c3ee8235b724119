#!/usr/bin/env bash
# tests/run.sh -- the tiny test runner. Usage: tests/run.sh BINARY [BINARY...]
#
# Every tests/cases/*.t file is one case, run once per BINARY:
#
#   # a comment saying what the case checks
#   cmd: lovgraf cite --json "§ 53, stk. 4"      (a shell line; lovgraf = BINARY --db the test index)
#   status: 0                                    (expected exit status; default 0)
#   stdin:                                       (optional: lines fed to standard input, up to the next key)
#   stdout:                                      (optional: the exact expected standard output)
#   contains:                                    (optional: each following line must occur in stdout)
#   lacks:                                       (optional: no following line may occur in stdout)
#   stderr:                                      (optional: each following line must occur in stderr)
#
# $TMP is a fresh directory per case, $FIX is tests/fixtures, $CORPUS is ../shared/corpus.
# The test index is built once per binary from the default corpus.
# The last line printed is "N passed, N failed". CASES=GLOB runs only the cases it names
# (CASES='sql-*' bash tests/run.sh build/lovgraf).
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
passed=${EXTRA_PASSED:-0} failed=${EXTRA_FAILED:-0}   # results counted before (build.sh: the fuzz pass)
CORPUS=$(cd "$ROOT/../shared/corpus" 2>/dev/null && pwd || echo "$ROOT/../shared/corpus")
export FIX="$ROOT/tests/fixtures" CORPUS

section() { # section FILE KEY -> the lines after "KEY:" up to the next key line
	awk -v key="$2" '
		/^(cmd|status|stdin|stdout|contains|lacks|stderr):/ { on = ($0 ~ "^" key ":"); next }
		on { print }' "$1"
}

for bin in "$@"; do
	BIN="$ROOT/$bin"
	DB="$ROOT/build/test-$(echo "$bin" | tr '/' '_').db"
	rm -f "$DB"
	if ! "$BIN" --db "$DB" index >"$ROOT/build/test-index.log" 2>&1; then
		echo "FAIL index: building the test index with $bin failed:"
		tail -5 "$ROOT/build/test-index.log"
		failed=$((failed + 1))
		continue
	fi
	export BIN DB
	for t in tests/cases/${CASES:-*}.t; do
		name="$(basename "$t" .t) [$bin]"
		TMP=$(mktemp -d)
		export TMP
		cmd=$(sed -n 's/^cmd: //p' "$t")
		want_status=$(sed -n 's/^status: //p' "$t")
		want_status=${want_status:-0}
		if grep -q '^stdin:' "$t"; then section "$t" stdin >"$TMP/.stdin"; else : >"$TMP/.stdin"; fi
		(
			lovgraf() { "$BIN" --db "$DB" "$@"; }
			cd "$ROOT" && eval "$cmd"
		) <"$TMP/.stdin" >"$TMP/.out" 2>"$TMP/.err"
		status=$?
		why=""
		[ "$status" = "$want_status" ] || why="exit status $status, expected $want_status"
		if [ -z "$why" ] && grep -q '^stdout:' "$t"; then
			section "$t" stdout >"$TMP/.want"
			diff -u "$TMP/.want" "$TMP/.out" >"$TMP/.diff" || why="stdout differs:
$(head -40 "$TMP/.diff")"
		fi
		for key in contains lacks stderr; do
			[ -z "$why" ] && grep -q "^$key:" "$t" || continue
			file=$TMP/.out
			[ "$key" = stderr ] && file=$TMP/.err
			while IFS= read -r line; do
				[ -n "$line" ] || continue
				if [ "$key" = lacks ]; then
					grep -qF -- "$line" "$file" && why="stdout has: $line" && break
				else
					grep -qF -- "$line" "$file" || { why="$key lacks: $line"; break; }
				fi
			done < <(section "$t" "$key")
		done
		if [ -z "$why" ]; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
			echo "FAIL $name: $why"
			[ -s "$TMP/.err" ] && echo "  stderr: $(head -c 600 "$TMP/.err")"
		fi
		rm -rf "$TMP"
	done
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
