# a section of an act that amends another act ("§ 61. I lov om erhvervsdrivende fonde, jf.
# lovbekendtgørelse nr. ..., foretages følgende ændringer: 1. I § 53, stk. 3, indsættes som 2.
# pkt.: »... § 2.«"): the §§ it names without an act, in its instructions and quoted texts, are
# of the act amended, and "som 2. pkt." (where new text is put) is no citation; the act's other
# sections cite their own act
cmd: lovgraf --db $TMP/x.db index $FIX/act-foundations.txt $FIX/act-amending-section.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT s.ref||' | '||e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
lov om godkendte revisorer og revisionsvirksomheder § 2 | § 61 -> lov om godkendte revisorer og revisionsvirksomheder § 61
lov om godkendte revisorer og revisionsvirksomheder § 61, stk. 1 | lov om erhvervsdrivende fonde -> lov om erhvervsdrivende fonde
lov om godkendte revisorer og revisionsvirksomheder § 61, stk. 1 | lovbekendtgørelse nr. 9800 af 15. juni 2006 -> lov om erhvervsdrivende fonde
lov om godkendte revisorer og revisionsvirksomheder § 61, stk. 1 | § 53, stk. 3 -> lov om erhvervsdrivende fonde § 53, stk. 3
lov om godkendte revisorer og revisionsvirksomheder § 61, stk. 1 | § 2 -> lov om erhvervsdrivende fonde § 2
lov om godkendte revisorer og revisionsvirksomheder § 61, stk. 1 | § 53, stk. 2 -> lov om erhvervsdrivende fonde § 53, stk. 2
lov om godkendte revisorer og revisionsvirksomheder § 62 | § 2 -> lov om godkendte revisorer og revisionsvirksomheder § 2
