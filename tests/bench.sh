#!/usr/bin/env bash
# tests/bench.sh -- timing targets, checked here and never in unit tests.
#
#   indexing the default corpus            under 10 s
#   `ask`, median over the eval questions   under 300 ms
#   ranking: MRR over ../shared/eval/questions.jsonl   at least 0.80
#            MRR over tests/eval/field-questions.jsonl at least 0.60
#            MRR over tests/eval/letter-questions.jsonl at least 0.60 (answers' passages)
#            (the same with --bm25, plain FTS5 ranking, is printed as the baseline)
#   check's restated over tests/eval/restated-answers.jsonl: reported (precision, recall)
#   indexing all of Danish law (dk-all) with the default corpus beside it
#                                           under 20 min, peak memory under 1 GiB
#     (skipped with BENCH_QUICK=1; unpacks ../shared/corpus/dk-all.tar.xz to /tmp)
#     and, measured in the same run and printed as ratios: a bare SQLite FTS5 load
#     of the same files (time, size) and `ask` on dk-all against a bare FTS5 query;
#     `show`, `refs`, `cite` on dk-all (median, target 10 ms, the scale issue's);
#     `show`, `refs` over 44 provisions of dk-all (median and max);
#     the ranking on that haystack (score.py, and the BM25 baseline beside it), also
#     over tests/eval/all-law-questions.jsonl (120 questions of all of Danish law);
#     the citation extractor alone on the dk-all texts (build/cite_speed, MB/s);
#     and the growth of index time and size: 1,000, 5,000 and all documents
#
# Prints the figures and "N passed, N failed" over the targets.
set -u
cd "$(dirname "$0")/.."
BIN=build/lovgraf
DB=/tmp/lovgraf-bench.db
passed=0 failed=0
target() { # target NAME VALUE LIMIT UNIT
	if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v <= l) }'; then
		passed=$((passed + 1)); echo "ok   $1: $2 $4 (target ≤ $3)"
	else
		failed=$((failed + 1)); echo "FAIL $1: $2 $4 (target ≤ $3)"
	fi
}
now() { date +%s.%N; }

t0=$(now)
$BIN --db "$DB" index >/dev/null
t1=$(now)
target "index default corpus" "$(echo "$t1 - $t0" | bc)" 10 s

ask_median() { # ask_median DB -> the median ms of `ask` over the eval questions, and their number
	local times=() s e
	while IFS= read -r q; do
		s=$(now)
		$BIN --db "$1" ask --json --limit 10 "$q" >/dev/null
		e=$(now)
		times+=("$(echo "($e - $s) * 1000" | bc)")
	done < <(python3 -c 'import json,sys
for l in open("../shared/eval/questions.jsonl"):
    l=l.strip()
    if l: print(json.loads(l)["q"])')
	printf '%s\n' "${times[@]}" | sort -n |
		awk '{a[NR]=$1} END {print ((NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), NR}'
}
read -r median nq < <(ask_median "$DB")
target "ask median over $nq questions" "$median" 300 ms

mrr() { # mrr LOVGRAF-COMMAND FILE -> the MRR score.py reports
	python3 ../shared/eval/score.py --lovgraf "$1" --db "$DB" "$2" | sed -n 's/^MRR \([0-9.]*\).*/\1/p'
}
for f in ../shared/eval/questions.jsonl tests/eval/field-questions.jsonl tests/eval/letter-questions.jsonl; do
	echo "     baseline, plain BM25 on $(basename "$f"): MRR $(mrr "$BIN --bm25" "$f")"
done
at_least() { # at_least NAME VALUE FLOOR
	if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v >= l) }'; then
		passed=$((passed + 1)); echo "ok   $1: $2 (target ≥ $3)"
	else
		failed=$((failed + 1)); echo "FAIL $1: $2 (target ≥ $3)"
	fi
}
at_least "MRR on the eval questions" "$(mrr "$BIN" ../shared/eval/questions.jsonl)" 0.80
at_least "MRR on the field questions" "$(mrr "$BIN" tests/eval/field-questions.jsonl)" 0.60
at_least "MRR on the letter questions" "$(mrr "$BIN" tests/eval/letter-questions.jsonl)" 0.60
# check's restated: answers that restate a rule and answers that only mention a topic
restated_score() { # restated_score DB -> the score line of score_restated.py
	LOVGRAF_DB="$1" python3 tests/eval/score_restated.py --lovgraf "$BIN" tests/eval/restated-answers.jsonl | tail -1
}
echo "     check's restated, default corpus: $(restated_score "$DB")"

