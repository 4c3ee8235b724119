# an act named after the section ("§ 24 a i lov om sygedagpenge") applies to it, not the context act
cmd: lovgraf cite --json --in "LAB § 1" "frem til kommunen har truffet afgørelse efter § 24 a i lov om sygedagpenge"
contains:
"ref":"SDP § 24 a"
lacks:
"ref":"LAB § 24 a"
