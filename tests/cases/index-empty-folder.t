# an empty folder: nothing to index, so the build fails and says so (exit 2), and that no index
# was written (there was none before); no crash (the sanitizer build too)
cmd: mkdir -p $TMP/empty && lovgraf --db $TMP/x.db index $TMP/empty; s=$?; test -e $TMP/x.db && echo "an index was written"; exit $s
status: 2
lacks:
an index was written
stderr:
no document could be indexed; no index was written
