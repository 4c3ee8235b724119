/*
** understand.h -- question understanding: turns a question in Danish or English
** ("which rules apply to a citizen in ressourceforløb refusing surgery") into a
** search plan: the concepts it names, the legal Danish terms they map to, the
** stemmed FTS terms with weights and a ready FTS5 MATCH expression. The shell
** renders the account of how the question was understood (shell/understood.c).
**
** Data: corpus/stopwords.list and corpus/thesaurus.tsv (their formats are
** described in their headers), loaded once with stopwords_load() and
** thesaurus_load() and then only read, so one pair may serve many questions.
**
** Ownership: every handle returned by an x_load()/understand() call is owned
** by the caller and released with the matching x_free(), which accepts NULL.
** Error messages returned through "char **err" are malloc()ed; the caller
** frees them. Strings returned by the understanding_*() accessors belong to
** the Understanding and live until understanding_free().
*/
#ifndef LOVGRAF_UNDERSTAND_H
#define LOVGRAF_UNDERSTAND_H

#include "read.h"

typedef struct Stopwords Stopwords;
typedef struct Thesaurus Thesaurus;
typedef struct Understanding Understanding;

/* Loads DIR/stopwords.list. NULL on failure, with *err set (err may be NULL). */
Stopwords *stopwords_load(const char *dir, char **err);
void stopwords_free(Stopwords *sw);
/* 1 when the lower-case word is a stop word of either language, else 0. */
int stopwords_has(const Stopwords *sw, const char *word);

/* Loads DIR/thesaurus.tsv. NULL on failure, with *err set (err may be NULL). */
Thesaurus *thesaurus_load(const char *dir, char **err);
void thesaurus_free(Thesaurus *th);

/*
** Understands one UTF-8 question. sw and th may be NULL (no stop words, no
** thesaurus). rd may be NULL; when given, the index's fts5vocab table
** "fts_vocab" (read_vocab_has(): stemmed terms of the FTS table): terms missing
** from it are left out of the MATCH expression, and compound words are split
** where both halves are indexed terms. Without rd (or that table) the thesaurus's legal terms
** serve as the vocabulary for splitting. Returns LG_OK with *out set, or
** LG_ERROR with *err set (only when the stemmers cannot be created).
*/
int understand(const char *question, const Stopwords *sw, const Thesaurus *th, Reader *rd,
               Understanding **out /* OUT */, char **err /* OUT */);
void understanding_free(Understanding *u);

const char *understanding_lang(const Understanding *u);   /* "da" or "en" */

/* The FTS5 MATCH expression: quoted terms joined by OR, "stem"* for prefix
** terms, "w1 w2" for legal phrases. Always valid FTS5 syntax; "" when the
** question has nothing to search for (do not run MATCH then). */
const char *understanding_fts(const Understanding *u);
/* The same of the terms i (as understanding_term() numbers them) with pick[i]
** only, in the same order; malloc()ed, "" when none is picked or indexed. */
char *understanding_fts_of(const Understanding *u, const unsigned char *pick);

/* All distinct search terms, heaviest first. A term is a Danish stem as in
** fts_vocab, or several stems separated by one space for a phrase. Weights:
** the main legal term of a thesaurus concept 2, its other legal terms 1.5,
** words inside legal phrases 0.75, plain words 1, parts of compounds 0.5,
** numbers 0.5. *prefix (may be NULL) is 1 when the term is searched as term*. */
int understanding_nterms(const Understanding *u);
int understanding_term_indexed(const Understanding *u, int i);   /* 1: the index has it */
const char *understanding_term(const Understanding *u, int i, double *weight, int *prefix);

/* The concepts in question order. source is "thesaurus", "word" or "number";
** a word's terms include the halves of a split compound. */
int understanding_nconcepts(const Understanding *u);
const char *understanding_concept_words(const Understanding *u, int i);  /* as written */
const char *understanding_concept_source(const Understanding *u, int i);
int understanding_concept_nlaw(const Understanding *u, int i);
const char *understanding_concept_law(const Understanding *u, int i, int j);
/* 1 when the concept asks who or what a scheme is for ("target group", "hvem kan
** få"; marked @scope in the thesaurus): a provision that defines another concept
** of the question ("Fleksjob er en ordning for personer, ...") answers it. */
int understanding_concept_scope(const Understanding *u, int i);
int understanding_concept_nterms(const Understanding *u, int i);
const char *understanding_concept_term(const Understanding *u, int i, int j, double *weight);
int understanding_concept_term_prefix(const Understanding *u, int i, int j);  /* searched as term* */

/* The stop words dropped from the question, in its order. */
int understanding_nstopwords(const Understanding *u);
const char *understanding_stopword(const Understanding *u, int i);

#endif
