# show: "referred to by" lists the provisions of the law in force, not those of the 2019 and 2022 versions of LAB
cmd: lovgraf show --as-of 2026-12-01 'LAB § 6, nr. 1'
contains:
  ← LAB § 9, stk. 1, nr. 1  (cites “§ 6, nr. 1”)
more from versions not in force on 2026-12-01: --all-versions shows them)
lacks:
superseded
