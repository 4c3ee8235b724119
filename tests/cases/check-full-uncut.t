# check's text output cuts long quotations and differences with … and says once how to see them whole; --full shows them whole (the dropped sentence in full, as the law has it) and needs no note
cmd: lovgraf check $FIX/check-dropped-sentence.txt | grep -cE '…\]|cut with … are shown whole with --full'; lovgraf --full check $FIX/check-dropped-sentence.txt | grep -c 'missing: Gør personen brug af retten til at få en samtale, inden tilbuddet er påbegyndt, skal personen ikke påbegynde tilbuddet, før jobcenteret har taget stilling til, om tilbuddet skal tilpasses'; lovgraf --full check $FIX/check-dropped-sentence.txt | grep -c 'cut with' || true
status: 0
stdout:
2
1
0
