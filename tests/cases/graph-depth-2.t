# --depth 2 walks a step further: what the cited provisions cite, and what cites the citing ones;
# each node has its depth, and edges join depth 1 to depth 2 (LAB § 53, stk. 1, cited, cites
# the other subsections, collapsed into ranges, and § 54)
cmd: lovgraf graph --json --depth 2 'LAB § 53, stk. 4' | python3 -c 'import json, sys; d = json.load(sys.stdin); depth = {n["id"]: n["depth"] for n in d["nodes"]}; print("depth", d["depth"], "max", max(depth.values())); print("nodes at 2:", "some" if sum(v == 2 for v in depth.values()) > 5 else "few"); print("edges 1-2:", "yes" if any({depth[e["from"]], depth[e["to"]]} == {1, 2} for e in d["edges"]) else "no"); print("center", d["nodes"][0]["ref"], d["nodes"][0]["depth"])'; lovgraf graph --depth 2 'LAB § 53, stk. 4' | python3 tests/fixtures/dot_lines.py | grep '^edge LAB § 53, stk. 1 -> '
stdout:
depth 2 max 2
nodes at 2: some
edges 1-2: yes
center LAB § 53, stk. 4 0
edge LAB § 53, stk. 1 -> LAB § 53, stk. 4 solid
edge LAB § 53, stk. 1 -> LAB § 53, stk. 2-3 solid
edge LAB § 53, stk. 1 -> LAB § 53, stk. 5-8 solid
edge LAB § 53, stk. 1 -> LAB § 54 solid
