# every --json output is valid UTF-8 JSON: bytes that are not UTF-8 in arguments and file names come
# out as \ufffd, a number JSON cannot write (1e999) as null, a BLOB as the string "x'00ff'"
cmd: bad=$(printf 'fleksjob \377\376 ja'); v() { python3 -c 'import json,sys; d=sys.stdin.buffer.read(); d.decode("utf-8"); json.loads(d); print("valid")' 2>&1 | tail -1; }; lovgraf --json ask "$bad" | v; lovgraf --json cite "§ 53 $bad" | v; lovgraf --json sql "SELECT '$bad' AS x" | v; cp "$CORPUS/seeds/002_72278e173f068d6f.txt" "$TMP/$(printf 'svar\377.txt')"; lovgraf --json check "$TMP/$(printf 'svar\377.txt')" | v; lovgraf --json sql "SELECT 1e999 AS big, x'00ff' AS b, -1e999 AS small"
stdout:
valid
valid
valid
valid
{"columns":["big","b","small"],"results":[{"big":null,"b":"x'00ff'","small":null}]}
