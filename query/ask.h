/*
** ask.h -- answers a question with the provisions that apply, ranked.
**
** Ranking combines three signals, each measured against the eval cases:
**   text    BM25 of the FTS5 index over subsections, sections, letter paragraphs
**   concept how many of the question's concepts (thesaurus-mapped) the text names
**   graph   provisions quoted or cited by ministers' letters and annexes, and
**           provisions quoted side by side with a strong hit (the same rule for
**           another benefit)
** A rule appears once, in the version in force on the as-of date; its other
** versions are listed, and warnings say when a later document in the corpus
** amends or repeals it.
**
** ask() returns structures (hits, their versions, sources and warnings as
** records); the shell words and renders them.
**
** Ownership: an Asker borrows its Graph. What ask() fills is the caller's
** (ask_answer_free()).
*/
#ifndef LOVGRAF_ASK_H
#define LOVGRAF_ASK_H

#include "graph.h"
#include "item.h"
#include "read.h"
#include "timeline.h"
#include "understand.h"

typedef struct Asker Asker;

/* corpus_dir holds stopwords.list and thesaurus.tsv. */
Asker *asker_new(Graph *g, const char *corpus_dir, char **err);
void asker_free(Asker *a);   /* accepts NULL */

typedef enum { RANK_FULL = 0, RANK_BM25 = 1 } RankMode;

/* A later amending act whose title says it abolishes something a hit speaks of
** ("afskaffelse af ressourceforløb"): said once per answer, with the ranks of
** the hits it concerns. */
typedef struct AskNotice {
	char *type, *number, *date, *document, *title;
	char *thing;             /* what it abolishes ("ressourceforløb") */
	int *ranks;              /* the hits (1-based ranks) that speak of it */
	int n_ranks;
} AskNotice;

typedef struct AskHit {
	Item it;                 /* the provision, in the version in force */
	int rank;
	double score;
	double text, concepts, graph;   /* the signals */
	char **matched;          /* the words of the text that matched, lower case, once each */
	int n_matched;
	char *marked;            /* the text with the matched words as **word** */
	Items versions;          /* its other versions */
	ReadSource *sources;     /* letters' passages that quote or cite it */
	int n_sources;
	TlState state;           /* in force, changed later, repealed ... on the date */
} AskHit;

typedef struct AskAnswer {
	AskHit *v;
	int n;
	int superseded;          /* matches found only in versions not in force on the date */
	AskNotice *notices;      /* abolitions, each once, oldest first */
	int n_notices;
	double *weights;         /* per concept of the question (in its order): how much it
	                            tells, from its main term's document frequency */
	int n_weights;
	Understanding *u;        /* how the question was read */
} AskAnswer;
void ask_answer_free(AskAnswer *r);   /* frees what it holds, leaves it empty */

enum { ASK_MAX_CHARS = 2000 };   /* a question, not a document */

/* Ranks the provisions for question, at most limit of them. as_of NULL = today.
** Returns LG_OK with *out filled, LG_USAGE with *err for a question longer than
** ASK_MAX_CHARS, or LG_ERROR with *err. */
int ask(Asker *a, const char *question, const char *as_of, int limit, RankMode mode,
        AskAnswer *out, char **err);

#endif
