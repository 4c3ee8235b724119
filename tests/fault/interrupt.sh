#!/usr/bin/env bash
# tests/fault/interrupt.sh -- a rebuild interrupted at random moments.
# Each time the previous index must stay byte-identical or the new one be complete.
# INT, TERM and HUP: exit 128+signal, one line that says so, no temporary file left.
# kill -9: the next build removes the stale temporary file and says so.
# Prints one line per broken promise, then "done".
set -u
F=$FIX/statute-chapter.txt
db=$TMP/x.db
"$BIN" --db "$db" index "$F" >/dev/null 2>&1 || { echo "cannot build the first index"; exit 9; }
old=$(sha1sum <"$db")
sigs=(INT TERM HUP KILL)
for i in $(seq 1 12); do
	sig=${sigs[$((i % 4))]}
	"$BIN" --db "$db" index "$CORPUS/statutes" "$CORPUS/seeds" >/dev/null 2>"$TMP/err" &
	p=$!
	sleep "0.$((RANDOM % 6 + 1))"
	kill "-$sig" "$p" 2>/dev/null
	wait "$p"
	s=$?
	docs=$("$BIN" --db "$db" sql 'SELECT count(*) FROM documents WHERE in_corpus=1' 2>/dev/null |
		tail -1)
	if [ "$(sha1sum <"$db")" = "$old" ]; then
		:   # interrupted: the old index, byte for byte
	elif [ "$s" = 0 ] && [ "$docs" = 36 ]; then
		"$BIN" --db "$db" index "$F" >/dev/null 2>&1   # finished first: back to the small one
		old=$(sha1sum <"$db")
		continue
	else
		echo "trial $i ($sig): the index is neither the old one nor complete (exit $s, $docs)"
	fi
	if [ "$sig" = KILL ]; then
		if ls "$TMP" | grep -q 'tmp-'; then
			"$BIN" --db "$db" index "$F" >/dev/null 2>"$TMP/err2"
			grep -q "removed 1 temporary file of an interrupted build" "$TMP/err2" ||
				echo "trial $i: the stale temporary file was not removed and named"
			old=$(sha1sum <"$db")
		fi
		ls "$TMP" | grep -q 'tmp-' && echo "trial $i: a temporary file is still there"
		continue
	fi
	[ "$s" = $((128 + $(kill -l "$sig"))) ] || echo "trial $i ($sig): exit $s"
	grep -q "^lovgraf: interrupted (.*); the previous index is kept$" "$TMP/err" ||
		echo "trial $i ($sig): said: $(grep -v '^index:' "$TMP/err")"
	ls "$TMP" | grep -q 'tmp-' && echo "trial $i ($sig): a temporary file was left"
done
echo done
