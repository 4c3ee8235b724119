# version dedupe: LAB § 53, stk. 4 (three versions in the corpus) is returned once, first, in the version in force (LBK 280/2024); 2019 and 2022 only in its versions list
cmd: lovgraf ask --json 'Skal tilbuddet være tilpasset personens helbredstilstand?' > $TMP/o; echo "count=$(grep -o '"ref":"LAB § 53, stk. 4","doc"' $TMP/o | wc -l)"; cat $TMP/o
contains:
count=1
"results":[{"ref":"LAB § 53, stk. 4","doc":"LAB"
"version":{"document":"lta-2024-280"
"versions":[{"document":"lta-2019-548","date":"2019-05-07"},{"document":"lta-2022-701","date":"2022-05-22"}]
lacks:
"version":{"document":"lta-2022-701"
"version":{"document":"lta-2019-548"
