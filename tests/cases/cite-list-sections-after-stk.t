# in a list of sections, a bare number after a subsection is another section when it has a subsection of
# its own, or when "§§" opened the list and it is higher than the one section named so far
cmd: lovgraf cite 'efter §§ 155, 158, stk. 1, og 159, stk. 2 og 3'; lovgraf cite 'straffelovens §§ 124, stk. 2, 125, 127'; lovgraf cite '§ 5, stk. 1 og 3'
contains:
→  § 158, stk. 1
→  § 159, stk. 2
→  § 159, stk. 3
→  straffeloven § 125
→  straffeloven § 127
→  § 5, stk. 3
lacks:
stk. 159
stk. 125
