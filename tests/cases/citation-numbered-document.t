# a document named by number and date is that very version: "§ 2 i bekendtgørelse nr. 2409 af 13. december 2021"; an unknown number stays unresolved as written
cmd: lovgraf cite --json '§ 2 i bekendtgørelse nr. 2409 af 13. december 2021 og § 3 i lov nr. 9999 af 1. januar 2020'
contains:
"results":[{"ref":"BEK sundhedskoordinator § 2"
"document":"lta-2021-2409"
"unresolved":[{"ref":"lov nr. 9999 af 1. januar 2020 § 3"
