# a section of a new act that amends an act it names by number, date and title ("§ 18. I lov
# nr. 563 af 9. juni 2006 om sygedagpenge, ... foretages følgende ændringer: 1 § 38, stk. 4,
# affattes således: ... 2 I § 38 indsættes efter stk. 4 ...: Stk. 5-7 bliver herefter stk. 6-8"):
# that version is not indexed, so its instructions are of the act its title names, in the
# version indexed; a bare stk. after a § of the instructions is that §'s; the act's own title
# in the quoted text is the act itself (a title longer than 127 bytes is not cut short)
cmd: lovgraf --db $TMP/x.db index $FIX/act-sickness-benefit-2011.txt $FIX/act-amending-section-numbered.txt >/dev/null 2>&1 && lovgraf --db $TMP/x.db sql --tabs "SELECT e.raw||' -> '||ifnull(d.ref,'UNRESOLVED '||e.t_act) AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' AND s.ref LIKE '% § 18%' ORDER BY e.start, e.id"
status: 0
contains:
lov nr. 9563 af 9. juni 2006 om sygedagpenge -> SDP
§ 38, stk. 4 -> SDP § 38, stk. 4
§ 38 -> SDP § 38
stk. 4 -> SDP § 38, stk. 4
§ 5 i lov om digital indberetningsløsning til brug for anmeldelse af sygefravær samt anmodning om refusion af sygedagpenge og dagpenge efter barselloven -> lov om digital indberetningsløsning til brug for anmeldelse af sygefravær samt anmodning om refusion af sygedagpenge og dagpenge efter barselloven § 5
Stk. 5-7 -> SDP § 38, stk. 5
Stk. 5-7 -> SDP § 38, stk. 6
Stk. 5-7 -> SDP § 38, stk. 7
§ 38, stk. 6 -> SDP § 38, stk. 6
stk. 7 -> SDP § 38, stk. 7
lacks:
-> lov om digital indberetningsløsning til brug for anmeldelse af sygefravær samt anmodning om refusion af sygedagpenge og dagpenge efter barselloven § 18
