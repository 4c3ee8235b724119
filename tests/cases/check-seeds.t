# each of the five seed documents is checked without error (0 or 1), with a summary
cmd: for f in corpus/seeds/*.txt; do lovgraf check "$f" >"$TMP/out" 2>&1; s=$?; [ $s -le 1 ] && grep -q ' match, .* not mentioned' "$TMP/out" || echo "FAIL $f ($s)"; done; echo checked
stdout:
checked
