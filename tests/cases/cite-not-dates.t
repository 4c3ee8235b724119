# dates, amounts and ordinals are not citations
cmd: lovgraf cite --json --in "LAB § 53" "Der blev den 3. juni 2022 afsat 15 mio. kr. til 3. kvartal og 1.590 kr. i 2. halvår, fra 1. januar 2022 i 13. uge."
contains:
"results":[],"unresolved":[]
