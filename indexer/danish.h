/*
** danish.h -- Danish text for search: the FTS5 tokenizer "danish" (unicode61
** word splitting that keeps æ, ø, å and drops diacritics of é etc., lower-case,
** Snowball's Danish stemmer) and the same steps for query code.
**
** Ownership: strings returned by danish_lower() are malloc()ed; the caller
** frees them. A Stemmer's results live until the next call on it.
*/
#ifndef LOVGRAF_DANISH_H
#define LOVGRAF_DANISH_H

#include <stddef.h>
#include <sqlite3.h>
#include "lexicon.h"

/* Registers on db the FTS5 tokenizer "danish" and the ranking function
** text_rank(fts, ?) (BM25 of the text column, each phrase weighted; see
** danish.c). Returns SQLITE_OK or an error. */
int danish_register(sqlite3 *db);

/* text_rank()'s second argument, bound with sqlite3_bind_pointer(...,
** TEXT_RANK_ARGS, NULL) (NULL or not bound: every phrase weighs 1): the weight
** of each of the first n phrases of the MATCH expression, in their order (0:
** the phrase only selects rows), and its idf where the caller knows it (0:
** counted by text_rank; NULL: all counted). Phrases after the n-th weigh 1. */
typedef struct TextRankArgs {
	int n;
	const double *w, *idf;
} TextRankArgs;
#define TEXT_RANK_ARGS "lovgraf_text_rank_args"

/* BM25's idf of a phrase found in hits of rows rows, as FTS5 reckons it
** (never below 1e-6). */
double text_rank_idf(double rows, double hits);

typedef struct Stemmer Stemmer;
Stemmer *stemmer_new(void);          /* NULL when libstemmer has no Danish */
void stemmer_free(Stemmer *s);       /* accepts NULL */
/* The stem of one lower-case word; valid until the next call. */
const char *stemmer_stem(Stemmer *s, const char *word, size_t n, size_t *out_n);
/* The same; *cut = 1 when the stemmer would have cut a long word to a short
** common stem ("varighed" -> "var") and the word's own form is returned. */
const char *stemmer_stem_cut(Stemmer *s, const char *word, size_t n, size_t *out_n, int *cut);

/* Lower-cases UTF-8 text (ASCII, Latin-1 letters incl. Æ Ø Å É). */
char *danish_lower(const char *s, size_t n);

/* Splits text into lower-case words the way the tokenizer does, calling fn for
** each with its byte span in s. Stops early when fn returns non-zero. */
int danish_words(const char *s, size_t n,
                 int (*fn)(void *ctx, const char *w, size_t wn, size_t start, size_t end),
                 void *ctx);

/* The number (1-12) of a month name ("juni", any case) of the lexicon's list
** "month" (its value is the number), or 0. */
int danish_month(const LexList *months, const char *m, size_t n);

/* Reads a date written "1. februar 2026" at s[0..n) into out as YYYY-MM-DD.
** Returns the bytes read, or 0 when s does not start with such a date. */
size_t danish_date(const LexList *months, const char *s, size_t n, char out[32]);

#endif
