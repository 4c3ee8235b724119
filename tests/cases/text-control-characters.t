# control characters in indexed text (an ESC colour sequence, a carriage return, a C1 code) reach the
# terminal neutralised (^[, ^M, U+FFFD) through show and ask; an error naming a file with a newline
# in its name is one line
cmd: printf 'Title: Lov om cykelparkering\nType: LOV\nNumber: 9003\nYear: 2033\nDate: 2033-07-08\n\n§ 1. Stativer \033[31mrøde\033[0m og\rskjulte \302\233 cykelstativer.\n' >$TMP/esc.txt; $BIN --db $TMP/x.db index $TMP/esc.txt >/dev/null 2>&1; $BIN --db $TMP/x.db show 'lov om cykelparkering § 1' >$TMP/show; $BIN --db $TMP/x.db ask cykelstativer >$TMP/ask; for f in show ask; do python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); print(sys.argv[2], "ESC" if b"\x1b" in d else "no ESC", "CR" if b"\r" in d else "no CR", "C1" if b"\xc2\x9b" in d else "no C1", "^[[31m" if b"^[[31m" in d else "")' $TMP/$f $f; done; lovgraf check "$TMP/$(printf 'bad\nname.txt')" 2>&1 | wc -l
stdout:
show no ESC no CR no C1 ^[[31m
ask no ESC no CR no C1 ^[[31m
1
