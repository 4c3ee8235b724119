# references as people type them: a chapter (kapitel, kap., chapter) lists its sections with their first words (JSON: "sections"); paragraf / section for §; a document by number and date (bekendtgørelse nr. 2409 af 13. december 2021 § 1, lovbekendtgørelse nr. 280 af 1. marts 2024 § 53, stk. 4); the date and kind must be those of the document with that number; an ELI address, with or without the host, with a fragment or for the whole document; what is not in the index is named
cmd: lovgraf show 'LAB kap. 19' | sed -n '1p;6,8p'; lovgraf show 'LAB chapter 19' | head -1; lovgraf --json show 'LAB kapitel 19' | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["kind"], len(d["sections"]), d["sections"][0]["ref"])'; for r in 'LAB paragraf 18' 'SDP section 21 a' 'bekendtgørelse nr. 2409 af 13. december 2021 § 1' 'lovbekendtgørelse nr. 280 af 1. marts 2024 § 53, stk. 4' 'https://www.retsinformation.dk/eli/lta/2024/280#P53S4' 'eli/lta/2022/701#P53S4' 'https://www.retsinformation.dk/eli/lta/2024/280'; do lovgraf show "$r" | head -1; done; for r in 'LAB paragraf 21 a' 'lov nr. 9999 af 1. januar 2020 § 1' 'bekendtgørelse nr. 280 af 5. juli 2024 § 53, stk. 4' 'lov nr. 280 af 1. marts 2024 § 53' 'https://evil.example/eli/lta/2024/280#P53S4' 'https://www.retsinformation.dk/eli/lta/2024/280#P999'; do lovgraf show "$r"; echo "exit $?"; done
stdout:
LAB kapitel 19
sections (6):
  LAB § 112  Ressourceforløb med tilhørende ressourceforløbsydelse efter kapi…
  LAB § 113  Ressourceforløbet kan bestå af tilbud efter kapitel 11, 12 og 14…
LAB kapitel 19
chapter 6 LAB § 112
LAB § 18
SDP § 21 a
BEK sundhedskoordinator § 1
LAB § 53, stk. 4
LAB § 53, stk. 4
LAB § 53, stk. 4
LAB
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
stderr:
lovgraf: LAB § 21 a is not in the index: no such provision in any version of lov om en aktiv beskæftigelsesindsats
lovgraf: 'lov nr. 9999 af 1. januar 2020 § 1' names a document that is not in the index (lov nr. 9999 af 1. januar 2020)
lovgraf: 'bekendtgørelse nr. 280 af 5. juli 2024' is not in the index: its number is that of LBK nr. 280 af 2024-03-01 (lta-2024-280)
lovgraf: 'lov nr. 280 af 1. marts 2024' is not in the index: its number is that of LBK nr. 280 af 2024-03-01 (lta-2024-280)
lovgraf: 'https://evil.example/eli/lta/2024/280#P53S4' is not an ELI address of www.retsinformation.dk
lovgraf: no provision in the index has the ELI address 'https://www.retsinformation.dk/eli/lta/2024/280#P999' (/eli/lta/2024/280#P999)
