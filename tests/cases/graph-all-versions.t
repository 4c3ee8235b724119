# by default the references into a provision come from the law in force (the others counted in
# the title); --all-versions draws those of every version too; --as-of picks the date
cmd: lovgraf graph --json 'LAB § 6, nr. 1' >$TMP/a; lovgraf graph --json --all-versions 'LAB § 6, nr. 1' >$TMP/b; lovgraf graph --json --as-of 2022-06-03 'LAB § 6, nr. 1' >$TMP/c; python3 -c 'import json, sys; a, b, c = (json.load(open(f)) for f in sys.argv[1:]); count = lambda d: sum(n["count"] for n in d["nodes"]); print(a["all_versions"], b["all_versions"], b["not_in_force"], count(b) > count(a), a["not_in_force"] > 0); print(c["as_of"], c["nodes"][0]["item"]["version"]["date"] <= "2022-06-03")' $TMP/a $TMP/b $TMP/c; lovgraf graph --all-versions 'LAB § 6, nr. 1' | head -2 | grep -o 'references from every version' 
stdout:
False True 0 True True
2022-06-03 True
references from every version
