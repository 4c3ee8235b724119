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
#include "lexicon.h"

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

/* A provision the full-text index finds for a question. */
typedef struct ReadCand {
	long long id, doc;
	double bm25;             /* FTS5's bm25(): lower is better */
	char *act, *kind, *section, *nr;
	int stk;
	int in_corpus, is_letter, is_amending;
} ReadCand;
void read_cand_clear(ReadCand *c);

/* The best `limit` provisions that match the FTS5 expression fts, best first.
** Returns how many were filled into *out (a malloc()ed array; free each with
** read_cand_clear() and then the array), or -1 on error. */
int read_fts_candidates(Reader *r, const char *fts, int limit, ReadCand **out);

/* In how many provisions the stemmed term occurs (term* when prefix). */
double read_term_df(Reader *r, const char *term, int prefix);
/* How many provisions the full-text index holds. */
double read_searchable_count(Reader *r);

/* The text of the committee's question in document doc (a minister's answer), or NULL;
** malloc()ed. */
char *read_question_text(Reader *r, long long doc);

/* The identity of a provision, as edges name it: act, section, stk (0 = none). */
typedef struct ReadTarget {
	char *act, *section;
	int stk;
	int exception;           /* cited as the exception: "jf. dog stk. 2" */
} ReadTarget;
typedef struct ReadTargets { ReadTarget *v; int n, cap; } ReadTargets;
void read_targets_clear(ReadTargets *t);

/* What provision src quotes or cites, each identity once, in (act, section, stk)
** order; exception is set when some citation of it follows one of leads'
** words ("jf. dog"). */
int read_cited_by(Reader *r, long long src, const LexList *leads, ReadTargets *out);
/* How many quotations (from letters and annexes) name the identity. */
int read_quoted_count(Reader *r, const char *act, const char *section, int stk);
/* What is quoted in the same annex row or answer as a quotation of the identity. */
int read_quoted_beside(Reader *r, const char *act, const char *section, int stk,
                       ReadTargets *out);

/* A letter's passage that quotes or cites a provision. */
typedef struct ReadSource {
	char *ref, *doc_title, *date, *via, *document;
} ReadSource;
/* Up to 12 passages of letters that quote or cite the identity, oldest first. */
int read_letter_sources(Reader *r, const char *act, const char *section, int stk,
                        ReadSource **out, int *n);
void read_sources_free(ReadSource *s, int n);

/* A later document that amends or repeals an act (via its title), or an
** amending act whose title names what it is about. */
typedef struct ReadLater {
	char *via;               /* "amends", "repeals"; NULL for read_later_reforms() */
	char *type, *number, *date, *title, *name;
} ReadLater;
/* Documents dated after date that amend or repeal act, oldest first. */
int read_later_changes(Reader *r, const char *act, const char *date, ReadLater **out, int *n);
/* Amending acts in the corpus dated after date whose title has a parenthesised
** subject ("(... afskaffelse af ressourceforløb ...)"), oldest first. */
int read_later_reforms(Reader *r, const char *date, ReadLater **out, int *n);
void read_later_free(ReadLater *l, int n);

/* ---- check (query/check*.c) ----------------------------------------------- */

/* ---- understand, the shell ------------------------------------------------ */

#endif
