/*
** fts_ext.h -- force-included (-include) when danish.c is compiled into the
** loadable extension (fts_ext.c): its SQLite calls then go through the API
** table of the program that loads it. Not included by any source.
*/
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT3
