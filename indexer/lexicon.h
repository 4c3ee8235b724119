/*
** lexicon.h -- the words of Danish legal language that the grammars react to,
** read from corpus/lexicon.tsv: month names, the tails of titles ("m.v."),
** words that point back to an act ("loven", "samme lov"), repeal markers
** ("(Ophævet)"), commencement phrases, letter conventions ("Venlig hilsen"),
** abbreviations, definition verbs ... The file's header says what each list is
** for. The C code holds the mechanisms; which words trigger them is data here.
**
** A Lexicon is loaded once per process and only read afterwards; the modules
** that use it look their lists up once (lexicon_list) when they are made and
** keep the LexList pointers.
**
** Ownership: the Lexicon owns every list, entry and string it returns; they
** live until lexicon_free(). lexicon_expand() returns a malloc()ed string.
*/
#ifndef LOVGRAF_LEXICON_H
#define LOVGRAF_LEXICON_H

#include <stddef.h>

typedef struct Lexicon Lexicon;

typedef struct LexEntry {
	const char *word;    /* as written in the file, NUL-terminated */
	size_t len;          /* strlen(word) */
	const char *value;   /* the optional third field ("" when none) */
} LexEntry;

typedef struct LexList {
	const char *name;
	const LexEntry *v;   /* in file order */
	int n;
} LexList;

/* Loads path (format in corpus/lexicon.tsv's header). Returns LG_OK and *out,
** or LG_ERROR and *err (malloc()ed) naming the file and line. */
int lexicon_load(const char *path, Lexicon **out /* OUT */, char **err /* OUT */);
void lexicon_free(Lexicon *lx);   /* accepts NULL */

/* The list called name; NULL when the file has none. */
const LexList *lexicon_list(const Lexicon *lx, const char *name);

/* Looks up every list of names (a NULL-terminated array) into out[]; returns
** LG_OK, or LG_ERROR with *err naming the first list the file lacks. */
int lexicon_lists(const Lexicon *lx, const char *const *names, const LexList **out, char **err);

/* Matching. "Caseless" folds ASCII letters and æ/Æ, ø/Ø, å/Å, é/É; the word
** must end on a word boundary in s unless the entry itself ends in a non-letter
** (a "(Ophævet" entry matches "(Ophævet)"). */
enum { LEX_EXACT = 0, LEX_CASELESS = 1, LEX_NOBOUND = 2 /* no word boundary needed after */ };

/* The value of the entry whose word is key (as written), or "" when none. */
const char *lexlist_value(const LexList *l, const char *key);
/* The index of the entry equal to w[0..n), or -1. */
int lexlist_find(const LexList *l, const char *w, size_t n, int flags);
/* The longest entry that s[0..n) starts with; returns its length and sets *at
** (may be NULL) to its index, or 0. */
size_t lexlist_prefix(const LexList *l, const char *s, size_t n, int flags, int *at);
/* The first place in s[0..n) where an entry stands (the longest one there, on a
** word boundary before it); returns a pointer into s and sets *len and *at, or
** NULL. */
const char *lexlist_search(const LexList *l, const char *s, size_t n, int flags, size_t *len,
                           int *at);
/* The earliest place in s[0..n) where an entry stands as written, inside a word
** too (a plain substring search, for phrases looked for in long texts); sets
** *len (may be NULL) to its length. NULL when none does. */
const char *lexlist_first(const LexList *l, const char *s, size_t n, size_t *len);
/* 1 when s[0..n) ends with an entry (on a word boundary before it), with its
** length in *len. */
int lexlist_suffix(const LexList *l, const char *s, size_t n, int flags, size_t *len);

/* pattern with every "{name}" (a name of lower-case letters and "_") replaced
** by a PCRE2 alternation of that list's words, longest first, each quoted and
** with its spaces as "\\s+" ("januar|februar|..."), without a group around it:
** write "(?:{month})". Quantifiers such as "{1,2}" are left as they are.
** Returns NULL and *err when a list is missing. */
char *lexicon_expand(const Lexicon *lx, const char *pattern, char **err);

#endif
