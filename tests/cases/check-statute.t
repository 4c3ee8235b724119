# check reads letters, answers and annexes, not statutes
cmd: lovgraf check lta-2022-701
status: 2
stderr:
cannot check 'lta-2022-701': it is a statute (LBK)
