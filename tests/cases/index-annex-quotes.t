# the annex's quotations become "quotes" edges with the quoted text, attributed to what the sentence names (SDP § 13, the executive order's § 3, the guideline's afsnit 5); a quote split over two <p> cells is joined
cmd: lovgraf --db $TMP/x.db index $FIX/letter-annex-table.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT count(*) AS n FROM edges WHERE kind='quotes'; SELECT ifnull(t_act,'-')||' | '||ifnull(t_section,'-')||' | '||ifnull(t_part,'-')||' | '||replace(quote,char(10),' ') AS row FROM edges WHERE kind='quotes' ORDER BY id"
contains:
4
SDP | 13 | - | Kommunen skal afholde den første opfølgningssamtale inden udgangen af 8. uge
BEK opfølgning sygedagpenge | 3 | - | Samtalen kan holdes telefonisk, hvis
BEK opfølgning sygedagpenge | 3 | - | samtalen altid skal tilpasses borgerens situation
| afsnit 5 | Kommunen kan indhente en lægeattest, når det er nødvendigt for opfølgningen i sagen
