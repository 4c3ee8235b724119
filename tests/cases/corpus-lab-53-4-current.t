# LAB § 53, stk. 4 has three versions; show gives the one in force today (LBK 280 of 2024) and lists the other two
cmd: lovgraf show 'LAB § 53, stk. 4'
contains:
LAB § 53, stk. 4
Tilbuddet skal dog altid være
— lov om en aktiv beskæftigelsesindsats (LBK nr. 280 af 2024-03-01)
https://www.retsinformation.dk/eli/lta/2024/280#P53S4
other versions:
LOV lta-2019-548 af 2019-05-07
LBK lta-2022-701 af 2022-05-22
lacks:
(LBK nr. 701 af 2022-05-22)
