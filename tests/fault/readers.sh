#!/usr/bin/env bash
# tests/fault/readers.sh -- commands reading the index while it is rebuilt (the same files):
# each must succeed with the same answer, from the old file or the new one, never a half-built one.
set -u
db=$TMP/x.db
"$BIN" --db "$db" index "$CORPUS/statutes" >/dev/null 2>&1 || { echo "first build failed"; exit 9; }
want=$("$BIN" --db "$db" show 'LAB § 53, stk. 4')
"$BIN" --db "$db" index "$CORPUS/statutes" >/dev/null 2>&1 &
p=$!
n=0 bad=0
while kill -0 "$p" 2>/dev/null || [ "$n" -lt 5 ]; do
	got=$("$BIN" --db "$db" show 'LAB § 53, stk. 4' 2>&1)
	s=$?
	n=$((n + 1))
	if [ "$s" != 0 ] || [ "$got" != "$want" ]; then
		bad=$((bad + 1))
		[ "$bad" -le 3 ] && echo "read $n: exit $s: $(echo "$got" | head -2)"
	fi
done
wait "$p" || echo "the rebuild failed"
[ "$n" -ge 5 ] && echo "readers during a rebuild: $bad of them failed or differed"
