# quotation marks by the ten thousand (never closed, unbalanced, straight apostrophes): each file
# indexes in linear time (60 s is a guard against a hang, not a timing) into a small index, and the marks never closed are counted and named
cmd: python3 -c "open('$TMP/marks.txt','w').write('Svar:\n\n' + ('”„»«“' * 15000) + '\n')"; python3 -c "open('$TMP/open.txt','w').write('Svar:\n\n' + ' '.join('ord%d „tekst %d efter § %d i lov om social pension' % (i, i, i % 50) for i in range(2000)) + '\n')"; python3 -c "open('$TMP/apos.txt','w').write('Svar:\n\n' + (\" 'a\" * 120000) + '\n')"; for f in marks open apos; do timeout 60 $BIN --db $TMP/$f.db index $TMP/$f.txt >$TMP/out 2>$TMP/err; s=$?; grep -v '^index:' $TMP/err | sed "s|$TMP/||; s|^lovgraf: marks.txt: 1[0-9][0-9][0-9][0-9] |lovgraf: marks.txt: 1NNNN |"; echo "$f: exit $s, $(( $(stat -c %s $TMP/$f.db) < 2000000 )) small, $(grep -o '[0-9]* quotations' $TMP/out)"; done
stdout:
lovgraf: marks.txt: 1NNNN quotation marks never closed (the first on line 3 of marks); a quotation left open ends with its paragraph, one followed there by another opening mark is not stored
marks: exit 0, 1 small, 0 quotations
lovgraf: open.txt: 2000 quotation marks never closed (the first on line 3 of open); a quotation left open ends with its paragraph, one followed there by another opening mark is not stored
open: exit 0, 1 small, 1 quotations
apos: exit 0, 1 small, 0 quotations
