# check uses the law in force on the document's date: the 2012 answer (seed 003) gets no "not mentioned" rules from versions of 2019-2024 (none in the default corpus was in force in 2012); it says how many were left out
cmd: lovgraf check $CORPUS/seeds/003_43a2c2f504f3e947.txt && lovgraf check --json $CORPUS/seeds/003_43a2c2f504f3e947.txt
contains:
  the law as of 2012-11-21
force on 2012-11-21 in any version the index holds)
0 not mentioned
"not mentioned":0
lacks:
○ SDP § 21 a
LBK nr. 994 af 2024-08-22
