/*
** item.h -- one result row as every command returns it: a provision (or an
** unresolved citation target) with the fields of the output contract, and
** Items, a growable list of them. Rendering is the shell's job (shell/render.c).
**
** Ownership: an Item owns its strings; items_free() frees a list and its items.
*/
#ifndef LOVGRAF_ITEM_H
#define LOVGRAF_ITEM_H

typedef struct Item {
	long long id;           /* provision id; 0 for an unresolved target */
	char *ref;              /* "LAS § 69, stk. 2" */
	char *doc;              /* the act's short name or the document id */
	char *doc_title;        /* the act's title */
	char *kind;             /* section, stk, nr, chapter, paragraph, part, document ... */
	char *chapter, *section, *subsection, *item;
	char *text;
	int repealed;
	/* the version it is quoted from */
	char *version, *version_title, *version_type, *version_date, *version_number, *eli;
	int in_corpus;
	/* as a reference: the edge's kind, the text that cites, its span, the quotation */
	char *via, *match, *quote;
	long long start, end;
	char *citation;         /* "§ 53, stk. 4, i lov om ..., jf. lovbekendtgørelse nr. 280 af 1.
	                           marts 2024" (query/citation.h); NULL when it has none */
	char *extra;            /* JSON members a shell command appends ("rank":1,...): set and
	                           read only by shell/, NULL elsewhere */
} Item;

typedef struct Items {
	Item *v;
	int n, cap;
} Items;

Item *items_add(Items *l);     /* a zeroed new item at the end */
void item_clear(Item *it);
void items_free(Items *l);     /* frees the items, leaves an empty list */

#endif
