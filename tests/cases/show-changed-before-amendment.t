# the law in force: on a date before the amending act was issued, LAB § 109 is simply in force (no later change yet)
cmd: lovgraf show --json --as-of 2024-06-01 'LAB § 109'
contains:
"status":"in_force"
"changed_by":[]
lacks:
lta-2024-1657
