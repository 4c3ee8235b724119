# --as-of 2022-06-03 gives LAB § 53, stk. 4 as LBK 701 of 2022 had it (its own text), and lists 2019 and 2024 as other versions
cmd: lovgraf show --as-of 2022-06-03 'LAB § 53, stk. 4'
contains:
— lov om en aktiv beskæftigelsesindsats (LBK nr. 701 af 2022-05-22)
https://www.retsinformation.dk/eli/lta/2022/701#P53S4
For personer omfattet af § 6, nr. 1-3, 7, 8 og 12, kan tilbud uanset stk. 1
LBK lta-2024-280 af 2024-03-01
lacks:
(LBK nr. 280 af 2024-03-01)
