# a letter's words hyphenated across lines are joined ("læge-|attest", "vurde-|Side 1/2|ringen"), real hyphens kept ("sundheds- og", "KL-|Sekretariatet"), page furniture dropped
cmd: lovgraf --db $TMP/x.db index $FIX/letter-answer-hyphenation.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT ref||' | '||text AS row FROM provisions WHERE kind IN ('question','paragraph') ORDER BY id"
contains:
spm. nr. 214 (alm. del), spm. 214 | ”Vil ministeren oplyse, hvor mange borgere der i 2018 har fået afslag på et ressourceforløb, fordi kommunen vurderede, at borgerens helbred ikke var tilstrækkeligt oplyst?”
Kommunerne indberetter ikke begrundelsen for afslag på ressourceforløb til Styrelsen for Arbejdsmarked og Rekruttering. Jeg kan derfor ikke oplyse det ønskede antal.
Kommunen skal således indhente både sundheds- og socialfaglige oplysninger, før der træffes afgørelse - fx ved en ny lægeattest fra den praktiserende læge.
oplysninger om arbejds- og skåneevne i vurderingen.
spm. nr. 214 (alm. del), afsnit 3 | Jeg vil følge udviklingen tæt i samarbejde med KL-Sekretariatet.
lacks:
Side 1/2
vurde-
læge-
Styrel-
ressource-
