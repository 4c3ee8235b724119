# --db naming a file that is not a lovgraf index is refused (exit 2), also from the shell, and the
# file is left as it was; --force replaces it; a --db symlink is written through (it stays a link)
# and the new index keeps the old file's permissions
cmd: F=$FIX/statute-chapter.txt; echo precious >$TMP/notes.txt; lovgraf --db $TMP/notes.txt index $F 2>&1 | sed "s|$TMP/||"; echo "exit ${PIPESTATUS[0]}: $(cat $TMP/notes.txt)"; echo "index --db $TMP/notes.txt $F" | $BIN 2>&1 | sed "s|$TMP/||"; echo "shell: $(cat $TMP/notes.txt)"; lovgraf --force --db $TMP/notes.txt index $F >/dev/null 2>&1; echo "forced: exit $?, $(head -c 15 $TMP/notes.txt)"; lovgraf --db $TMP/real.db index $F >/dev/null 2>&1; chmod 640 $TMP/real.db; ln -s real.db $TMP/link.db; lovgraf --db $TMP/link.db index $F >/dev/null 2>&1; echo "link: exit $?, $(stat -c '%F %a' $TMP/link.db $TMP/real.db | tr '\n' ' ')"; ls $TMP
stdout:
lovgraf: will not replace 'notes.txt': it is not an SQLite database; give --force to replace it, or another --db
exit 2: precious
lovgraf: will not replace 'notes.txt': it is not an SQLite database; give --force to replace it, or another --db
lovgraf: script line 1 failed (exit status 2)
shell: precious
forced: exit 0, SQLite format 3
link: exit 0, symbolic link 777 regular file 640 
link.db
notes.txt
real.db
