# no index at --db: exit 3, a message saying to run lovgraf index, and no empty database file is left behind
cmd: lovgraf --db $TMP/none.db show 'LAB § 1'; s=$?; ls $TMP; exit $s
status: 3
stderr:
no index at
lovgraf index
lacks:
none.db
