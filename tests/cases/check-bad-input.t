# input that is not an answer, letter or annex: one line on standard error naming the file and why, nothing on standard output, exit 2
cmd: mkdir "$TMP/dir"; : >"$TMP/empty.txt"; printf 'a\0b' >"$TMP/bin.txt"; printf 'caf\351\n' >"$TMP/latin1.txt"; sed '1,/^$/d' "$CORPUS/statutes/lta-2021-2409.txt" >"$TMP/body.txt"; for f in "$TMP/dir" "$TMP/empty.txt" "$TMP/bin.txt" "$TMP/latin1.txt" "$CORPUS/statutes/lta-2022-701.txt" "$TMP/body.txt"; do lovgraf check "$f" >"$TMP/o" 2>"$TMP/e"; echo "$? $(wc -l <"$TMP/e") $(wc -c <"$TMP/o")"; sed "s|$TMP|TMP|; s|$CORPUS|CORPUS|" "$TMP/e"; done
stdout:
2 1 0
lovgraf: cannot check 'TMP/dir': it is a folder; check reads one file (or an indexed document's name)
2 1 0
lovgraf: cannot check 'TMP/empty.txt': empty file: no text
2 1 0
lovgraf: cannot check 'TMP/bin.txt': binary file (NUL byte at offset 1), not a text document
2 1 0
lovgraf: cannot check 'TMP/latin1.txt': invalid UTF-8 at byte 3 (line 1); convert the file to UTF-8
2 1 0
lovgraf: cannot check 'CORPUS/statutes/lta-2022-701.txt': it is a statute; check reads answers, letters and annexes
2 1 0
lovgraf: cannot check 'TMP/body.txt': it is the text of a statute (paragraphs headed "§ 1.", "§ 2.", ...); check reads answers, letters and annexes
