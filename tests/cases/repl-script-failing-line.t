# a script with a failing line: the error names the line, the other lines' output is still printed, exit 1 (README: a script line failed)
cmd: lovgraf
status: 1
stdin:
show LAB § 6, nr. 1
show LAB § 9999
show LAS § 69, stk. 2
contains:
LAB § 6, nr. 1
LAS § 69, stk. 2
  Afviser en person at modtage behandling
stderr:
LAB § 9999 is not in the index
script line 2 failed
