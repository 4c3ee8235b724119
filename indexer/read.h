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
#include <stddef.h>
#include "acts.h"
#include "danish.h"
#include "lexicon.h"

typedef struct Reader Reader;

/* The schema's version (PRAGMA user_version): store.c writes it, and an index
** of another version is refused with "rebuild it". 3: provision_rows and view
** provisions, act_names, terms, fts(text, latest). */
#define LG_SCHEMA_VERSION "6"
/* The index's schema version, or -1 when it cannot be read. */
int read_schema_version(Reader *r);
/* A hash of the index's schema (its tables, indexes and views as SQL), stored in
** meta 'schema_hash' when it is built: a hand-edited schema no longer matches.
** NULL when it cannot be read. Malloc()ed. */
char *read_schema_hash(Reader *r);
char *read_meta(Reader *r, const char *key);   /* meta's value for key, or NULL; malloc()ed */

Reader *reader_new(sqlite3 *db);   /* db is borrowed; never NULL */
void reader_free(Reader *r);       /* accepts NULL; finalises the statements */
sqlite3 *reader_db(Reader *r);
const char *reader_errmsg(Reader *r);
/* Nonzero (an SQLite error code) once a read met a damaged or unreadable file or
** a schema that does not fit: every answer read since may be incomplete. *msg:
** SQLite's words for it. Sticky for the reader's life. */
int reader_fault(Reader *r, const char **msg);

/* ---- documents and versions ---------------------------------------------- */

/* The provision that is document doc's root (kind 'document'), or 0. */
long long read_doc_root(Reader *r, long long doc);
/* 1 when a document is called name. */
int read_doc_name_taken(Reader *r, const char *name);
/* Document doc's date, malloc()ed, or NULL. */
char *read_doc_date(Reader *r, long long doc);

/* ---- the linker (indexer/index.c) and the resolver (resolve.c) ------------ */

/* The document whose text hashes to hash (store.c's text_hash), or 0. */
long long read_doc_by_hash(Reader *r, const char *hash);
/* A document by name: its root provision, and its id in *doc (may be NULL); 0. */
long long read_doc_root_by_name(Reader *r, const char *name, long long *doc /* OUT */);
/* Document doc's part labelled label (kind 'part'): its id and, when text is
** not NULL, its text (malloc()ed) in *text; 0 when it has none. */
long long read_doc_part(Reader *r, long long doc, const char *label, char **text /* OUT */);

/* The spans of provision parent's children, in order of start. Returns how
** many and sets *out (malloc()ed, NULL when none). */
typedef struct ReadSpan {
	long long start, end;
} ReadSpan;
int read_child_spans(Reader *r, long long parent, ReadSpan **out /* OUT */);
/* Where the children and grandchildren of provision id (stk., nr., litra)
** begin in its text: byte offsets in order, depth 1 or 2; how many, with *at
** and *depth malloc()ed (NULL when none). */
int read_part_starts(Reader *r, long long id, long long **at, int **depth);
/* The ids of provision parent's children of kind kind, in order of start.
** Returns how many and sets *out (malloc()ed, NULL when none). */
int read_children(Reader *r, long long parent, const char *kind, long long **out /* OUT */);

/* A document in the corpus named by number and year ("bekendtgørelse nr. 2409
** af 13. december 2021"). read_numbered_root: its root provision (the first the
** index finds); read_numbered_version: the document, the earliest dated. Both
** set *act (malloc()ed) to its act key, and return 0 when there is none. */
long long read_numbered_root(Reader *r, const char *number, const char *year,
                             char **act /* OUT */);
long long read_numbered_version(Reader *r, const char *number, const char *year,
                                char **act /* OUT */);

/* One provision the linker reads citations in, with its document. Strings
** point into SQLite and live during the callback. */
typedef struct LinkRow {
	long long id, doc, start;
	const char *act, *kind, *section, *nr;
	int stk;
	const char *text;
	size_t len;
	const char *date, *title;   /* the document's */
	const char *type;           /* the document's type (kind.h) */
	int is_letter;              /* documents.is_letter */
	int is_amending;            /* documents.is_amending */
} LinkRow;
/* Calls each for every provision of the corpus that can cite (not repealed, not
** in a document of the same text as another), in id order; each returns nonzero
** to stop. Returns LG_OK, or LG_ERROR (reader_errmsg, or each stopped). */
int read_link_provisions(Reader *r, int (*each)(void *ctx, const LinkRow *row), void *ctx);

