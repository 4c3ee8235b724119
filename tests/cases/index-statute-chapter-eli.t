# the ELI fragment of "Kapitel 2 a" has no space, like README's #K6a (and § 2 a's #P2a)
cmd: lovgraf --db $TMP/x.db index $FIX/statute-chapter.txt >/dev/null && lovgraf --db $TMP/x.db show --json 'lov om cykelparkering kapitel 2 a'
contains:
"ref":"lov om cykelparkering kapitel 2 a"
"eli":"https://www.retsinformation.dk/eli/lta/2033/9003#K2a"
lacks:
#K2 a
