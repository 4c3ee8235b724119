# ask without a question: exit 2 with an example
cmd: lovgraf ask
status: 2
stderr:
ask needs a question