/* One quotation of a letter as phase 1 stored it, with its document's date. */
typedef struct QuoteRow {
	long long src;
	const char *quote, *attribution, *date;
} QuoteRow;
/* Calls each for every stored quotation, in id order, until it returns nonzero. */
int read_link_quotes(Reader *r, int (*each)(void *ctx, const QuoteRow *row), void *ctx);

/* Where a provision stands: the labels of a path in an act. NULL or "" nr and
** litra, and stk 0, are absent. */
typedef struct ReadPath {
	const char *section;
	int stk;
	const char *nr, *litra;
} ReadPath;

/* The version of act in force on date (YYYY-MM-DD): the latest in the corpus
** dated on or before it, else the earliest. 0 when there is none. */
long long read_version(Reader *r, const char *act, const char *date);
/* The provision at path p in document doc (the first), or 0. */
/* How many subsections of section in doc hold numbered items (a section's own
** items count as one, stk NULL). */
int read_item_stks(Reader *r, long long doc, const char *section);
long long read_find_in_doc(Reader *r, long long doc, const ReadPath *p);
/* The provision at path p of act in the first version dated after date, or 0. */
long long read_find_after(Reader *r, const char *act, const ReadPath *p, const char *date);
/* Every section of a dated document in the corpus that is no amending act: its id,
** label, document date and the first 160 characters of its text, to each(ctx, ...);
** a nonzero return stops. */
int read_section_openings(Reader *r, int (*each)(void *ctx, long long id, const char *section,
                                                 const char *date, const char *text),
                          void *ctx);
/* The provision at path p of act in the version dated nearest date, or 0. */
long long read_find_nearest(Reader *r, const char *act, const ReadPath *p, const char *date);

/* The provision whose ELI address is the document's path (from "/eli/", as in
** "/eli/lta/2024/280") and fragment ("#P53S4"; "" for the document itself),
** or 0. */
long long read_eli(Reader *r, const char *path, const char *fragment);

/* Strings owned by the list. */
typedef struct ReadStrings {
	char **v;
	int n;
} ReadStrings;
void read_strings_clear(ReadStrings *l);
/* The sections of document doc whose sort key (ref_section_key) lies in
** [lo, hi], in order, at most max of them, appended to out. */
int read_section_range(Reader *r, long long doc, long lo, long hi, int max, ReadStrings *out);
/* The text of provision id, malloc()ed, or NULL. */
char *read_provision_text(Reader *r, long long id);
/* Document doc's chapter labelled label, or 0. */
long long read_chapter(Reader *r, long long doc, const char *label);
/* Act act's chapter labelled label in the version dated nearest date that has
** it (some versions of an act lack their chapter lines), or 0. */
long long read_chapter_nearest(Reader *r, const char *act, const char *label, const char *date);
/* The labels of document doc's chapters, in document order, appended to out. */
int read_chapter_labels(Reader *r, long long doc, ReadStrings *out);
/* Act act's part labelled label (of any document), or 0. */
long long read_act_part(Reader *r, const char *act, const char *label);

/* ---- graph (query/graph.c) ------------------------------------------------ */

struct Item;   /* item.h */

/* The act table as the index stores it (acts.h, acts_open_stored()): how many
** acts and the longest name. LG_ERROR (reader_errmsg) when it cannot be read. */
int read_act_table(Reader *r, int *n_act /* OUT */, size_t *max_name /* OUT */);
/* The entry of normalised name s[0..n) in act_names (acts 0-based; -1: only a
** prefix; *only -2: several acts): 1, or 0 when there is none. */
int read_act_name(Reader *r, const char *s, size_t n, int *act /* OUT */, int *only /* OUT */);
/* Act number i (0-based): 1 and row filled (malloc()ed), or 0. */
int read_act(Reader *r, int i, ActRow *row /* OUT */);
/* The number (0-based) of the act whose key is key, or -1. */
int read_act_number(Reader *r, const char *key);
/* Fills it with provision id's fields and its version's (strings malloc()ed).
** LG_OK, LG_NOTFOUND, or LG_ERROR when the statement cannot be prepared. */
int read_item(Reader *r, long long id, struct Item *it /* OUT */);
/* A document by name: its id, and its act key in *act (malloc()ed); 0. */
long long read_doc_by_name(Reader *r, const char *name, char **act /* OUT */);
/* Provision id's act key (malloc()ed into *act) and document; 0 when none. */
int read_provision_place(Reader *r, long long id, char **act /* OUT */, long long *doc /* OUT */);
/* The document of provision id, or 0. */
long long read_provision_doc(Reader *r, long long id);
/* The provision whose canonical reference is ref (any case), in the version in
** force on as_of (the latest dated on or before it, else the earliest), or 0. */
long long read_ref_exact(Reader *r, const char *ref, const char *as_of);

