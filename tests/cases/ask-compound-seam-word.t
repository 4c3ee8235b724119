# a compound is split only where its head is a word of the Danish word list (Debian wdanish):
# "forældelsen" is no "foræld" + "elsen", "skyldneren" no "skyld" + "neren"
cmd: lovgraf ask --json --limit 1 "Afbrydes forældelsen, når skyldneren anerkender sin gæld?"
contains:
{"words":"forældelsen","source":"word","law":[],"terms":["foræld"]}
{"words":"skyldneren","source":"word","law":[],"terms":["skyldn"]}
