# check uses the timeline: a quotation of LAB § 109 as the version in force has it matches, and the note says that LOV 1657/2024 gives it new wording, not yet consolidated
cmd: lovgraf check --as-of 2025-03-10 $FIX/check-old-wording.txt
contains:
✓ LAB § 109 (afsnit 1) — quotation matches LBK nr. 280 af 2024-03-01: LOV
nr. 1657 af 2024-12-30 gives it new wording, not yet in a consolidated
