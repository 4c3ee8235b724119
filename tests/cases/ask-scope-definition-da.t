# "hvem kan få X" asks whom a scheme is for: the provision that defines it ("Fleksjob er en ordning for personer, ...") comes first
cmd: lovgraf ask --json --limit 3 'Hvem kan få fleksjob?'
contains:
{"words":"Hvem kan få","source":"thesaurus","law":[],"asks":"scope","terms":[]}
"results":[{"ref":"LAB § 116, stk. 1",
