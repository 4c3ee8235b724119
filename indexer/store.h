/*
** store.h -- the SQLite store of the graph: the schema and every statement that
** writes to it. Reading is done through the read module (read.h), the store's
** own look-ups too (does an external document have this part yet); writing
** happens here and nowhere else.
**
** Schema (documented for scripting in README.md):
**   acts(key, short, title, kind, in_corpus)
**   documents(id, name, act, type, title, number, date, eli, accession, path,
**             committee, question, case_, asker, party, minister, journal,
**             in_corpus, same_as, text_hash)
**   provisions(id, doc, act, parent, kind, chapter, section, sec_key, stk, nr,
**              litra, label, ref, eli, repealed, start, end, text)
**   edges(id, kind, src, dst, t_act, t_chapter, t_section, t_stk, t_nr, t_part,
**         raw, start, end, quote)     kind: cites quotes amends repeals same_text
**   quotes(id, src, start, end, quote, attribution)   (a letter's quotations, before resolution)
**   fts(text)   FTS5 over provisions.text (tokenizer danish), rowid = provisions.id
**   graph       view: edges plus "contains" edges from provisions.parent
**
** A store is built into "FILE.tmp-PID" and renamed over FILE by store_commit(),
** so a failed or interrupted run leaves the previous index as it was (dbfile.h:
** which file FILE is, whether it may be replaced, stale temporary files).
**
** Ownership: the Store owns its sqlite3 handle; store_db() lends it.
** store_errmsg() is valid until the next call on the store.
*/
#ifndef LOVGRAF_STORE_H
#define LOVGRAF_STORE_H

#include <sqlite3.h>
#include "acts.h"
#include "doc.h"

typedef struct Store Store;

/* Creates a new, empty store next to path (path itself is untouched until
** store_commit). Returns NULL and sets *err on failure. */
Store *store_create(const char *path, char **err);
/* Creates the indexes the resolver needs; call once all documents are written. */
int store_index(Store *s);
/* Finishes the build (indexes, optimize) and puts the new file, synced and with
** permissions mode, in the place of path (dbfile_replace). */
int store_commit(Store *s, unsigned mode);
/* Closes; without a commit the temporary file is removed. Accepts NULL. */
void store_close(Store *s);
const char *store_errmsg(Store *s);
/* The last failure ends the build (a full disk, a write error, an interrupt),
** not only the write of one document. */
int store_fatal(Store *s);
/* cancelled(ctx) is asked every few thousand steps of SQLite; nonzero interrupts. */
void store_set_cancel(Store *s, int (*cancelled)(void *), void *ctx);
sqlite3 *store_db(Store *s);

int store_begin(Store *s);
int store_end(Store *s);      /* COMMIT */

/* Writes the act table (all acts known so far). */
int store_acts(Store *s, const Acts *acts);
/* Writes a document, its provisions (one per node; ref/eli built from short name)
** and its quotations. act is the act key, short its short name. FTS rows are
** written for the provisions that carry text worth searching unless dup_of > 0
** (the same text as document dup_of: a same_text edge is written instead).
** hash identifies the document's text (see read_doc_by_hash).
** *doc_id receives the new document id. */
int store_doc(Store *s, const Doc *d, const char *act, const char *short_name,
              const char *hash, long long dup_of, long long *doc_id);

/* A document known only by citation (a guideline): get or create its document
** row (in_corpus = 0) and the node for one of its parts ("afsnit 4.1"; NULL for
** the document itself). text is added to the part's text if not already there.
** Returns the provision id, or 0 on error. */
long long store_external(Store *s, const char *act, const char *short_name,
                         const char *title, const char *part, const char *text);

typedef struct EdgeRow {
	const char *kind;     /* "cites", "quotes", "amends", "repeals", "same_text" */
	long long src, dst;   /* dst 0 = unresolved */
	const char *t_act, *t_chapter, *t_section, *t_nr, *t_part;
	int t_stk;
	const char *raw;
	long long start, end;
	const char *quote;
} EdgeRow;
int store_edge(Store *s, const EdgeRow *e);

/* A quoted new text of an amending act (the section provision src), as the
** linker attributes it: the act and section it gives new wording to or
** inserts, whether the attribution is certain, and how alike it is to the old. */
typedef struct ChangeRow {
	long long src;
	const char *act, *section;
	int certain, inserted;
	double alike;
} ChangeRow;
int store_change(Store *s, const ChangeRow *c);

/* Metadata: key/value pairs (corpus, built_at, counts). */
int store_meta(Store *s, const char *key, const char *value);
/* A word of the Danish word list with its Danish stem (kept when the index
** has the stem); an English-Danish pair (stem: the English word's stem). See
** lexres.h. */
int store_word(Store *s, const char *word, const char *stem);
int store_translation(Store *s, const char *en, const char *stem, const char *da);

#endif
