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
** text_rank(fts, 'w0 w1 ...') (BM25 of the text column, each phrase weighted;
** see danish.c). Returns SQLITE_OK or an error. */
int danish_register(sqlite3 *db);

typedef struct Stemmer Stemmer;
Stemmer *stemmer_new(void);          /* NULL when libstemmer has no Danish */
void stemmer_free(Stemmer *s);       /* accepts NULL */
/* The stem of one lower-case word; valid until the next call. */
const char *stemmer_stem(Stemmer *s, const char *word, size_t n, size_t *out_n);

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
