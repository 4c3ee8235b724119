#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS -- runs every fuzz target (build/fuzz/fuzz-*) for SECONDS each.
#
# Seeds come from ../shared/corpus (statutes, the seed letters, citations and references of the
# eval cases, quotations with their provisions); what the fuzzer finds new is kept in
# build/fuzz/corpus-TARGET for the next run; tests/fuzz/regressions/TARGET holds the inputs of
# past findings (each a seed of every run). Inputs may be up to 1 MiB, so that super-linear
# work shows (the harness aborts on more than 40 us a byte). A crash, a sanitizer report, a
# leak, a timeout or super-linear time is a finding: its input is saved as
# build/fuzz/finding-TARGET-*. Prints one line per target, then "fuzz: N passed, N failed";
# exits 1 on any finding.
set -u
cd "$(dirname "$0")/../.."
secs=${1:-60}
corpus=../shared/corpus
out=build/fuzz
mkdir -p "$out"

seed() { # seed TARGET: fills $out/seeds-TARGET once
	local d=$out/seeds-$1
	[ -d "$d" ] && return
	mkdir -p "$d"
	case $1 in
	statute) cp "$corpus"/statutes/*.txt "$d"/ ;;
	letter) cp "$corpus"/seeds/*.txt "$d"/ ;;
	pdflayout)   # -layout text: the fixture, and the seed letters as pages (form feeds, columns)
		cp tests/fixtures/pdf-layout.txt "$d"/
		for f in "$corpus"/seeds/*.txt; do
			awk 'NR % 40 == 0 { printf "\f" } { printf "%-60s%s\n", $0, (NR % 7 ? "" : "   Side " NR) }' \
				"$f" >"$d/$(basename "$f")"
		done
		;;
	cite)   # single provisions' texts, and a whole statute
		python3 - "$corpus" "$d" <<'PY'
import glob, json, os, sys
corpus, d = sys.argv[1:]
n = 0
for f in sorted(glob.glob(corpus + "/statutes/*.txt"))[:6]:
    for line in open(f, encoding="utf-8"):
        if line.startswith("§") and len(line) > 80:
            open(os.path.join(d, "p%04d" % n), "w").write(line)
            n += 1
for line in open("../shared/eval/cite.jsonl", encoding="utf-8"):
    c = json.loads(line)
    open(os.path.join(d, "c%04d" % n), "w").write(c.get("text") or c.get("q") or "")
    n += 1
PY
		cp "$(ls "$corpus"/statutes/*.txt | head -1)" "$d"/whole ;;
	ref)
		i=0
		for r in 'LAB § 53, stk. 4' '§ 18 a i lov om social pension' 'lov om sygedagpenge § 21 a' \
			'SDP § 13b, stk. 5' 'LAB kapitel 11' 'lta-2022-701 § 53' 'SDP § 13b stk 5' 'LAB 53, stk. 4' \
			'LAS § 69, stk. 2, nr. 1' 'spm. nr. 497 (alm. del), afsnit 2' 'LAB §§ 53-54'; do
			printf '%s' "$r" >"$d/r$((i++))"
		done ;;
	align)   # a quotation, NUL, the provision it quotes (and a changed one)
		python3 - "$corpus" "$d" <<'PY'
import glob, os, sys
corpus, d = sys.argv[1:]
n = 0
for f in sorted(glob.glob(corpus + "/statutes/*.txt"))[:4]:
    for line in open(f, encoding="utf-8"):
        if line.startswith("§") and 120 < len(line) < 4000 and n < 60:
            words = line.split()
            q = " ".join(words[3:3 + len(words) // 2])
            open(os.path.join(d, "a%03d" % n), "wb").write(q.encode() + b"\0" + line.encode())
            n += 1
PY
		;;
	esac
}

# the ref target's index, built afresh (a second): one of an older schema is refused
rm -f "$out/ref.db"
build/lovgraf --db "$out/ref.db" index --quiet >/dev/null ||
	{ echo "fuzz: cannot build the index of the ref target"; exit 1; }
passed=0 failed=0
for t in cite statute letter ref align pdflayout; do
	seed "$t"
	mkdir -p "$out/corpus-$t"
	ln -f "$out/lovgraf-fuzz" "$out/fuzz-$t"
	log=$out/fuzz-$t.log
	regress=tests/fuzz/regressions/$t   # inputs that once were findings: seeds for ever
	[ -d "$regress" ] || regress=
	LOVGRAF_FUZZ_DB=$out/ref.db ASAN_OPTIONS=detect_leaks=1 \
		UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		"$out/fuzz-$t" -max_total_time="$secs" -max_len=1048576 -timeout=60 -rss_limit_mb=4096 \
		-print_final_stats=1 -artifact_prefix="$out/finding-$t-" \
		"$out/corpus-$t" "$out/seeds-$t" $regress >"$log" 2>&1
	rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	if [ "$rc" = 0 ]; then
		echo "fuzz $t: ${runs:-?} runs in $secs s, no finding"
		passed=$((passed + 1))
	else
		echo "FAIL fuzz $t: exit $rc after ${runs:-?} runs; see $log and $out/finding-$t-*"
		grep -m3 -E 'ERROR|SUMMARY|runtime error|super-linear' "$log" | sed 's/^/  /'
		failed=$((failed + 1))
	fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" = 0 ]
