# the law in force, JSON: status "changed", the version in force, valid_from, and changed_by with the amending act, its date and the new text
cmd: lovgraf show --json --as-of 2026-12-01 'LAB § 109'
contains:
"as_of":"2026-12-01","status":"changed","in_force":{"document":"lta-2024-280","type":"LBK","number":"280","date":"2024-03-01"
"valid_from":"2024-03-01","valid_to":null
"changed_by":[{"document":"lta-2024-1657","type":"LOV","number":"1657","date":"2024-12-30"
"text":"§ 109. En sag kan behandles i rehabiliteringsteamet efter reglerne i kapitel 2
"certain":true,"inserted":false}],"repealed_by":null
