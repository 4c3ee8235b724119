# in a "§§" list, a bare number after a subsection is another section whenever it is higher than the
# current section and not its next subsection, also after two or more sections ("233, stk. 1, 235");
# "stk. 10 og 11" stay subsections, and so do numbers lower than the section
cmd: lovgraf cite 'straffelovens §§ 124, stk. 2, 125, 127, stk. 1, 233, stk. 1, 235, 266'; lovgraf cite '§§ 968, stk. 1, 969, stk. 2, 970 og 974'; lovgraf cite '§§ 3 og 9, stk. 10 og 11'; lovgraf cite '§§ 762, 764, stk. 1, 3 og 4, 765'; lovgraf cite '§§ 63 b, stk. 2, 63 c'
contains:
→  straffeloven § 233, stk. 1
→  straffeloven § 235
→  straffeloven § 266
→  § 969, stk. 2
→  § 970
→  § 974
→  § 9, stk. 10
→  § 9, stk. 11
→  § 764, stk. 3
→  § 764, stk. 4
→  § 765
→  § 63 c
lacks:
stk. 235
stk. 974
stk. 765
stk. 266
