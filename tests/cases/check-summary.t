# check --summary DIR: one line per document of the folder's *.txt files (date, committee,
# question, counts by status), in name order; a binary file is named on standard error,
# the others are still checked, and the status says a file could not be checked (2);
# (the count of "not mentioned", a ranking, is left out here)
cmd: cp $FIX/check-exact.txt $FIX/check-proposed-section.txt $TMP/ && printf 'x\000y' > $TMP/broken.txt && echo skip > $TMP/notes.md && lovgraf check --summary $TMP > $TMP/out; echo "status $?"; sed -E "s|$TMP|TMP|; s/, [0-9]+ not mentioned//" $TMP/out
status: 0
stdout:
status 2
2023-05-10  Beskæftigelsesudvalget  spm. 301 (alm. del)  TMP/check-exact.txt: 1 match, 0 differ, 0 not found, 0 not in corpus, 1 cited
2025-11-14  Beskæftigelsesudvalget  spm. 212 (alm. del)  TMP/check-proposed-section.txt: 0 match, 0 differ, 0 not found, 0 not in corpus, 1 cited, 1 proposed
stderr:
cannot check '
broken.txt': binary file
