# a letter with a blank line after every line: metadata is read, lines are joined into paragraphs, hyphenation across the blank lines repaired
cmd: lovgraf --db $TMP/x.db index $FIX/letter-answer-doubled-blank.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT 'doc | '||date||' | '||question||' | '||case_||' | '||asker||' | '||party||' | '||minister AS row FROM documents WHERE in_corpus=1 UNION ALL SELECT kind||' | '||text FROM provisions WHERE kind IN ('question','paragraph')"
contains:
doc | 2023-02-02 | 12 | L 45 | Jens Havemann | DF | Marie Holm
question | ”Kan ministeren redegøre for, hvordan sundhedskoordinatorens vurdering indgår i rehabiliteringsteamets indstilling?”
paragraph | Sundhedskoordinatorens vurdering er en del af det samlede grundlag for rehabiliteringsteamets indstilling, men teamet træffer ikke selv afgørelse i sagen.
”Sundhedskoordinatoren deltager i teamets møder” og at koordinatoren skal rådgive teamet om borgerens helbredsmæssige situation. Kommunen kan ikke se bort fra vurderingen uden at begrunde det konkret.
lacks:
rehabili-
Venlig hilsen
