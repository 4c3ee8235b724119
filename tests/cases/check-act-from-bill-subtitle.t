# a bill's title with a subtitle of its own in parentheses, after an em dash ("(L 41 —
# Forslag til lov om ændring af lov om sygedagpenge (Forlængelse af perioden))"): the
# case and the whole title are read, and the bare "§ 27 og 29" is read in lov om sygedagpenge
cmd: lovgraf --json check $FIX/check-act-from-bill-subtitle.txt | python3 -c 'import json,sys; d=json.load(sys.stdin); m=d["documents"][0]; print(m["case"], "|", m["bill"]); print([(x["ref"], x["status"], x["act_inferred"]) for x in d["results"] if x["status"] != "not mentioned"])'
status: 0
stdout:
L 41 | Forslag til lov om ændring af lov om sygedagpenge (Forlængelse af perioden)
[('SDP § 27', 'cited', True), ('SDP § 29', 'cited', True)]
