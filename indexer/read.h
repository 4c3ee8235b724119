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

/* A document as check finds it by name: its file and whether it is a letter. */
typedef struct CheckDocRow {
	char *path, *type, *date;
	int in_corpus, is_letter;
} CheckDocRow;
void check_doc_row_clear(CheckDocRow *d);
/* The document called name into *out; 1 when there is one, else 0. */
int read_check_doc(Reader *r, const char *name, CheckDocRow *out /* OUT */);

/* A version of an act (a document) as a check names it. */
typedef struct CheckVersionRow {
	char *name, *type, *number, *date, *title;
} CheckVersionRow;
void check_version_row_clear(CheckVersionRow *v);
/* Document doc's name, type, number, date and title; 1 when there is one. */
int read_check_version(Reader *r, long long doc, CheckVersionRow *out /* OUT */);

/* The first provision section/stk/nr (stk 0, nr NULL or "": none) of document
** doc with no litra: its id, or 0; *repealed its repealed flag. */
long long read_check_provision(Reader *r, long long doc, const char *section, int stk,
                               const char *nr, int *repealed /* OUT */);
/* The chapter labelled label of document doc, or 0. */
long long read_check_chapter(Reader *r, long long doc, const char *label);

/* Provisions (sections, subsections, items; not repealed; of indexed documents
** that are no letters; of document doc only when doc != 0) that the FTS query
** match finds, best first, at most 40: returns their number and sets *ids
** (malloc()ed, the caller frees; NULL when none). */
int read_check_fts(Reader *r, const char *match, long long doc, long long **ids /* OUT */);

/* A provision's act, document, kind and text. */
typedef struct CheckProvRow {
	char *act, *kind, *text;
	long long doc;
} CheckProvRow;
void check_prov_row_clear(CheckProvRow *p);
/* Provision id into *out; 1 when there is one. */
int read_check_prov(Reader *r, long long id, CheckProvRow *out /* OUT */);

/* The first (by date) indexed document of another act than act that repeals act
** as a whole and is dated no earlier than document ver; 0 when none. */
long long read_check_repealer(Reader *r, const char *act, long long ver);

/* Each subsection, then each section, of document doc (in id order within
** each): calls fn with its text and ref until fn returns nonzero. */
typedef int (*CheckProvFn)(void *ctx, const char *text, const char *ref);
int read_check_doc_rules(Reader *r, long long doc, CheckProvFn fn, void *ctx);

/* The latest indexed document, no letter, numbered number; 0 when none. */
long long read_check_by_number(Reader *r, const char *number);

/* ---- understand, the shell ------------------------------------------------ */

#endif
