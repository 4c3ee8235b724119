# an empty folder: nothing to index, so the build fails and says so (exit 2); no crash (the sanitizer build too)
cmd: mkdir -p $TMP/empty && lovgraf --db $TMP/x.db index $TMP/empty
status: 2
stderr:
no document could be indexed; the previous index is kept
