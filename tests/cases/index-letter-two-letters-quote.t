# the quotation in the first of two letters becomes a "quotes" edge naming LAB § 53, stk. 4 (kept though LAB is not in this index)
cmd: lovgraf --db $TMP/x.db index $FIX/letter-two-letters.txt >/dev/null && lovgraf --db $TMP/x.db sql "SELECT e.kind||' | '||p.ref||' | '||e.t_act||' § '||e.t_section||', stk. '||e.t_stk||' | '||ifnull(e.quote,'-') AS row FROM edges e JOIN provisions p ON p.id=e.src ORDER BY e.kind"
stdout:
row
cites | brev 2021-10-14, afsnit 2 | LAB § 53, stk. 4 | -
quotes | brev 2021-10-14, afsnit 2 | LAB § 53, stk. 4 | Tilbuddet skal dog altid være tilpasset personens helbredstilstand
