#!/usr/bin/env bash
# build.sh -- set up, compile, index and run lovgraf.
#
#   ./build.sh            install what is missing, compile, index the default corpus, open lovgraf
#   ./build.sh build      compile build/lovgraf only
#   ./build.sh index      compile and (re)build the index lovgraf.db
#   ./build.sh test       compile, run every test, then again under ASan+UBSan
#   ./build.sh bench      time indexing and queries (see tests/bench.sh)
#   ./build.sh fuzz [S]   build the fuzz targets, run each for S seconds (default 600)
#   ./build.sh install [PREFIX]   compile, install lovgraf, its man page (lovgraf.1), its bash and
#                         zsh completion and its data (corpus/) under PREFIX (default /usr/local;
#                         DESTDIR=DIR puts DIR before PREFIX, for packaging)
set -euo pipefail
cd "$(dirname "$0")"

PKGS="gcc make libc6-dev libsqlite3-dev libpcre2-dev libstemmer-dev libedit-dev zlib1g-dev python3 less"
PKGS="$PKGS wdanish dict-freedict-dan-eng dict-freedict-eng-dan"   # lexical resources (optional: index says what is missing)
PKGS="$PKGS graphviz"        # graph --svg (optional at run time)
PKGS="$PKGS poppler-utils"   # pdftotext: check and index read PDFs (without it a PDF is refused, saying so)
BENCH_PKGS="sqlite3 bc"   # the bench: the bare FTS5 baseline, arithmetic
FUZZ_PKGS="clang libclang-rt-14-dev"   # libFuzzer with ASan and UBSan
TEST_PKGS="strace sqlite3 mandoc man-db zsh"   # the tests: the new index synced before its rename;
                     # the .so loaded in sqlite3; the man page linted and shown; zsh completion
