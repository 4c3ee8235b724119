# show --history --as-of: the change by LOV 1657/2024 follows the version in force on the date (LBK 994/2024), diffed against it; the consolidations dated after the date are marked so
cmd: lovgraf show --history --as-of 2025-01-10 'SDP § 13 c'
contains:
  LBK nr. 994 af 2024-08-22 (lta-2024-994): first version in the index
  later change, not yet consolidated: LOV nr. 1657 af 2024-12-30 (lta-2024-1657)
  LBK nr. 97 af 2025-01-29 (lta-2025-97) (after the date asked)
