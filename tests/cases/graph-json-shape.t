# --json: the nodes (id, kind, ref, label, depth, count; a provision's item, a range's or group's
# members) and edges (from, to, kind, count, match) as one object, with the date and the
# references left out
cmd: lovgraf graph --json 'LAB § 53, stk. 4' | python3 -c 'import json, sys; d = json.load(sys.stdin); print(sorted(d)); print(sorted(d["nodes"][0]), d["nodes"][0]["kind"], d["nodes"][0]["item"]["ref"]); r = [n for n in d["nodes"] if n["kind"] == "range"][0]; print(r["ref"], r["count"], r["members"]); print(sorted(d["edges"][0])); print(sorted({e["kind"] for e in d["edges"]})); print(d["all_versions"], d["not_in_force"] > 0, d["left_out"])' 
stdout:
['all_versions', 'as_of', 'depth', 'edges', 'left_out', 'nodes', 'not_in_force', 'ref']
['count', 'depth', 'id', 'item', 'kind', 'label', 'ref'] provision LAB § 53, stk. 4
LAB § 6, nr. 1-5 5 ['§ 6, nr. 1', '§ 6, nr. 2', '§ 6, nr. 3', '§ 6, nr. 4', '§ 6, nr. 5']
['count', 'from', 'kind', 'match', 'to']
['cites', 'quotes']
False True 0
