# show takes a letter paragraph's canonical ref (README: "the canonical form of anything in the index, e.g. a letter's paragraph"); its text has the joined word
cmd: lovgraf --db $TMP/x.db index $FIX/letter-answer-hyphenation.txt >/dev/null && lovgraf --db $TMP/x.db show 'spm. nr. 214 (alm. del), afsnit 2'
contains:
spm. nr. 214 (alm. del), afsnit 2
vurderingen.
