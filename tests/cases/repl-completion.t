# the shell's tab completion knows where it is (a pseudo-terminal; keys are sent a moment after the prompt, as libedit drops input typed before it is ready): the first word a command, "--" an option, after show an act's short name, after "ACT §" that act's section numbers, after check a file name; and history keeps no consecutive duplicate lines
cmd: cd $TMP && cp $FIX/check-draft-mixed.txt draft-one.txt && HOME=$TMP PAGER=cat python3 $FIX/pty_drive.py '[["wait","lovgraf> ",5],["sleep",0.2],["send","sta\t"],["sleep",0.3],["send","\u0003"],["sleep",0.2],["send","ask --li\t"],["sleep",0.3],["send","\u0003"],["sleep",0.2],["send","show SD\t"],["sleep",0.3],["send","§ 21\t"],["sleep",0.2],["send","\t"],["sleep",0.4],["send","\u0003"],["sleep",0.2],["send","check draft-o\t"],["sleep",0.3],["send","\u0003"],["sleep",0.2],["send","sql SELECT 1 AS one\n"],["wait","(?s)one.*lovgraf> ",5],["sleep",0.2],["send","sql SELECT 1 AS one\n"],["wait","(?s)one.*one.*lovgraf> ",5],["sleep",0.2],["send","sql SELECT 2 AS two\n"],["wait","(?s)two.*lovgraf> ",5],["sleep",0.2],["send","\u0004"]]' $BIN --db $DB | sed 's/\x1b\[[0-9]*[GK]//g; s/\x07//g' | grep -aoE 'lovgraf> stats|ask --limit|show SDP|^21 +21a|check draft-one\.txt|^\[exit [0-9]+\]'; grep -c 'SELECT\\0401\\040AS\\040one' $TMP/.lovgraf_history; grep -c 'SELECT\\0402' $TMP/.lovgraf_history
stdout:
lovgraf> stats
ask --limit
show SDP
21   21a
show SDP
check draft-one.txt
[exit 0]
1
1
