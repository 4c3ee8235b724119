# a question longer than 2000 characters is refused at once with the reason (exit 2), in a script too
cmd: q=$(python3 -c "print('fleksjob ressourceforløb ' * 4000)"); lovgraf ask "$q"; echo "exit $?"; echo "ask $q" | $BIN --db $DB; echo "script: exit $?"
stdout:
exit 2
script: exit 1
stderr:
lovgraf: the question is 100000 characters long; ask takes at most 2000 (a document's quotations and citations are read by: lovgraf check FILE)
