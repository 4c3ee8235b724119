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
** Ownership: an Asker borrows its Graph. Items from ask() are the caller's.
*/
#ifndef LOVGRAF_ASK_H
#define LOVGRAF_ASK_H

#include "graph.h"
#include "item.h"

typedef struct Asker Asker;

/* corpus_dir holds stopwords.list and thesaurus.tsv. */
Asker *asker_new(Graph *g, const char *corpus_dir, char **err);
void asker_free(Asker *a);   /* accepts NULL */

typedef enum { RANK_FULL = 0, RANK_BM25 = 1 } RankMode;

/* Ranks the provisions for question. as_of NULL = today. Each item's extra holds
** "rank","score","matched","marked","versions","sources","warnings".
** *understood receives the JSON account of the question (malloc()ed). */
int ask(Asker *a, const char *question, const char *as_of, int limit, RankMode mode,
        Items *out, char **understood, char **err);

/* How the question is read, for people (see understanding_summary()); NULL
** when it cannot be read. Caller frees. */
char *ask_read_as(Asker *a, const char *question);

#endif
