/*
** acts.h -- the table of acts and documents that citations can name: their
** keys, short names, titles and the ways people write them ("LAB", "lov om en
** aktiv beskæftigelsesindsats", "barselsloven"), loaded from corpus/acts.tsv
** and extended with the title of every document indexed.
**
** An act is the identity that outlives its versions: "Lov om en aktiv
** beskæftigelsesindsats" (LOV 2019) and "Bekendtgørelse af lov om en aktiv
** beskæftigelsesindsats" (LBK 2024) are versions of act LAB.
**
** Ownership: Acts owns all strings it returns; they live until acts_free().
*/
#ifndef LOVGRAF_ACTS_H
#define LOVGRAF_ACTS_H

#include <stddef.h>
#include "lexicon.h"

/* Bytes an act key or name may take with its NUL: titles run to 925 bytes in all of
** Danish law, and a key cut short names no act. */
#define ACT_KEY_MAX 1024

typedef struct Acts Acts;

/* lex: the lexicon whose title lists names are read with (borrowed; it must
** outlive the table). NULL and *err when a list is missing. */
Acts *acts_new(const Lexicon *lex, char **err);
void acts_free(Acts *a);   /* accepts NULL */

/* The table as an index stores it (store.c writes it, read.c reads it back):
** opened without building anything, each act and name read when asked for.
** Such a table is read-only: the functions that add to it must not be called. */
typedef struct ActRow {
	char *key, *kind, *title, *short_name, *learned;   /* malloc()ed; NULL: none */
} ActRow;
typedef struct ActsSource {
	void *ctx;
	int n_act;          /* acts 0 .. n_act-1 */
	size_t max_name;    /* acts_max_name() of the table stored */
	/* the entry of normalised name s[0..n) (acts_name_at()): 1, or 0 if none */
	int (*name)(void *ctx, const char *s, size_t n, int *act, int *only);
	int (*act)(void *ctx, int i, ActRow *row);   /* act i: 1, or 0 if none */
	int (*find)(void *ctx, const char *key);     /* the number of the act key, or -1 */
} ActsSource;
/* src is borrowed and must outlive the table. */
Acts *acts_open_stored(const Lexicon *lex, const ActsSource *src, char **err);

/* Loads corpus/acts.tsv (format in that file's header comment). On failure
** returns LG_ERROR and sets *err to a malloc()ed message naming file and line. */
int acts_load(Acts *a, const char *path, char **err);

/* Registers an act (if new) and a name for it. kind: LOV, BEK, VEJ, SKR, ...
** Returns the act's key as stored. */
const char *acts_add(Acts *a, const char *key, const char *kind, const char *title);
void acts_add_alias(Acts *a, const char *key, const char *alias);
/* Names of a registered act learned from the texts (not from acts.tsv): the
** short name a title gives in parentheses ("(selskabsloven)"); "|"-separated.
** The store keeps them (acts.names) so that a reader of the index knows them too.
** A name another act already has is not taken. */
void acts_learn_names(Acts *a, const char *key, const char *names);
const char *acts_learned(const Acts *a, const char *key);   /* NULL: none */
/* Sets the short name of a registered act (letters: "spm. nr. 497 (alm. del)"). */
void acts_set_short(Acts *a, const char *key, const char *short_name);

/* The act a document is a version of, from its title and type: "Bekendtgørelse af
** lov om X" (LBK) and "Lov om X" (LOV) give the same act; trailing "m.v." and a
** parenthesised subtitle are ignored. Unknown titles are registered as new acts
** whose key is the normalised title. Amending acts ("Lov om ændring af ...") are
** acts of their own. Never NULL. */
const char *acts_key_for_title(Acts *a, const char *title, const char *type);

/* The longest act name or alias that starts at s (case-insensitive, any run of
** white space matching one space, on word boundaries; a genitive "-lovens" matches
** the alias "-loven"). A title cut short also names its act when nothing else
** can be meant: at least four words, the start of the names of one act only,
** not ending in a word like "om" or "og", with no other act's name inside it,
** and followed by no other word of a title ("§ 9 i bekendtgørelse om
** rehabiliteringsplan og rehabiliteringsteam, at"); its last word may be
** inflected ("-teamets" written "-team"). Returns the length in bytes and sets
** *key, or 0. */
size_t acts_match(const Acts *a, const char *s, size_t n, const char **key);

/* 1 if the word w[0..n) joins the words of a title but cannot end one: "om",
** "af", "til", "det", ... */
int acts_cannot_end(const Acts *a, const char *w, size_t n);

const char *acts_short(const Acts *a, const char *key);  /* "LAB"; the key itself if none */
const char *acts_title(const Acts *a, const char *key);  /* "lov om en aktiv beskæftigelsesindsats" */
const char *acts_kind(const Acts *a, const char *key);   /* "LOV", "BEK", "VEJ", ...; NULL if unknown */
int acts_known(const Acts *a, const char *key);

/* Iteration, for the store: i from 0 while i < acts_count(). */
int acts_count(const Acts *a);
const char *acts_key_at(const Acts *a, int i);
/* Every normalised name and word-prefix of one, for the store: *pos from 0
** while it returns 1; sets the name s[0..n), the act it names (-1: only a
** prefix) and the only act whose names start with it (-2: several). */
int acts_name_at(const Acts *a, size_t *pos, const char **s, size_t *n, int *act, int *only);
size_t acts_max_name(const Acts *a);   /* the longest normalised name, in bytes */

#endif
