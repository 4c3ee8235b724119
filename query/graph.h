/*
** graph.h -- read-only access to the store: finds the provision a user's
** reference names ("LAB § 53, stk. 4", "§ 18 a i lov om social pension",
** "lta-2022-701 § 53"), in the version in force on a date, and walks its
** references out and in. Also reads citations in a piece of text (`cite`).
**
** Ownership: a Graph owns its database handle, act table and parsers.
** Items filled by these functions are the caller's (items_free()).
** Error messages are malloc()ed into *err; the caller frees them.
*/
#ifndef LOVGRAF_GRAPH_H
#define LOVGRAF_GRAPH_H

#include <sqlite3.h>
#include "acts.h"
#include "cite.h"
#include "item.h"
#include "resolve.h"

typedef struct Graph Graph;

/* Opens db_path read-only. corpus_dir: the folder of acts.tsv (optional) and
** lexicon.tsv (required). Returns NULL and *err when the file is missing or not
** a lovgraf index, or the lexicon cannot be read. */
Graph *graph_open(const char *db_path, const char *corpus_dir, char **err);
/* The same, only the database (for `sql`): no lexicon, act table, parsers or
** timeline; graph_db() and graph_reader() work, the rest is NULL. */
Graph *graph_open_db(const char *db_path, char **err);
void graph_close(Graph *g);      /* accepts NULL */
sqlite3 *graph_db(Graph *g);
const Acts *graph_acts(Graph *g);
const Lexicon *graph_lexicon(Graph *g);
CiteParser *graph_cites(Graph *g);
Resolver *graph_resolver(Graph *g);
Reader *graph_reader(Graph *g);   /* the reads of the index (read.h), shared by query code */
/* Nonzero once a read met a damaged or unreadable index (reader_fault). */
int graph_fault(Graph *g, const char **msg);
const char *graph_today(Graph *g);
/* The timeline of the law in force on a date (timeline.h), shared. */
struct Timeline *graph_timeline(Graph *g);

/* The provision ref names, in the version in force on as_of (NULL = today).
** Returns LG_OK and *id, or LG_NOTFOUND / LG_USAGE with *err saying why. */
int graph_find(Graph *g, const char *ref, const char *as_of, long long *id, char **err);
/* The same for a reference that may name several provisions: a range or list
** ("LAB §§ 53-54", "LAB § 53, stk. 1-3", "LAB § 6, nr. 1 og 2"), each in the
** version in force on as_of, in order, at most MAX_FOUND; one reference gives
** one. *ids is malloc()ed (the caller frees it). */
enum { MAX_FOUND = 200 };
int graph_find_all(Graph *g, const char *ref, const char *as_of, long long **ids, int *n,
                   char **err);

/* Fills it with provision id's fields and its version. */
int graph_item(Graph *g, long long id, Item *it);

/* References out of provision id (and the provisions inside it), and into the
** provision's identity from any document: from the law of date only (the
** versions in force then, see timeline.h, and documents repealed as a whole,
** which no later version replaces; *dropped counts the others), or from every
** version when date is NULL. */
int graph_refs_from(Graph *g, long long id, Items *out);
int graph_refs_to(Graph *g, long long id, const char *date, Items *out, int *dropped);
/* The other versions of the provision (same act and path, other documents). */
int graph_versions(Graph *g, long long id, Items *out);
/* Where the subsections and items of provision id begin in its text (text
** output starts each on a line of its own). */
typedef struct Parts {
	long long *at;   /* byte offsets in the provision's text, in order */
	int *depth;      /* 1: a child (stk. of a §, nr. of a stk.), 2: a grandchild */
	int n;
} Parts;
void graph_parts(Graph *g, long long id, Parts *out);
void parts_clear(Parts *p);
/* The sections of a chapter (or any provision's children of kind kind), in order. */
int graph_children(Graph *g, long long id, const char *kind, Items *out);

/* Citations in text, read as if it stood in provision in_ref (NULL: nowhere).
** Resolved targets go to res, unresolved ones to unres. */
int graph_cite(Graph *g, const char *in_ref, const char *text, Items *res, Items *unres,
               char **err);

#endif
