# a range of chapters ("kapitel 11-14") names every chapter of the act in it, not only the first
cmd: lovgraf cite --in 'LAB § 53, stk. 2' 'personer omfattet af kapitel 11-14 og kapitel 16'
contains:
→  LAB kapitel 11
→  LAB kapitel 12
→  LAB kapitel 13
→  LAB kapitel 14
→  LAB kapitel 16
lacks:
LAB kapitel 15
