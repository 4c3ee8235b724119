# a short name before the section; the letter suffix without a space is normalised
cmd: lovgraf cite --json --in "LAB § 1" "Det fremgår tilsvarende af SDP § 13b, stk. 5, at"
contains:
"ref":"SDP § 13 b, stk. 5"
lacks:
"ref":"LAB § 13 b, stk. 5"
