# ask: two orders of one subject with the very same text (a yearly order and its successor) do not compete: the text is one hit
cmd: lovgraf --db $TMP/x.db index --quiet $FIX/identical-orders >/dev/null && lovgraf --db $TMP/x.db ask --json 'Skal skolen udlåne en cykelhjelm til eleven på ekskursion?' | grep -o '"text":"§ 1. Skolen skal udlåne en cykelhjelm til hver elev, der cykler på ekskursion."' | wc -l
stdout:
1
