# a letter passage that is not in the index: says so, and how to list the passages (not "name the act")
cmd: lovgraf show 'spm. nr. 999 (alm. del), afsnit 2'
status: 2
stderr:
'spm. nr. 999 (alm. del), afsnit 2' is not in the index: no provision or passage has that reference
