# refs --as-of: only provisions of the versions in force on the date refer; on 2019-06-01 that is LAB of 7 May 2019 (§ 53, stk. 1 then said "stk. 2-7"), not the 2022 and 2024 versions nor the 2022 annex
cmd: lovgraf refs --as-of 2019-06-01 --to 'LAB § 53, stk. 4'
contains:
1 provision refers to LAB § 53, stk. 4:
  ← LAB § 53, stk. 1  (cites “stk. 2-7 og § 54”)
  (6 more from versions not in force on 2019-06-01: --all-versions shows them)
lacks:
stk. 2-8
Bilag 1