/* An edge as a reference; strings live during the callback. */
typedef struct ReadEdge {
	long long src, dst;
	const char *kind;
	const char *t_act, *t_chapter, *t_section, *t_nr, *t_part;
	int t_stk;
	const char *raw, *quote;
	long long start, end;
	/* the citing provision and its document, as read_tl_row gives them
	** (read_edges_to only, else zero; borrowed: never tl_row_clear it) */
	const struct TlRow *src_row;
} ReadEdge;
/* The edges out of provision id and the provisions inside it, in order of
** where they stand. */
int read_edges_from(Reader *r, long long id, void (*each)(void *ctx, const ReadEdge *e),
                    void *ctx);
/* The edges into provision id, or into its identity (act and path) from any
** version, newest citing document first. */
int read_edges_to(Reader *r, long long id, void (*each)(void *ctx, const ReadEdge *e),
                  void *ctx);

/* ---- ask (query/ask.c) ---------------------------------------------------- */

/* A provision the full-text index finds for a question. */
typedef struct ReadCand {
	long long id, doc;
	double bm25;             /* FTS5's bm25(): lower is better */
	char *act, *kind, *section, *nr;
	char *type, *title;      /* of its document */
	int stk;
	int in_corpus, is_letter, is_amending;
} ReadCand;
void read_cand_clear(ReadCand *c);

/* The best `limit` provisions that match the FTS5 expression fts (on column
** text: "text : (...)"), best first by text_rank() with args (for the phrases
** of fts; NULL: all weigh 1, which is BM25 of the text); latest: only of the
** latest version of each act (documents.latest: the law in force today);
** in: only of those rows (NULL: of all). Returns how many were filled into
** *out (a malloc()ed array; free each with read_cand_clear() and then the
** array), or -1 on error. */
typedef struct ReadRows {
	long long first, last;   /* provision ids: a document's rows are numbered in a run */
} ReadRows;
int read_fts_candidates(Reader *r, const char *fts, const TextRankArgs *args, int limit,
                        int latest, const ReadRows *in, ReadCand **out);
/* The run of provision ids of document doc; 0 when it has none. */
int read_doc_rows(Reader *r, long long doc, ReadRows *out);

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

/* An amending act whose title names what it is about. */
typedef struct ReadLater {
	char *type, *number, *date, *title, *name;
} ReadLater;
/* Amending acts in the corpus dated after date and on or before upto whose title
** has a parenthesised subject ("(... afskaffelse af ressourceforløb ...)"),
** oldest first. */
int read_later_reforms(Reader *r, const char *date, const char *upto, ReadLater **out, int *n);
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
typedef struct DocRow {
	char *name, *type, *number, *date, *title;
} DocRow;
void doc_row_clear(DocRow *v);
/* Document doc's name, type, number, date and title; 1 when there is one. */
int read_doc_row(Reader *r, long long doc, DocRow *out /* OUT */);

/* The first provision section/stk/nr (stk 0, nr NULL or "": none) of document
** doc with no litra: its id, or 0; *repealed its repealed flag. */
long long read_check_provision(Reader *r, long long doc, const char *section, int stk,
                               const char *nr, int *repealed /* OUT */);

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

/* ---- the timeline (query/timeline.c) ------------------------------------- */

/* What the timeline needs of provision id and its document. */
typedef struct TlRow {
	char *act, *kind, *section, *nr, *litra, *date;
	int stk, repealed, is_letter, is_amending, in_corpus;
	long long doc;
} TlRow;
void tl_row_clear(TlRow *t);
/* Provision id into *out; 1 when there is one. */
int read_tl_row(Reader *r, long long id, TlRow *out /* OUT */);


/* The first version (indexed document) of act dated after date, or 0. */
long long read_version_after(Reader *r, const char *act, const char *date);
/* The version (indexed document) of act after version doc (by date, then id), or 0. */
long long read_next_version(Reader *r, const char *act, long long doc);

