/*
** item.c -- result items and lists (see item.h).
*/
#include "item.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

Item *items_add(Items *l) {
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xrealloc(l->v, (size_t)l->cap * sizeof *l->v);
	}
	Item *it = &l->v[l->n++];
	memset(it, 0, sizeof *it);
	return it;
}

void item_clear(Item *it) {
	char **f[] = {&it->ref, &it->doc, &it->doc_title, &it->kind, &it->chapter, &it->section,
	              &it->subsection, &it->item, &it->text, &it->version, &it->version_title,
	              &it->version_type, &it->version_date, &it->version_number, &it->eli,
	              &it->via, &it->match, &it->quote, &it->citation, &it->extra};
	for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
		free(*f[i]);
		*f[i] = NULL;
	}
}

void items_free(Items *l) {
	for (int i = 0; i < l->n; i++) item_clear(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
