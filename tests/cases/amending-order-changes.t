# the law in force: an amending executive order ("Bekendtgørelse om ændring af bekendtgørelse om ...") gives § 2 of the order new wording (changed later); its own commencement rule (§ 3) is no change of the order amended
cmd: lovgraf --db $TMP/x.db index $FIX/amending-order >/dev/null && lovgraf --db $TMP/x.db show --as-of 2031-01-01 'bekendtgørelse om prøvning af cykelhjelme i skoler § 2' && lovgraf --db $TMP/x.db sql "SELECT act, section, certain FROM changes"
contains:
  status: changed later by BEK nr. 9102 af 2030-06-20, not yet consolidated
      § 2. Prøvningen foretages af en lærer eller en pædagog, som skolen
bekendtgørelse om prøvning af cykelhjelme i skoler	2	1
lacks:
bekendtgørelse om prøvning af cykelhjelme i skoler	3
