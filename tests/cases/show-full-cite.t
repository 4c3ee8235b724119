# text output: each Stk. and each numbered item of a provision starts its own line (items indented under their subsection); ask cuts a long text and says how to see it (--full shows it whole); --cite adds the citation string a lawyer writes; JSON always has "citation" (null for a letter's passage)
cmd: lovgraf --width 78 show 'LAS § 69' | grep -E '^  (Stk\. [0-9]+\.|  [0-9]\)|§ 69\.)' | python3 -c 'import sys; [print(l[:l.index(l.split()[0])] + " ".join(l.split()[:4 if l.split()[0] in ("Stk.", "§") else 3])) for l in sys.stdin]'; lovgraf ask --limit 3 'pligt til at vurdere ressourceforløbsydelse' | grep -c 'cut; --full shows all of it' | awk '{print ($1 > 0)}'; lovgraf --full ask --limit 3 'pligt til at vurdere ressourceforløbsydelse' | grep -c 'cut; --full'; lovgraf --cite --width 78 show 'LAB § 53, stk. 4' | grep -A1 '^  cite as:'; lovgraf --cite refs --to 'LAB § 113, stk. 3' | grep -m1 'cite as: § 2 i bekendtgørelse'; for r in 'LAB § 53, stk. 4' 'lta-2019-548 § 53' 'BEK sundhedskoordinator § 1' 'spm. nr. 497 (alm. del)'; do lovgraf --json show "$r" | python3 -c 'import json,sys; print(json.load(sys.stdin)["citation"])'; done
stdout:
  § 69. Det er
  Stk. 2. Afviser en
  Stk. 3. Kommunen har
    1) ikke deltager
    2) afslår et
    3) udebliver fra
    4) undlader at
    5) undlader at
  Stk. 4. § 13,
  Stk. 5. En person
  Stk. 6. En person,
  Stk. 7. For personer,
  Stk. 8. Beskæftigelsesministeren fastsætter
  Stk. 9. Beskæftigelsesministeren kan
1
0
  cite as: § 53, stk. 4, i lov om en aktiv beskæftigelsesindsats, jf.
           lovbekendtgørelse nr. 280 af 1. marts 2024
      cite as: § 2 i bekendtgørelse nr. 2409 af 13. december 2021 om ret til samtale med sundhedskoordinator og koordinerende sagsbehandler for personer i ressourceforløb
§ 53, stk. 4, i lov om en aktiv beskæftigelsesindsats, jf. lovbekendtgørelse nr. 280 af 1. marts 2024
§ 53 i lov nr. 548 af 7. maj 2019 om en aktiv beskæftigelsesindsats
§ 1 i bekendtgørelse nr. 2409 af 13. december 2021 om ret til samtale med sundhedskoordinator og koordinerende sagsbehandler for personer i ressourceforløb
None
