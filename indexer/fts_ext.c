/*
** fts_ext.c -- lovgraf's Danish tokenizer and text_rank() as a loadable SQLite
** extension, build/lovgraf_fts.so, so that the index's full-text search works
** in any SQLite program: `.load build/lovgraf_fts` in the sqlite3 shell, or
** conn.enable_load_extension(True); conn.load_extension("build/lovgraf_fts")
** in Python. Built by build.sh with danish.c compiled against sqlite3ext.h
** (indexer/fts_ext.h, force-included), so that its SQLite calls go through the
** loading program's SQLite.
*/
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#include "danish.h"

/* The entry point SQLite derives from the file name lovgraf_fts. */
int sqlite3_lovgraffts_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
	SQLITE_EXTENSION_INIT2(api);
	int rc = danish_register(db);
	if (rc != SQLITE_OK && err)
		*err = sqlite3_mprintf("lovgraf_fts: cannot register the tokenizer danish (this SQLite "
		                       "has no FTS5, or libstemmer has no Danish)");
	return rc;
}
