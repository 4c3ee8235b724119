# a disk that fills up during a rebuild: one line that says so and where (not a line per file),
# exit 4, the previous index byte-identical and still answering, no temporary file left
cmd: bash tests/fault/disk-full.sh
stdout:
exit 4
lovgraf: the disk is full: cannot write the new index 'DISK/x.db.tmp-PID'; the previous index is kept
the old index is intact
lov om cykelparkering § 2 b
