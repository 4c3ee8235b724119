# the law in force: sygedagpengeloven § 79 (Beskæftigelsesrådet) is in LBK 97/2025 but not in the later LBK 1221/2025: shown as repealed, not as in force
cmd: lovgraf show --as-of 2026-12-01 'SDP § 79' && lovgraf show --json --as-of 2026-12-01 'SDP § 79'
contains:
  status: repealed: not in the versions from LBK nr. 1221 af 2025-10-09 on
"status":"repealed"
"repealed_by":{"document":"lta-2025-1221"
"how":"not_in_version"
