# a compound is split only where its head is a word of the Danish word list (Debian wdanish):
# "forældelsen" is no "foræld" + "elsen", "skyldneren" no "skyld" + "neren" (forældelsen is
# also a concept of the thesaurus now, "forældet": its terms are still not split)
cmd: lovgraf ask --json --limit 1 "Afbrydes forældelsen, når skyldneren anerkender sin gæld?"
contains:
{"words":"forældelsen","source":"thesaurus","law":["forældelse","forældelsesfrist"],"terms":["foræld","forældelsesfrist*"]}
{"words":"skyldneren","source":"word","law":[],"terms":["skyldn"]}
lacks:
"elsen"
"neren"
