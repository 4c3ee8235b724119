# zero-width characters in the source ("§ 3 a.\u200c", "for\u200bhandlere") are removed: the section is found and its words are whole
cmd: lovgraf --db $TMP/x.db index $FIX/statute-inline.txt >/dev/null && lovgraf --db $TMP/x.db show --json 'lov om prøvning af cykelhjelme § 3 a'
contains:
"section":"3 a"
"text":"§ 3 a. Kommunen fører tilsyn med forhandlere."
"eli":"https://www.retsinformation.dk/eli/lta/2031/9001#P3a"
