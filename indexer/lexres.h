/*
** lexres.h -- the lexical resources of Debian, read into the index once, so
** that a question reads only the few words it needs:
**   words         the Danish word list (wdanish, /usr/share/dict/danish):
**                 where a compound may be split ("forældelsen" is no
**                 "foræld" + "elsen": "elsen" is no word)
**   translations  the FreeDict dictionaries Danish-English and English-Danish
**                 (dict-freedict-dan-eng, dict-freedict-eng-dan): the Danish
**                 words for an English word the thesaurus does not know
** What is not installed is left out and said in *note (the index works
** without it, less well).
*/
#ifndef LOVGRAF_LEXRES_H
#define LOVGRAF_LEXRES_H

#include "store.h"

typedef struct LexResPaths {
	const char *words;      /* a word a line */
	const char *dan_eng;    /* dictd bases: BASE.index and BASE.dict.dz */
	const char *eng_dan;
} LexResPaths;

/* The Debian places of the resources (LOVGRAF_WORDS, LOVGRAF_DICT_DAN_ENG and
** LOVGRAF_DICT_ENG_DAN in the environment, when set, instead). */
#define LEXRES_WORDS "/usr/share/dict/danish"
#define LEXRES_DAN_ENG "/usr/share/dictd/freedict-dan-eng"
#define LEXRES_ENG_DAN "/usr/share/dictd/freedict-eng-dan"

/* Writes what of p is there into tables words and translations; *note
** (malloc()ed, or NULL) names what is missing and what that means. LG_OK, or
** LG_ERROR on a write error (store_errmsg() says it). */
int lexres_store(Store *s, const LexResPaths *p, char **note);

#endif
