# refs --all-versions: the referring provisions of every version, each labelled with its version when it is not the one in force
cmd: lovgraf refs --all-versions --as-of 2026-12-01 --to 'LAB § 53, stk. 4'
contains:
7 provisions refer to LAB § 53, stk. 4:
  ← LAB § 53, stk. 1  (cites “stk. 2-8 og § 54”)
  ← LAB § 53, stk. 1  (cites “stk. 2-7 og § 54”)
      status: superseded: the version of 2019-05-07; in force on 2026-12-01 is
