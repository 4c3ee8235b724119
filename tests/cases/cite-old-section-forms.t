# older texts name a section by its place: "den i nærværende Paragraf omhandlede" is the
# section itself, "i Følge næste Paragraf" the next one, "foregaaende Paragraf" the one
# before, "i Følge Paragraffen" the section cited last before it ("efter § 3"); the plural
# ("de foregaaende Paragraffer") names none. "1. pkt." alone is of the stk. it stands in:
# an edge to itself, as "nærværende Paragraf"
cmd: lovgraf --db $TMP/x.db index $FIX/act-old-section-forms.txt >/dev/null && lovgraf --db $TMP/x.db sql --tabs "SELECT s.ref||' | '||e.raw||' -> '||ifnull(d.ref,'UNRESOLVED') AS r FROM edges e JOIN provisions s ON s.id=e.src LEFT JOIN provisions d ON d.id=e.dst WHERE e.kind='cites' ORDER BY e.start, e.id"
status: 0
stdout:
r
lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 1 | nærværende Paragraf -> lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 1
lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 2 | næste Paragraf -> lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 3
lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 2 | foregaaende Paragraf -> lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 1
lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 3, stk. 2 | 1. pkt. -> lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 3, stk. 2
lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 4 | § 3 -> lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 3
lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 4 | Paragraffen -> lov om adgang til erhvervelse af mortifikationsdom paa servitutter § 3
