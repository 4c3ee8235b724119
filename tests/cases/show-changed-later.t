# the law in force: LAB § 109 in LBK 280/2024 is given new wording by LOV 1657 of 30 December 2024 (not yet consolidated): show says so in one line and quotes the new text
cmd: lovgraf show --as-of 2026-12-01 'LAB § 109'
contains:
  — lov om en aktiv beskæftigelsesindsats (LBK nr. 280 af 2024-03-01)
  status: changed later by LOV nr. 1657 af 2024-12-30, not yet consolidated
    new wording by LOV nr. 1657 af 2024-12-30 (lta-2024-1657):
      § 109. En sag kan behandles i rehabiliteringsteamet efter reglerne i
