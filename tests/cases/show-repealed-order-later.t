# the law in force: between the repealing order's issue (13 January 2026) and its entry into force (1 February 2026) the order is in force, to be repealed
cmd: lovgraf --width 78 show --as-of 2026-01-20 'BEK sundhedskoordinator § 1'
contains:
  status: in force on 2026-01-20 (BEK nr. 2409 af 2021-12-13); to be repealed
          by BEK nr. 58 af 2026-01-13 from 2026-02-01
