/*
** read.h -- every read statement of the index, each a named function with
** named parameters. The store (store.c) is the only module that writes; this
** is the only one that reads. The linker, the resolver, query/ and shell/ all
** read through it, so the schema is known in two places: store.c, which makes
** it, and read.c.
**
** A Reader wraps an open database handle (borrowed) and prepares each statement
** once, on first use, then keeps it. Functions that can fail return LG_OK or
** LG_ERROR and leave the message in reader_errmsg(); a lookup that finds
** nothing is not a failure (it returns 0 or an empty result).
**
** Ownership: strings filled into the caller's structs are malloc()ed and the
** caller's (each struct has a _clear() function); strings returned as const
** char * point into SQLite and live until the next call on the same Reader.
*/
#ifndef LOVGRAF_READ_H
#define LOVGRAF_READ_H

#include <sqlite3.h>

typedef struct Reader Reader;

Reader *reader_new(sqlite3 *db);   /* db is borrowed; never NULL */
void reader_free(Reader *r);       /* accepts NULL; finalises the statements */
sqlite3 *reader_db(Reader *r);
const char *reader_errmsg(Reader *r);

/* ---- documents and versions ---------------------------------------------- */

/* The provision that is document doc's root (kind 'document'), or 0. */
long long read_doc_root(Reader *r, long long doc);
/* 1 when a document is called name. */
int read_doc_name_taken(Reader *r, const char *name);
/* Document doc's date, malloc()ed, or NULL. */
char *read_doc_date(Reader *r, long long doc);

/* ---- the linker (indexer/index.c) and the resolver (resolve.c) ------------ */

/* ---- graph (query/graph.c) ------------------------------------------------ */

/* ---- ask (query/ask.c) ---------------------------------------------------- */

/* ---- check (query/check*.c) ----------------------------------------------- */

/* ---- understand, the shell ------------------------------------------------ */

#endif
