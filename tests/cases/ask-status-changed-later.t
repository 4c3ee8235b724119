# currency: a hit in a section that a later amending act gives new wording (LAB § 109 by LOV 1657 of 30 December 2024) says so, with the new text
cmd: lovgraf ask --json --as-of 2026-12-01 --limit 3 'Hvornår skal en sag om jobafklaringsforløb behandles i rehabiliteringsteamet?'
contains:
"ref":"LAB § 109, stk. 1"
"status":"changed"
"changed_by":[{"document":"lta-2024-1657","type":"LOV","number":"1657","date":"2024-12-30"
"text":"§ 109. En sag kan behandles i rehabiliteringsteamet
"certain":true,"inserted":false}]
changed later by LOV nr. 1657 af 2024-12-30, not yet consolidated