if [ "${BENCH_QUICK:-0}" != 1 ]; then
	[ -d /tmp/dk-all ] || tar -xJf ../shared/corpus/dk-all.tar.xz -C /tmp
	# the growth: a fixed random sample of 1,000 and of 5,000 documents first
	for k in 1000 5000; do
		rm -rf "/tmp/dk-$k" && mkdir "/tmp/dk-$k"
		ls /tmp/dk-all | shuf -n "$k" --random-source=<(yes) | sed 's|^|/tmp/dk-all/|' | xargs ln -s -t "/tmp/dk-$k"
		/usr/bin/time -f '%e' -o /tmp/lovgraf-bench.time $BIN --db /tmp/lovgraf-dk$k.db index --quiet "/tmp/dk-$k" >/dev/null 2>&1
		echo "     growth: $k documents: $(tail -1 /tmp/lovgraf-bench.time) s, $(($(stat -c %s /tmp/lovgraf-dk$k.db) / 1048576)) MiB"
		rm -f /tmp/lovgraf-dk$k.db
	done
	/usr/bin/time -f '%e %M' -o /tmp/lovgraf-bench.time $BIN --db /tmp/lovgraf-dkall.db index ../shared/corpus/seeds ../shared/corpus/statutes /tmp/dk-all >/tmp/lovgraf-bench.out 2>/tmp/lovgraf-bench.err
	read -r secs kb < <(tail -1 /tmp/lovgraf-bench.time)   # time says "Command exited ..." first when files were skipped
	tail -1 /tmp/lovgraf-bench.out
	target "index dk-all" "$secs" 1200 s
	target "index dk-all peak memory" "$((kb / 1024))" 1024 MiB
	# the baseline, in the same run: a bare SQLite FTS5 load of the same files
	rm -f /tmp/lovgraf-bare.db
	b0=$(now)
	(cd /tmp && sqlite3 /tmp/lovgraf-bare.db "CREATE VIRTUAL TABLE t USING fts5(name, body, tokenize='unicode61 remove_diacritics 0'); INSERT INTO t SELECT name, readfile(name) FROM fsdir('dk-all') WHERE name LIKE '%.txt';")
	b1=$(now)
	bare=$(echo "$b1 - $b0" | bc)
	size=$(stat -c %s /tmp/lovgraf-dkall.db)
	bsize=$(stat -c %s /tmp/lovgraf-bare.db)
	echo "     baseline, bare FTS5 load of dk-all: $bare s, $((bsize / 1048576)) MiB"
	echo "     ratio to it: index $(echo "scale=1; $secs / $bare" | bc)x, database $(echo "scale=1; $size / $bsize" | bc)x ($((size / 1048576)) MiB)"
	read -r dkmed dkn < <(ask_median /tmp/lovgraf-dkall.db)
	s=$(now)
	sqlite3 /tmp/lovgraf-bare.db "SELECT name FROM t WHERE t MATCH 'ressourceforløb OR førtidspension' ORDER BY rank LIMIT 10" >/dev/null
	e=$(now)
	bq=$(echo "($e - $s) * 1000" | bc)
	echo "     ask on dk-all: median $dkmed ms over $dkn questions; a bare FTS5 query $bq ms (ratio $(echo "scale=0; $dkmed / $bq" | bc)x)"
	cmd_median() { # cmd_median ARGS... -> the median ms of five runs of lovgraf ARGS on dk-all
		local times=() s e
		for _ in 1 2 3 4 5; do
			s=$(now)
			$BIN --db /tmp/lovgraf-dkall.db "$@" >/dev/null
			e=$(now)
			times+=("$(echo "($e - $s) * 1000" | bc)")
		done
		printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
	}
	echo "     on dk-all: show $(cmd_median show 'LAB § 53, stk. 4') ms, refs $(cmd_median refs --to 'LAB § 53, stk. 4') ms, cite $(cmd_median cite --in 'LAB § 53, stk. 2' 'omfattet af § 6, nr. 1 og 2, i lov om social pension') ms (target ≤ 10 ms)"
	sample_times() { # sample_times COMMAND... -> median and max ms of lovgraf COMMAND REF over
		# 40 provisions of versions in force (a fixed pseudo-random draw) and four much-cited ones
		local s e
		{ sqlite3 /tmp/lovgraf-dkall.db "SELECT p.ref FROM provision_rows p JOIN documents d ON d.id=p.doc
			WHERE d.latest AND d.in_corpus AND NOT d.is_letter AND p.kind IN ('section','stk')
			ORDER BY (p.id * 2654435761) % 1000003 LIMIT 40"
		  printf '%s\n' 'LAB § 2' 'LAS § 69' 'LAB § 53, stk. 4' 'sygedagpengeloven § 7'; } |
		while IFS= read -r ref; do
			s=$(now)
			$BIN --db /tmp/lovgraf-dkall.db "$@" "$ref" >/dev/null 2>&1
			e=$(now)
			echo "($e - $s) * 1000" | bc
		done | sort -n | awk '{a[NR]=$1} END {printf "median %.1f ms, max %.1f ms over %d", a[int((NR+1)/2)], a[NR], NR}'
	}
	echo "     on dk-all, 44 provisions: show $(sample_times show), refs $(sample_times refs --to) (target ≤ 10 ms)"
	for f in ../shared/eval/questions.jsonl tests/eval/field-questions.jsonl tests/eval/all-law-questions.jsonl; do
		echo "     dk-all + default corpus, $(basename "$f"): $(python3 ../shared/eval/score.py --db /tmp/lovgraf-dkall.db "$f" | tail -2 | tr '\n' ' ')(BM25 baseline: MRR $(python3 ../shared/eval/score.py --lovgraf "$BIN --bm25" --db /tmp/lovgraf-dkall.db "$f" | sed -n 's/^MRR \([0-9.]*\).*/\1/p'))"
	done
	echo "     check's restated, dk-all + default corpus: $(restated_score /tmp/lovgraf-dkall.db)"
	if [ -x build/cite_speed ]; then
		echo "     citation extraction alone on the dk-all texts: $(build/cite_speed corpus /tmp/dk-all)"
	fi
fi
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
