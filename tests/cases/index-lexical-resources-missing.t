# without Debian's word list and English-Danish dictionary the index is built all the same and
# says once what is missing and what that means; English words then stay as they are
cmd: LOVGRAF_WORDS=$TMP/none LOVGRAF_DICT_DAN_ENG=$TMP/none LOVGRAF_DICT_ENG_DAN=$TMP/none lovgraf --db $TMP/x.db index $FIX/ask-act-hens.txt $FIX/ask-order-hens.txt && lovgraf --db $TMP/x.db ask --json --limit 2 "May I keep a rooster in town?"
contains:
{"words":"rooster","source":"word","law":[],"terms":["roost"]}
stderr:
lovgraf: note: not installed: 
/none (Debian wdanish: compounds are split by the index's words); 
/none.index (Debian dict-freedict-dan-eng: English words the thesaurus lacks are not translated)
