# documents outside Danish statute law, named so that they are identified, are documents of
# their own known only by citation (type EXT, not in the corpus), with the article cited: an EU
# act by number (the issuer and "nr." are not part of its name), by title ("forordningen om digitale
# markeder") or back ("Direktivets artikel 5 og 7": the directive named before); a convention,
# royal resolution, ordinance or circular by date; a guideline by its one-word name with a
# part ("Budgetvejledningens pkt. 2.5.3-2.5.5"). "artikel 5" with no such document named is
# no citation, and a lower-case one-word name with no part is none either. The article may
# follow the name after a comma ("forordning (EU) 2019/1122, art. 30"); a subparagraph ("1.
# afsnit") is below what is linked and does not end a list of articles. "bilag 1 til denne lov" is an
# annex of the act itself, unresolved (NULL: the corpus holds no annex text; cite-annex)
cmd: lovgraf --db $TMP/x.db index $FIX/act-foreign-documents.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED')||' ['||dd.type||']' AS r FROM edges e LEFT JOIN provisions d ON d.id=e.dst LEFT JOIN documents dd ON dd.id=d.doc WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
artikel 92, stk. 1, litra c, i forordning (EU) nr. 575/2013 -> forordning (eu) 575/2013 artikel 92, stk. 1, litra c [EXT]
artikel 3, stk. 1, i Europa-Parlamentets og Rådets forordning (EU) 2019/880 -> forordning (eu) 2019/880 artikel 3, stk. 1 [EXT]
artikel 38 i forordningen om digitale markeder -> forordningen om digitale markeder artikel 38 [EXT]
stk. 1 -> lov om kapitalkrav § 1, stk. 1 [LOV]
Rådets direktiv 92/43/EØF -> direktiv 92/43/eøf [EXT]
Direktivets artikel 5 og 7 -> direktiv 92/43/eøf artikel 5 [EXT]
Direktivets artikel 5 og 7 -> direktiv 92/43/eøf artikel 7 [EXT]
Kongelig resolution af 21. januar 2021 -> kongelig resolution af 21. januar 2021 [EXT]
Forordning af 5. Marts 1845 -> forordning af 5. marts 1845 [EXT]
Budgetvejledningens pkt. 2.5.3-2.5.5 -> budgetvejledningen punkt 2.5.3-2.5.5 [EXT]
NULL
Rådsafgørelsen om oprettelse af Den Europæiske Politienhed -> rådsafgørelsen om oprettelse af den europæiske politienhed [EXT]
konvention af 24. november 2016 -> konvention af 24. november 2016 [EXT]
Cirkulære nr. 12 af 5. marts 1990 -> cirkulære nr. 12 af 5. marts 1990 [EXT]
§ 1, stk. 2 -> lov om kapitalkrav § 1, stk. 2 [LOV]
forordning (EU) 2019/1122, art. 30 -> forordning (eu) 2019/1122 artikel 30 [EXT]
artikel 6, stk. 4, 1. afsnit, og artikel 11, stk. 4, 1. afsnit, i forordning (EU) nr. 1303/2013 -> forordning (eu) 1303/2013 artikel 6, stk. 4 [EXT]
artikel 6, stk. 4, 1. afsnit, og artikel 11, stk. 4, 1. afsnit, i forordning (EU) nr. 1303/2013 -> forordning (eu) 1303/2013 artikel 11, stk. 4 [EXT]
