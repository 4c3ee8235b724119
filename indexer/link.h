/*
** link.h -- phase 2 of indexing, the linker: reads the provisions back out of
** the store and writes the edges of the graph: the citations in each
** provision's own text (not in its children's), the quotations of letters with
** their attributions, the acts an amending act's title amends and an order's
** title repeals ("om ændring af", "om ophævelse af"), and the documents a
** repeal text names by number ("Bekendtgørelse nr. 2409 af 13. december 2021
** ... ophæves"). What is cited but exists only as a citation (a guideline not
** in the corpus, its parts) is stored here too (store_external).
**
** The words it reacts to are the lexicon's "linker" section.
*/
#ifndef LOVGRAF_LINK_H
#define LOVGRAF_LINK_H

#include "acts.h"
#include "index.h"
#include "lexicon.h"
#include "read.h"
#include "store.h"

/* Writes every edge into store, reading through rd (on the store's database);
** counts them in stats->edges and stats->unresolved. acts and lex are borrowed.
** tick (may be NULL) is called now and then with how many provisions are
** linked. Returns LG_OK, or LG_ERROR with *err (malloc()ed). */
int link_all(Store *store, Reader *rd, const Acts *acts, const Lexicon *lex, IndexStats *stats,
             void (*tick)(void *ctx, long long linked), void *tick_ctx, char **err);

#endif
