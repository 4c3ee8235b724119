/*
** citation.h -- the citation string of a provision as a lawyer writes it in a
** decision letter: "§ 53, stk. 4, i lov om en aktiv beskæftigelsesindsats, jf.
** lovbekendtgørelse nr. 280 af 1. marts 2024", "§ 1 i bekendtgørelse nr. 2409
** af 13. december 2021 om ret til samtale med sundhedskoordinator ...".
** The nouns and month names are the lexicon's (citation_noun, month).
*/
#ifndef LOVGRAF_CITATION_H
#define LOVGRAF_CITATION_H

#include "item.h"
#include "lexicon.h"

/* The citation string of it (a provision of a version of an act), malloc()ed;
** NULL for what has none (a letter's passage, a type citation_noun lacks). */
char *citation_of(const Lexicon *lx, const Item *it);

#endif
