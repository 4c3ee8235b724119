# show --history: every version of LAB § 109 with its date, a word diff against the one before, and the later change by LOV 1657/2024 diffed against the version in force
cmd: lovgraf show --history --as-of 2026-12-01 'LAB § 109'
contains:
history:
  LOV nr. 548 af 2019-05-07 (lta-2019-548): first version in the index
  LBK nr. 701 af 2022-05-22 (lta-2022-701)
  LBK nr. 280 af 2024-03-01 (lta-2024-280)
    same words as the version before
  later change, not yet consolidated: LOV nr. 1657 af 2024-12-30 (lta-2024-1657)
→ “En sag kan”
