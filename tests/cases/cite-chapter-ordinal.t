# the older way of naming a chapter, "5. kapitel", is a chapter citation like "kapitel 5", with the act
# before or after it
cmd: lovgraf cite 'efter straffelovens 5. kapitel og 9. kapitel i søloven'
contains:
→  straffeloven kapitel 5
→  søloven kapitel 9
