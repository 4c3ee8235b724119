# the law in force: on a date before the first version in the index, show gives the nearest version and says that no version was in force
cmd: lovgraf --width 78 show --as-of 1990-01-01 'SDP § 21 a' && lovgraf --width 78 show --as-of 2019-01-01 'LAB § 53, stk. 4' && lovgraf --width 78 show --json --as-of 2019-01-01 'LAB § 53, stk. 4'
contains:
  status: no version in force on 1990-01-01: this is only the nearest, LBK nr.
  status: no version in force on 2019-01-01: this is only the nearest, LOV nr.
          548 af 2019-05-07
"status":"no_version_in_force","in_force":null,"nearest":{"document":"lta-2019-548"
