# a § with no act of its own that goes on with a list whose act is named keeps that act, also after a short
# description of what the one before is about; after a full stop it does not
cmd: lovgraf cite --in 'LAB § 5' 'Lov om aktiv socialpolitik § 24 om valgmåde, §§ 25 og 26 om udvalg, § 28 og § 29, stk. 1, finder anvendelse.'; lovgraf cite --in 'LAB § 5' 'efter § 12 i lov om aktiv socialpolitik. Efter § 13 gælder'
contains:
→  LAS § 24
→  LAS § 25
→  LAS § 26
→  LAS § 28
→  LAS § 29, stk. 1
→  LAB § 13
lacks:
→  LAB § 25
→  LAS § 13
