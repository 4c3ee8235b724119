# --version prints lovgraf's version and the index's schema, build date and corpus
cmd: lovgraf --version | sed -E "s/built [0-9T:Z-]+/built DATE/; s|from .*|from PATHS|; s|$DB|DB|"; $BIN --db $TMP/none.db --version | sed "s|$TMP/||"
stdout:
lovgraf 0.6
index: DB, schema 6, built DATE, 36 documents from PATHS
lovgraf 0.6
index: no index at 'none.db'; build it with: lovgraf index
