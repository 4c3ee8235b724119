#!/usr/bin/env bash
# tests/conventions/install.sh -- ./build.sh install PREFIX puts the program, its man page, its
# completion and its data in place, and the installed program runs from anywhere (it finds
# PREFIX/share/lovgraf); DESTDIR stages the same tree. Usage: install.sh INDEX (from the repository)
set -u
db=$1
./build.sh install "$TMP/prefix" 2>/dev/null || echo "install failed: $?"
p=$TMP/prefix
for f in bin/lovgraf lib/lovgraf/lovgraf_fts.so share/man/man1/lovgraf.1 share/bash-completion/completions/lovgraf \
	share/zsh/site-functions/_lovgraf share/lovgraf/corpus/acts.tsv share/lovgraf/corpus/lexicon.tsv \
	share/lovgraf/corpus/thesaurus.tsv share/lovgraf/corpus/stopwords.list; do
	[ -f "$p/$f" ] && echo "installed: $f" || echo "missing: $f"
done
# run from / : neither the repository nor the working folder holds its data
(cd / && env -u LOVGRAF_DB "$p/bin/lovgraf" --db "$db" show 'LAB § 6' | head -1)
(cd / && MANPATH=$p/share/man man -w lovgraf | sed "s|^$p|PREFIX|")
MANWIDTH=80 man -l "$p/share/man/man1/lovgraf.1" 2>&1 | grep -c '^EXIT STATUS'
bash -c "source '$p/share/bash-completion/completions/lovgraf' && complete -p lovgraf"
DESTDIR=$TMP/stage ./build.sh install /opt/lg 2>/dev/null || echo "install failed: $?"
[ -x "$TMP/stage/opt/lg/bin/lovgraf" ] && [ -f "$TMP/stage/opt/lg/share/lovgraf/corpus/acts.tsv" ] &&
	echo "DESTDIR: staged under DESTDIR/opt/lg" || echo "DESTDIR: not staged"
if [ -e /opt/lg ]; then echo "DESTDIR: wrote /opt/lg itself"; fi
