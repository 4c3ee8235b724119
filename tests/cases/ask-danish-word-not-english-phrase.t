# a Danish question's word does not match an English-only thesaurus phrase by Danish stem: "dage" (days) is not "dagger" (Danish stem of both: "dag"; thesaurus dagger -> dolke), as "dagger" is no word of the Danish word list and one the English-Danish dictionary has
cmd: lovgraf --db $TMP/x.db index $FIX/ask-act-hens.txt >/dev/null && lovgraf --db $TMP/x.db ask --json --limit 1 'Hvor mange dage om ugen må hanen gale i byzone?'
contains:
{"words":"dage","source":"word","law":[],"terms":["dag"]}
lacks:
"dolke"
