# check --json: each provision compared with carries its state on the letter's date (timeline): LAB § 53, stk. 4 in force in LBK 701/2022 on 3 June 2022; SDP § 21 a has no version in force then (the corpus has LBK 994/2024 only)
cmd: lovgraf check --json $CORPUS/seeds/002_72278e173f068d6f.txt
status: 1
contains:
"ref":"LAB § 53, stk. 4"
"timeline":{"status":"in_force","in_force":{"document":"lta-2022-701"
"timeline":{"status":"no_version_in_force","in_force":null,"nearest":{"document":"lta-2024-994"
