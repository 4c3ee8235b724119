# ask --as-of 2022-06-03 answers with the 2022 version (LBK 701) and lists 2019 and 2024 as the other versions
cmd: lovgraf ask --json --as-of 2022-06-03 'Skal tilbuddet være tilpasset personens helbredstilstand?' > $TMP/o; echo "count=$(grep -o '"ref":"LAB § 53, stk. 4","doc"' $TMP/o | wc -l)"; cat $TMP/o
contains:
count=1
"as_of":"2022-06-03"
"results":[{"ref":"LAB § 53, stk. 4","doc":"LAB"
"text":"For personer omfattet af § 6, nr. 1-3, 7, 8 og 12, kan tilbud
"version":{"document":"lta-2022-701"
"versions":[{"document":"lta-2019-548","date":"2019-05-07"},{"document":"lta-2024-280","date":"2024-03-01"}]
lacks:
"version":{"document":"lta-2024-280"
