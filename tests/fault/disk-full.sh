#!/usr/bin/env bash
# tests/fault/disk-full.sh -- a rebuild on a disk that fills up (a 2 MiB tmpfs, so root is needed):
# one line that says the disk is full and where, exit 4, the previous index byte-identical, no
# temporary file left. Prints what it saw, with the folder written as DISK.
set -u
disk=$TMP/disk
mkdir -p "$disk"
mount -t tmpfs -o size=2m lovgraf-test "$disk" || { echo "cannot mount a tmpfs (root is needed)"; exit 9; }
trap 'umount "$disk"' EXIT
"$BIN" --db "$disk/x.db" index "$FIX/statute-chapter.txt" >/dev/null 2>&1 || echo "first build failed"
old=$(sha1sum <"$disk/x.db")
"$BIN" --db "$disk/x.db" index "$CORPUS/statutes" "$CORPUS/seeds" >"$TMP/out" 2>"$TMP/err"
echo "exit $?"
grep -v -e '^index:' -e 'never closed' "$TMP/err" | sed "s|$disk|DISK|; s|tmp-[0-9]*|tmp-PID|"
[ "$(sha1sum <"$disk/x.db")" = "$old" ] && echo "the old index is intact"
ls "$disk" | grep tmp- && echo "a temporary file was left"
"$BIN" --db "$disk/x.db" show 'lov om cykelparkering § 2 b' | head -1
