# only regular files are read: a FIFO (in a folder or given directly) is named and skipped, never
# opened (that would wait for ever); a dangling and a looping link are named with the reason; a
# folder holding two links to itself is read once; UTF-16 text is called UTF-16
cmd: mkdir -p $TMP/w/sub; mkfifo $TMP/w/x.txt; ln -s . $TMP/w/l1; ln -s . $TMP/w/l2; ln -s nowhere.txt $TMP/w/dangling.txt; ln -s loop.txt $TMP/w/loop.txt; cp $FIX/statute-chapter.txt $TMP/w/sub/; printf '\377\376S\0v\0a\0r\0:\0\n\0' > $TMP/w/u16.txt; timeout 20 $BIN --db $TMP/x.db index $TMP/w 2>&1 | grep -v '^index:' | sed "s|$TMP/||; s| in [0-9.]* s: | in N s: |"; echo "folder: ${PIPESTATUS[0]}"; timeout 20 $BIN --db $TMP/x.db index $TMP/w/x.txt 2>&1 | grep -v '^index:' | sed "s|$TMP/||"; echo "fifo: ${PIPESTATUS[0]}"; timeout 20 $BIN --db $TMP/x.db check $TMP/w/x.txt 2>&1 | sed "s|$TMP/||"; echo "check: ${PIPESTATUS[0]}"
stdout:
lovgraf: cannot index 'w/dangling.txt': a symbolic link to nothing (its target does not exist)
lovgraf: cannot index 'w/loop.txt': a symbolic link that loops (it leads back to itself)
lovgraf: cannot index 'w/u16.txt': UTF-16 text; convert the file to UTF-8 (iconv -f UTF-16 -t UTF-8)
lovgraf: cannot index 'w/x.txt': a FIFO (named pipe), not a regular file
indexed 1 documents from 2 files into x.db in N s: 12 provisions, 1 edges (0 citations unresolved), 0 quotations; some files could not be indexed (see above)
folder: 1
lovgraf: cannot index 'w/x.txt': a FIFO (named pipe), not a regular file
lovgraf: no document could be indexed; the previous index is kept
fifo: 2
lovgraf: cannot check 'w/x.txt': a FIFO (named pipe), not a regular file
check: 2
