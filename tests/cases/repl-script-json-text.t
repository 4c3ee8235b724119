# in a script, "json" switches later lines to JSON and "text" back
cmd: lovgraf
stdin:
json
show LAB § 6, nr. 1
text
show LAS § 69, stk. 2
contains:
{"ref":"LAB § 6, nr. 1","doc":"LAB"
LAS § 69, stk. 2
  — lov om aktiv socialpolitik (LBK nr. 1004 af 2025-06-30)
lacks:
{"ref":"LAS § 69, stk. 2"
