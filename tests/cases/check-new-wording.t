# check uses the timeline: a quotation of the new wording of LAB § 109 that LOV 1657/2024 gives (not yet consolidated) matches it, not "differs" from the version in force
cmd: lovgraf check --as-of 2025-03-10 $FIX/check-new-wording.txt
contains:
✓ LAB § 109 (afsnit 1) — quotation matches LOV nr. 1657 af 2024-12-30: its
new wording, not yet in a consolidated version; the version in force, LBK
nr. 280 af 2024-03-01, has other words
lacks:
✗ LAB § 109