/* A quoted new text of an amending act, as the linker attributed it. */
typedef struct TlChangeRow {
	long long src, doc;       /* the quoted section and its amending act */
	int certain, inserted;
} TlChangeRow;
/* The quoted new texts attributed to act's section, of amending acts dated
** after `after` and on or before `upto` (NULL: any), oldest first: fn for each. */
int read_tl_changes(Reader *r, const char *act, const char *section, const char *after,
                    const char *upto, void (*fn)(void *ctx, const TlChangeRow *c), void *ctx);
/* The amending acts dated after `after` and on or before `upto` (NULL: any)
** with quoted texts attributed to act, oldest first: fn for each (src: one of
** its texts; certain: whether any attribution is certain; inserted 0). */
int read_tl_act_changes(Reader *r, const char *act, const char *after, const char *upto,
                        void (*fn)(void *ctx, const TlChangeRow *c), void *ctx);
/* The attribution of the quoted section `section` of amending act doc: 1 and
** *act (malloc()ed), *certain, *inserted, or 0 when it has none. */
int read_tl_change_of(Reader *r, long long doc, const char *section, char **act,
                      int *certain, int *inserted);
/* The newest quoted new text attributed to act's section: its provision, or 0. */
long long read_tl_inserted(Reader *r, const char *act, const char *section);

/* Each version of provision id (same act, kind and path in any indexed
** document; none for a letter's passages), itself included, oldest first: fn
** with its id, document, date and repealed flag. */
int read_tl_versions(Reader *r, long long id,
                     void (*fn)(void *ctx, long long id, long long doc, const char *date,
                                int repealed),
                     void *ctx);

/* ---- understand, the shell ------------------------------------------------ */

/* What the index holds, for `lovgraf stats`. */
typedef struct ReadStats {
	long long documents, provisions;
	long long cites, cites_unresolved, quotes, amends, repeals;
	/* quoted new texts of amending acts attributed to a section: all, uncertain,
	** inserting a section; and the sections with a change later than their
	** act's latest version (not yet consolidated) */
	long long changes, changes_uncertain, changes_inserted, pending;
	long long annexes_unresolved;   /* unresolved citations of annexes (t_part "<label> N") */
	/* ... of an amending act's own instructions ("§ 1, nr. 5" of lov nr. 697 af
	** 8. juni 2017 om ændring af færdselsloven), annexes apart: the corpus holds
	** an amending act's quoted new texts only */
	long long amending_unresolved;
} ReadStats;
/* annex_label: how the index names an annex in edges.t_part (the lexicon's
** annex_label, "bilag"); NULL counts none. */
int read_stats(Reader *r, const char *annex_label, ReadStats *out);
/* The act names that citations name most often without reaching a provision
** (leaving out annexes, as read_stats counts them), most frequent first, at most
** max; each as "name<TAB>count" in out. */
int read_unresolved_acts(Reader *r, int max, const char *annex_label, ReadStrings *out);

/* Whether the stem is a term of the search index (prefix: whether any term
** starts with it): 1 or 0, -1 when the index has no vocabulary. */
int read_vocab_has(Reader *r, const char *stem, int prefix);
/* Whether word (lower case) is in the Danish word list (lexres.h): 1 or 0, -1
** on a read error; word NULL: whether the index has a word list at all. */
int read_is_word(Reader *r, const char *word);
/* The Danish words for the English word whose stem is stem (lexres.h), added
** to out in order. */
int read_translations(Reader *r, const char *stem, ReadStrings *out);
/* Calls each with the short names of the acts in the corpus (short ones,
** without spaces) and, with titles set, their titles: what the shell completes. */
int read_completion_acts(Reader *r, int titles, void (*each)(void *ctx, const char *word),
                         void *ctx);
/* Calls each with the sections of the latest version of the act whose short
** name (any case) is act, in order, as typed after "§": "53", "21a". */
int read_act_sections(Reader *r, const char *act, void (*each)(void *ctx, const char *word),
                      void *ctx);

/* The schema a user queries (not SQLite's own tables, nor FTS5's shadow
** tables), in the order it was made: each object's name, type (table, view,
** index) and CREATE statement with its comments. table NULL: the tables and
** views (indexes: also the indexes); else that table or view and its indexes. */
typedef struct ReadObjects {
	char **name, **type, **sql;   /* owned */
	int n;
} ReadObjects;
int read_schema_objects(Reader *r, const char *table, int indexes, ReadObjects *out);
void read_objects_clear(ReadObjects *l);

#endif
