# ./build.sh install PREFIX: the program, the man page (found by man through MANPATH, shown by
# man -l), the bash and zsh completion and the data (corpus/) in place; the installed program
# answers when run from / (it finds PREFIX/share/lovgraf beside its bin/); DESTDIR stages it
cmd: bash tests/conventions/install.sh "$DB"
stdout:
installed: bin/lovgraf
installed: lib/lovgraf/lovgraf_fts.so
installed: share/man/man1/lovgraf.1
installed: share/bash-completion/completions/lovgraf
installed: share/zsh/site-functions/_lovgraf
installed: share/lovgraf/corpus/acts.tsv
installed: share/lovgraf/corpus/lexicon.tsv
installed: share/lovgraf/corpus/thesaurus.tsv
installed: share/lovgraf/corpus/stopwords.list
LAB § 6
PREFIX/share/man/man1/lovgraf.1
1
complete -F _lovgraf lovgraf
DESTDIR: staged under DESTDIR/opt/lg
