# currency: a hit that no later amending act touches (LAB § 53, stk. 4: LOV 1750/2025 quotes no § 53 and abolishes nothing it speaks of) carries no act-level notice; notices go only with the provisions they touch
cmd: lovgraf ask --json --as-of 2026-12-01 --limit 1 'Skal tilbuddet være tilpasset personens helbredstilstand?'
contains:
"results":[{"ref":"LAB § 53, stk. 4"
"status":"in_force"
"changed_by":[],"repealed_by":null,"warnings":[]
lacks:
lta-2025-1750
amends this act