TEST_PKGS="$TEST_PKGS groff qpdf perl"   # the PDF cases: typeset test letters (gropdf), encrypt one
CFLAGS_COMMON="-std=c11 -D_GNU_SOURCE -Wall -Wextra -Iindexer -Iquery -Ishell"
LIBS="-lsqlite3 -lpcre2-8 -lstemmer -ledit -lz -lm"
SRCS=$(ls indexer/*.c query/*.c shell/*.c | grep -v fts_ext.c)   # fts_ext.c: the .so only

need_pkgs() {   # need_pkgs [PACKAGE...]: default $PKGS
	local missing=""
	for p in ${*:-$PKGS}; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" = 0 ]; then
		echo "build.sh: installing$missing" >&2
		apt-get update -qq >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >&2
	else
		echo "build.sh: missing Debian packages:$missing" >&2
		echo "run: sudo apt-get install$missing" >&2
		exit 1
	fi
}

# Each source is compiled once per variant into build/obj/VARIANT/ (with its header
# dependencies, -MMD), only when it or a header it includes changed, on every core.
compile() { # compile OUT EXTRA_FLAGS...
	local out=$1; shift
	local obj=build/obj/release
	[ "$out" = build/lovgraf ] || obj="build/obj/$(basename "$(dirname "$out")")"
	mkdir -p "$obj" "$(dirname "$out")"
	# a change of flags rebuilds everything of that variant
	echo "$CFLAGS_COMMON $*" | cmp -s - "$obj/flags" || echo "$CFLAGS_COMMON $*" >"$obj/flags"
	make --no-print-directory -s -j"$(nproc)" -f - OUT="$out" OBJ="$obj" \
		CFLAGS="$CFLAGS_COMMON $*" LIBS="$LIBS" SRCS="$SRCS" <<'MAKE'
OBJS := $(patsubst %.c,$(OBJ)/%.o,$(subst /,_,$(SRCS)))
$(OUT): $(OBJS)
	$(CC) $(CFLAGS) -o $@ $^ $(LIBS)
define rule
$(OBJ)/$(subst /,_,$(1:.c=.o)): $(1) $(OBJ)/flags
	$$(CC) $$(CFLAGS) -MMD -MP -c -o $$@ $$<
endef
$(foreach s,$(SRCS),$(eval $(call rule,$(s))))
-include $(OBJS:.o=.d)
MAKE
}

# build/lovgraf_fts.so: the Danish tokenizer and text_rank() as a loadable SQLite
# extension (indexer/fts_ext.c), for other SQLite programs; danish.c is compiled
# against sqlite3ext.h (indexer/fts_ext.h) so it calls the loading program's SQLite.
fts_extension() {
	local so=build/lovgraf_fts.so deps="indexer/fts_ext.c indexer/fts_ext.h indexer/danish.c
		indexer/danish.h indexer/util.c indexer/util.h indexer/lexicon.c indexer/lexicon.h"
	local stale=0 f
	for f in $deps; do [ "$so" -nt "$f" ] || stale=1; done
	[ "$stale" = 1 ] || return 0
	mkdir -p build/obj/ext
	${CC:-cc} $CFLAGS_COMMON -O2 -fPIC -include indexer/fts_ext.h -c -o build/obj/ext/danish.o indexer/danish.c
	${CC:-cc} $CFLAGS_COMMON -O2 -fPIC -shared -o "$so" indexer/fts_ext.c build/obj/ext/danish.o \
		indexer/util.c indexer/lexicon.c -lstemmer -lpcre2-8 -lm
}

build() {
	need_pkgs
	compile build/lovgraf -O2 -g
	fts_extension
}

# The fuzz targets (tests/fuzz/fuzz.c): one program, run by five names; libFuzzer
# has the main, so shell/ is left out.
fuzz_build() {
	need_pkgs $FUZZ_PKGS
	SRCS="$(ls indexer/*.c query/*.c | grep -v fts_ext.c) tests/fuzz/fuzz.c" CC=clang compile build/fuzz/lovgraf-fuzz \
		-O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
}

case "${1:-run}" in
build) build ;;
fuzz)
	build
	fuzz_build
	bash tests/fuzz/run.sh "${2:-600}"
	;;
index) build; shift || true; build/lovgraf index "$@" ;;
test)
	build
	need_pkgs $TEST_PKGS
	compile build/asan/lovgraf -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
	# a short fuzz pass (FUZZ_SECONDS each target); its targets count as tests
	fuzz_build
	fuzz_passed=0 fuzz_failed=0
	if bash tests/fuzz/run.sh "${FUZZ_SECONDS:-60}" | tee build/fuzz/short.log; then :; fi
	fuzz_passed=$(grep -c '^fuzz [a-z]*:' build/fuzz/short.log || true)
	fuzz_failed=$(grep -c '^FAIL fuzz' build/fuzz/short.log || true)
	EXTRA_PASSED=$fuzz_passed EXTRA_FAILED=$fuzz_failed bash tests/run.sh build/lovgraf build/asan/lovgraf
	;;
bench)
	build
	need_pkgs $BENCH_PKGS
	# the citation extractor alone, on the indexer's objects (tests/bench/cite_speed.c)
	${CC:-cc} $CFLAGS_COMMON -O2 -g -o build/cite_speed tests/bench/cite_speed.c \
		$(ls build/obj/release/indexer_*.o) $LIBS
	bash tests/bench.sh
	;;
install)
	build
	prefix=${2:-/usr/local}
	dest=${DESTDIR:-}$prefix
	install -d "$dest/bin" "$dest/share/man/man1" "$dest/share/bash-completion/completions" \
		"$dest/share/zsh/site-functions" "$dest/share/lovgraf"
	install -m 755 build/lovgraf "$dest/bin/lovgraf"
	install -d "$dest/lib/lovgraf"
	install -m 755 build/lovgraf_fts.so "$dest/lib/lovgraf/lovgraf_fts.so"   # .load it in sqlite3
	install -m 644 lovgraf.1 "$dest/share/man/man1/lovgraf.1"
	install -m 644 shell/completion/lovgraf.bash "$dest/share/bash-completion/completions/lovgraf"
	install -m 644 shell/completion/_lovgraf "$dest/share/zsh/site-functions/_lovgraf"
	# what lovgraf reads at run time: it finds PREFIX/share/lovgraf beside its bin/ (find_root)
	rm -rf "$dest/share/lovgraf/corpus"
	cp -R corpus "$dest/share/lovgraf/corpus"
	# the index, when one is built here: the installed lovgraf's default --db
	[ -f lovgraf.db ] && install -m 644 lovgraf.db "$dest/share/lovgraf/lovgraf.db"
	echo "build.sh: installed lovgraf in $dest/bin, its man page, completion and data" >&2
	;;
run)
	build
	build/lovgraf index
	exec build/lovgraf
	;;
*) echo "usage: ./build.sh [build|index|test|bench|fuzz [SECONDS]|install [PREFIX]]" >&2; exit 2 ;;
esac
