# the new index is synced to disk before it is renamed over the old one, and its folder after
# (so that an OS crash cannot leave a renamed but incomplete file); seen with strace
cmd: strace -f -e trace=fsync,rename,renameat,renameat2 -o $TMP/trace $BIN --db $TMP/x.db index $FIX/statute-chapter.txt >/dev/null 2>&1; grep -E 'fsync|rename' $TMP/trace | sed -E 's/^[0-9]+ +//; s/\([0-9]+\)/(FD)/; s/tmp-[0-9]+/tmp-PID/; s/ += 0$//' | sed "s|$TMP/||g"
stdout:
fsync(FD)
rename("x.db.tmp-PID", "x.db")
fsync(FD)
