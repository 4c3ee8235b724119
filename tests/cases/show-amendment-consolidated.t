# the law in force: a quoted new text of an amending act that a later consolidation holds (LOV 1657/2024 § 13 c, in SDP's LBK 97 of 29 January 2025) is superseded, valid to that consolidation; before the amending act's date it is not yet in force
cmd: lovgraf show --json --as-of 2026-12-01 'lta-2024-1657 § 13 c' && lovgraf show --as-of 2024-06-01 'lta-2024-1657 § 13 c'
contains:
"status":"superseded","in_force":{"document":"lta-2025-1221"
"valid_from":"2024-12-30","valid_to":"2025-01-29"
"amends":{"act":"SDP","section":"13 c"
  status: not yet in force on 2024-06-01: this version is of 2024-12-30
