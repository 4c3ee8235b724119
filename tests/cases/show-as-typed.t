# references as people type them: "stk 5" without the dot, a comma after the act's name, no § after a short name; trailing words that are no reference are an error, not silently the parent
cmd: lovgraf show --json 'SDP § 13b stk 5' && lovgraf show --json 'lov om sygedagpenge, § 21 a' && lovgraf show --json 'LAB 53, stk. 4'
contains:
{"ref":"SDP § 13 b, stk. 5",
{"ref":"SDP § 21 a",
{"ref":"LAB § 53, stk. 4",
