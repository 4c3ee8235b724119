# the law in force: an amending act that amends three acts (LOV 1657/2024: sygedagpengeloven, LAB, LOB) — each quoted text is attributed to the act whose old section it is most like: § 13 c to SDP, § 109 to LAB (on a date before the next consolidation of SDP)
cmd: lovgraf show --json --as-of 2025-01-10 'lta-2024-1657 § 13 c' && lovgraf show --json --as-of 2025-01-10 'lta-2024-1657 § 109'
contains:
"status":"amendment"
"amends":{"act":"SDP","section":"13 c","certain":true,"inserted":false}
"amends":{"act":"LAB","section":"109","certain":true,"inserted":false}
