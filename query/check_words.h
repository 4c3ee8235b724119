/*
** check_words.h -- the words of a quotation and of a provision, and their
** alignment: what check compares (see check_words.c). Internal to query/check*.c.
**
** Ownership: a Toks owns its words (toks_free()); an Align owns its diffs
** (align_clear()); span_text() returns a malloc()ed string.
*/
#ifndef LOVGRAF_CHECK_WORDS_H
#define LOVGRAF_CHECK_WORDS_H

#include "check.h"
#include "lexicon.h"

#include <stddef.h>

enum {
	T_SEG = 1,    /* an omission ("[...]") stands before this word */
	T_JOIN = 2,   /* hyphenated across a line: may join the next word */
	T_FREE = 4,   /* costs nothing to skip: "Stk. 2." headings, "1)" labels, a leading "at" */
	T_EDIT = 8    /* in square brackets: the writer's word ("[borgerens]") */
};

typedef struct Tok {
	char *w;
	size_t s, e;       /* byte span in the source text */
	unsigned flags;
} Tok;

typedef struct Toks {
	const char *src;
	Tok *v;
	int n, cap;
	size_t prev_end;
	unsigned pending;  /* flags for the next word */
} Toks;

/* The lexicon's lists the tokenizer reacts to (borrowed). */
typedef struct WordLists {
	const LexList *subsection_heading;   /* "Stk" of "Stk. 2." */
	const LexList *quote_lead;           /* "at" opening a quotation */
} WordLists;

/* Splits s[0..n) (borrowed: t points into it) into lower-case words. law: the
** text of a provision, whose "Stk. 2." headings and "1)" labels cost nothing to
** skip; else a quotation, whose brackets and leading "at" are the writer's. */
void tokenize(Toks *t, const char *s, size_t n, int law, const WordLists *wl);
void toks_free(Toks *t);

/* src[a..b) with every run of white space as one space. Caller frees. */
char *span_text(const char *src, size_t a, size_t b);

/* The text after a section's heading "§ 53." / "§§ 58-68."; *n shrinks with it. */
const char *skip_heading(const char *text, size_t *n);

typedef struct Align {
	int cost;
	int quote_words, matched;
	CheckDiff *diffs;
	int n_diffs;
	int ok;            /* 0 when too long to align */
	size_t law_s, law_e; /* bytes of the provision's text from the first to the last word matched */
} Align;

/* Aligns the quotation's words q with the provision's words l (see
** check_words.c). Fills a with the cost, the share of matching words and the
** differences. */
void align(const Toks *q, const Toks *l, Align *a /* OUT */);
/* The same for two whole texts (versions of a provision): words of l before the
** first and after the last match are differences too. */
void align_whole(const Toks *q, const Toks *l, Align *a /* OUT */);
void align_clear(Align *a);
/* Aligns q with the words of a provision's text (law words, see tokenize()). */
void align_text(const Toks *q, const char *text, const WordLists *wl, Align *a /* OUT */);
/* The share of the quotation's words that match. */
double align_share(const Align *a);
void diffs_free(CheckDiff *d, int n);   /* frees the strings and the array */

#endif
