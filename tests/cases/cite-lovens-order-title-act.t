# "Lovens § 9" in an executive order whose title is the subject of an act ("Bekendtgørelse
# om retssikkerhed og administration på det sociale område") is of that act, even when the
# order names another act more often (lov om social service, in every item); and "jf. § 11,
# stk. 1, nr. 2, og § 12 a" right after "Lovens § 11 b" is of the same act, not the order's
cmd: lovgraf --db $TMP/x.db index $FIX/act-social-legal-rights.txt $FIX/act-social-service-short.txt $FIX/order-named-act-subject.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT s.ref||' | '||e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' AND s.ref LIKE 'bekendtgørelse%' AND e.raw LIKE '%§%' ORDER BY e.id"
status: 0
stdout:
r
bekendtgørelse om retssikkerhed og administration på det sociale område § 1, stk. 2 | § 79 a i lov om social service -> serviceloven § 79 a
bekendtgørelse om retssikkerhed og administration på det sociale område § 2 | lov om social service § 79 a -> serviceloven § 79 a
bekendtgørelse om retssikkerhed og administration på det sociale område § 1, stk. 2 | Lovens § 9 -> retssikkerhedsloven § 9
bekendtgørelse om retssikkerhed og administration på det sociale område § 1, stk. 3 | Lovens § 11, stk. 1, nr. 2, § 11 b -> retssikkerhedsloven § 11, nr. 2
bekendtgørelse om retssikkerhed og administration på det sociale område § 1, stk. 3 | Lovens § 11, stk. 1, nr. 2, § 11 b -> retssikkerhedsloven § 11 b
bekendtgørelse om retssikkerhed og administration på det sociale område § 1, stk. 3 | § 11, stk. 1, nr. 2, og § 12 a -> retssikkerhedsloven § 11, nr. 2
bekendtgørelse om retssikkerhed og administration på det sociale område § 1, stk. 3 | § 11, stk. 1, nr. 2, og § 12 a -> retssikkerhedsloven § 12 a
