# a title with a line break written as the two characters "\n" (as 1,020 titles of all Danish law have) reads
# as one line: the act is the title without it, and the parenthesised short name after it names the act
cmd: lovgraf --db $TMP/x.db index $FIX/statute-title-newline.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT title FROM documents; SELECT key||' | '||short FROM acts WHERE key LIKE '%opbevaring%'"
contains:
Bekendtgørelse af lov om opbevaring af ladcykler m.v. (Ladcykelopbevaringsloven)
lov om opbevaring af ladcykler | ladcykelopbevaringsloven
lacks:
\n
