# a search term that is a prefix followed by "ø" in the index (jobafklaringsforl → jobafklaringsforløb)
# counts the provisions it occurs in: it weighs as much as the whole word (it used to count 0 and weigh most)
cmd: a=$(lovgraf ask --json --limit 1 'jobafklaringsforl' | grep -o '"concept_weights":.*'); b=$(lovgraf ask --json --limit 1 'jobafklaringsforløb' | grep -o '"concept_weights":.*'); [ "$a" = "$b" ] && echo "same $a"
contains:
same "concept_weights":[
