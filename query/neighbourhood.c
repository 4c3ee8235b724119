/*
** neighbourhood.c -- the neighbourhood of a provision (see neighbourhood.h): a
** breadth-first walk of its references out and in, then the grouping that
** keeps its picture readable (ranges, the citers of a provision cited often).
*/
#include "neighbourhood.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { DIR_OUT = 1, DIR_IN = 2 };

/* ---- the walk ----------------------------------------------------------------- */

typedef struct RawNode {
	Item it;
	int depth;
	int dirs;        /* the directions it was walked in (DIR_OUT, DIR_IN) */
} RawNode;

typedef struct RawEdge {
	int from, to;
	char *kind, *match;
} RawEdge;

typedef struct Step {
	int node, dir, depth;
} Step;

typedef struct Walk {
	Graph *g;
	const char *date;
	RawNode *n;
	int nn, capn;
	RawEdge *e;
	int ne, cape;
	Step *q;
	int nq, capq;
	int left_out, not_in_force;
} Walk;

static int same_str(const char *a, const char *b) { return !strcmp(a ? a : "", b ? b : ""); }

/* The node of it (a provision by id, a target not in the index by its
** reference), or -1. */
static int node_of(const Walk *w, const Item *it) {
	for (int i = 0; i < w->nn; i++) {
		const Item *o = &w->n[i].it;
		if (it->id ? o->id == it->id : !o->id && same_str(o->ref, it->ref)) return i;
	}
	return -1;
}

/* Takes over *it as a new node at depth (it is zeroed), or returns -1 when the
** walk has NB_MAX_NODES already. */
static int add_node(Walk *w, Item *it, int depth) {
	if (w->nn >= NB_MAX_NODES) return -1;
	if (w->nn == w->capn) {
		w->capn = w->capn ? 2 * w->capn : 64;
		w->n = xrealloc(w->n, (size_t)w->capn * sizeof *w->n);
	}
	w->n[w->nn] = (RawNode){.it = *it, .depth = depth};
	*it = (Item){0};
	return w->nn++;
}

static void add_edge(Walk *w, int from, int to, const Item *via) {
	if (w->ne == w->cape) {
		w->cape = w->cape ? 2 * w->cape : 64;
		w->e = xrealloc(w->e, (size_t)w->cape * sizeof *w->e);
	}
	w->e[w->ne++] = (RawEdge){from, to, xstrdup(via->via ? via->via : "cites"),
	                          xstrdup(via->match)};
}

static void push(Walk *w, int node, int dir, int depth) {
	if (w->nq == w->capq) {
		w->capq = w->capq ? 2 * w->capq : 64;
		w->q = xrealloc(w->q, (size_t)w->capq * sizeof *w->q);
	}
	w->q[w->nq++] = (Step){node, dir, depth};
}

/* One step: the references out of (or into) node s.node, each a node at
** s.depth + 1 and an edge. */
static int step(Walk *w, Step s) {
	Items l = {0};
	int dropped = 0;
	long long id = w->n[s.node].it.id;
	int rc = s.dir == DIR_OUT ? graph_refs_from(w->g, id, &l)
	                          : graph_refs_to(w->g, id, w->date, &l, &dropped);
	w->not_in_force += dropped;
	for (int i = 0; rc == LG_OK && i < l.n; i++) {
		Item *it = &l.v[i];
		int j = node_of(w, it);
		if (j < 0) {   /* the node takes the provision; the edge's via and match stay here */
			Item keep = {.via = it->via, .match = it->match};
			it->via = it->match = NULL;
			j = add_node(w, it, s.depth + 1);
			it->via = keep.via;
			it->match = keep.match;
		}
		if (j < 0) {
			w->left_out++;
			continue;
		}
		if (s.dir == DIR_OUT) add_edge(w, s.node, j, it);
		else add_edge(w, j, s.node, it);
		if (!(w->n[j].dirs & s.dir) && w->n[j].it.id) {
			w->n[j].dirs |= s.dir;
			push(w, j, s.dir, s.depth + 1);
		}
	}
	items_free(&l);
	return rc;
}

static int cmp_edge(const void *a, const void *b) {
	const RawEdge *x = a, *y = b;
	if (x->from != y->from) return x->from < y->from ? -1 : 1;
	if (x->to != y->to) return x->to < y->to ? -1 : 1;
	return strcmp(x->kind, y->kind);
}

/* Sorts the edges (by from, to, kind) and keeps each once. */
static void unique_edges(RawEdge *e, int *n) {
	if (*n > 1) qsort(e, (size_t)*n, sizeof *e, cmp_edge);
	int k = 0;
	for (int i = 0; i < *n; i++) {
		if (k && !cmp_edge(&e[k - 1], &e[i])) {
			free(e[i].kind);
			free(e[i].match);
			continue;
		}
		e[k++] = e[i];
	}
	*n = k;
}

/* ---- grouping ----------------------------------------------------------------- */

typedef struct Group {
	NbKind kind;
	int *member;     /* raw node indices, in order */
	int n;
	char *label;
} Group;

typedef struct Shape {
	Walk *w;
	int *group;      /* per raw node: its group, or -1 */
	Group *gr;
	int ng;
	int *degree;     /* per raw node: edges in and out */
} Shape;

static int new_group(Shape *s, NbKind kind) {
	s->gr = xrealloc(s->gr, (size_t)(s->ng + 1) * sizeof *s->gr);
	s->gr[s->ng] = (Group){.kind = kind};
	return s->ng++;
}

static void join(Shape *s, int g, int node) {
	Group *gr = &s->gr[g];
	gr->member = xrealloc(gr->member, (size_t)(gr->n + 1) * sizeof *gr->member);
	gr->member[gr->n++] = node;
	s->group[node] = g;
}

/* Whether c cites t and nothing else drawn, further out than t: a citer that
** may stand in a group. */
static int lone_citer(const Shape *s, int c, int t) {
	return c != 0 && s->degree[c] == 1 && s->group[c] < 0 && s->w->n[c].depth > s->w->n[t].depth;
}

/* The lone citers of a provision cited more than NB_GROUP_AT times: one group
** per citing act of two or more. */
static void group_citers(Shape *s) {
	Walk *w = s->w;
	int *in = xcalloc((size_t)w->nn, sizeof *in);
	for (int i = 0; i < w->ne; i++) in[w->e[i].to]++;
	for (int t = 0; t < w->nn; t++) {
		if (in[t] <= NB_GROUP_AT) continue;
		for (int i = 0; i < w->ne; i++) {
			int c = w->e[i].from;
			if (w->e[i].to != t || !lone_citer(s, c, t)) continue;
			int g = -1;   /* the others of c's act among t's citers join it */
			for (int k = i + 1; k < w->ne; k++) {
				int d = w->e[k].from;
				if (w->e[k].to != t || d == c || !lone_citer(s, d, t) ||
				    !same_str(w->n[d].it.doc, w->n[c].it.doc))
					continue;
				if (g < 0) {
					g = new_group(s, NB_ACT_GROUP);
					s->gr[g].label = xstrdup(w->n[c].it.doc ? w->n[c].it.doc : "?");
					join(s, g, c);
				}
				join(s, g, d);
			}
		}
	}
	free(in);
}

/* For a range: the number of a provision's last part (a section's, a
** subsection's, an item's), its level (1 section, 2 subsection, 3 item) and the
** rest of its place as a key; 0 when it has no plain number there. */
static int range_part(const Item *it, int *level, char **key) {
	const char *v = NULL;
	*level = 0;
	if (!it->kind) return 0;
	if (!strcmp(it->kind, "section") && it->section) v = it->section, *level = 1;
	else if (!strcmp(it->kind, "stk") && it->subsection) v = it->subsection, *level = 2;
	else if (!strcmp(it->kind, "nr") && it->item) v = it->item, *level = 3;
	if (!v || !*v || strspn(v, "0123456789") != strlen(v) || strlen(v) > 6) return 0;
	size_t n = it->ref ? strlen(it->ref) : 0, k = strlen(v);
	if (n <= k || strcmp(it->ref + n - k, v)) return 0;   /* the ref must end with it */
	*key = xprintf("%s\x1f%s\x1f%d\x1f%.*s", it->doc ? it->doc : "", it->version ? it->version : "",
	               *level, (int)(n - k), it->ref);
	return atoi(v);
}

typedef struct Cand {
	int node, num, level;
	char *key;
} Cand;

static int cmp_cand(const void *a, const void *b) {
	const Cand *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : x->num - y->num;
}

/* "LAB §§ 6-9", "LAB § 6, nr. 1-2": the first's reference with the range. */
static char *range_label(const Item *first, int level, int lo, int hi) {
	char los[16];
	snprintf(los, sizeof los, "%d", lo);
	size_t n = strlen(first->ref) - strlen(los);
	Buf b = BUF_INIT;
	const char *ref = first->ref, *sign = NULL;   /* a range of sections: "§§" */
	if (level == 1)
		for (const char *p = strstr(ref, "§ "); p && (size_t)(p - ref) < n; p = strstr(p + 1, "§ "))
			sign = p;
	if (sign) {
		buf_add(&b, ref, (size_t)(sign - ref));
		buf_puts(&b, "§");
		buf_add(&b, sign, n - (size_t)(sign - ref));
	} else {
		buf_add(&b, ref, n);
	}
	buf_printf(&b, "%d-%d", lo, hi);
	return buf_take(&b);
}

/* Consecutive provisions of one act at one level, with the same references in
** and out (the same place in the picture): one range each. */
static void group_ranges(Shape *s) {
	Walk *w = s->w;
	Buf *sig_out = xcalloc((size_t)w->nn, sizeof *sig_out), *sig_in = xcalloc((size_t)w->nn, sizeof *sig_in);
	for (int i = 0; i < w->ne; i++) {
		buf_printf(&sig_out[w->e[i].from], "%d:%s;", w->e[i].to, w->e[i].kind);
		buf_printf(&sig_in[w->e[i].to], "%d:%s;", w->e[i].from, w->e[i].kind);
	}
	Cand *c = xcalloc((size_t)w->nn, sizeof *c);
	int nc = 0;
	for (int i = 1; i < w->nn; i++) {
		if (s->group[i] >= 0 || !w->n[i].it.id) continue;
		char *key = NULL;
		int level, num = range_part(&w->n[i].it, &level, &key);
		if (num) c[nc++] = (Cand){i, num, level, key};
		else free(key);
	}
	if (nc > 1) qsort(c, (size_t)nc, sizeof *c, cmp_cand);
	for (int i = 0; i < nc;) {
		int j = i + 1;
		while (j < nc && !strcmp(c[j].key, c[i].key) && c[j].num == c[j - 1].num + 1 &&
		       same_str(sig_out[c[j].node].s, sig_out[c[i].node].s) &&
		       same_str(sig_in[c[j].node].s, sig_in[c[i].node].s))
			j++;
		if (j - i > 1) {
			int g = new_group(s, NB_RANGE);
			for (int k = i; k < j; k++) join(s, g, c[k].node);
			s->gr[g].label = range_label(&w->n[c[i].node].it, c[i].level, c[i].num, c[j - 1].num);
		}
		i = j;
	}
	for (int i = 0; i < nc; i++) free(c[i].key);
	free(c);
	for (int i = 0; i < w->nn; i++) {
		buf_free(&sig_out[i]);
		buf_free(&sig_in[i]);
	}
	free(sig_out);
	free(sig_in);
}

/* A member's reference within its act: "§ 9, stk. 1" of "LAB § 9, stk. 1". */
static char *within_act(const Item *it) {
	const char *ref = it->ref ? it->ref : "?";
	size_t k = it->doc ? strlen(it->doc) : 0;
	if (k && !strncmp(ref, it->doc, k) && ref[k] == ' ') return xstrdup(ref + k + 1);
	return xstrdup(ref);
}

/* ---- the result --------------------------------------------------------------- */

static int cmp_nb_edge(const void *a, const void *b) {
	const NbEdge *x = a, *y = b;
	if (x->from != y->from) return x->from < y->from ? -1 : 1;
	if (x->to != y->to) return x->to < y->to ? -1 : 1;
	return strcmp(x->kind, y->kind);
}

/* The nodes and edges of the picture from the walk and its groups: the raw
** items move into the nodes. */
static Neighbourhood *shape(Shape *s, int depth) {
	Walk *w = s->w;
	Neighbourhood *nb = xcalloc(1, sizeof *nb);
	nb->depth = depth;
	nb->left_out = w->left_out;
	nb->not_in_force = w->not_in_force;
	nb->nodes = xcalloc((size_t)w->nn, sizeof *nb->nodes);
	int *disp = xcalloc((size_t)w->nn, sizeof *disp);
	int *gdisp = xcalloc((size_t)s->ng + 1, sizeof *gdisp);
	for (int g = 0; g < s->ng; g++) gdisp[g] = -1;
	for (int i = 0; i < w->nn; i++) {
		int g = s->group[i];
		if (g >= 0 && gdisp[g] >= 0) {   /* a later member: its item is done with */
			disp[i] = gdisp[g];
			item_clear(&w->n[i].it);
			continue;
		}
		NbNode *d = &nb->nodes[nb->n_nodes];
		disp[i] = nb->n_nodes++;
		d->depth = w->n[i].depth;
		if (g < 0) {
			d->kind = w->n[i].it.id ? NB_PROVISION : NB_TARGET;
			d->label = xstrdup(w->n[i].it.ref ? w->n[i].it.ref : "?");
			d->n_members = 1;
		} else {
			gdisp[g] = disp[i];
			d->kind = s->gr[g].kind;
			d->label = s->gr[g].label;
			s->gr[g].label = NULL;
			d->n_members = s->gr[g].n;
			d->members = xcalloc((size_t)s->gr[g].n, sizeof *d->members);
			for (int k = 0; k < s->gr[g].n; k++) d->members[k] = within_act(&w->n[s->gr[g].member[k]].it);
		}
		d->it = w->n[i].it;
		w->n[i].it = (Item){0};
	}
	nb->edges = xcalloc((size_t)w->ne + 1, sizeof *nb->edges);
	for (int i = 0; i < w->ne; i++)
		nb->edges[i] = (NbEdge){disp[w->e[i].from], disp[w->e[i].to], w->e[i].kind, 1, w->e[i].match};
	for (int i = 0; i < w->ne; i++) w->e[i].kind = w->e[i].match = NULL;
	int n = w->ne, k = 0;
	if (n > 1) qsort(nb->edges, (size_t)n, sizeof *nb->edges, cmp_nb_edge);
	for (int i = 0; i < n; i++) {   /* a range's or group's edges: one, counted */
		if (k && !cmp_nb_edge(&nb->edges[k - 1], &nb->edges[i])) {
			nb->edges[k - 1].count++;
			free(nb->edges[i].kind);
			free(nb->edges[i].match);
			continue;
		}
		nb->edges[k++] = nb->edges[i];
	}
	nb->n_edges = k;
	free(disp);
	free(gdisp);
	return nb;
}

static void walk_free(Walk *w) {
	for (int i = 0; i < w->nn; i++) item_clear(&w->n[i].it);
	for (int i = 0; i < w->ne; i++) {
		free(w->e[i].kind);
		free(w->e[i].match);
	}
	free(w->n);
	free(w->e);
	free(w->q);
}

int nb_walk(Graph *g, long long id, int depth, const char *date, Neighbourhood **out) {
	*out = NULL;
	Walk w = {.g = g, .date = date};
	Item self = {0};
	int rc = graph_item(g, id, &self);
	if (rc == LG_OK) {
		add_node(&w, &self, 0);
		w.n[0].dirs = DIR_OUT | DIR_IN;
		push(&w, 0, DIR_OUT, 0);
		push(&w, 0, DIR_IN, 0);
	}
	for (int h = 0; rc == LG_OK && h < w.nq; h++)
		if (w.q[h].depth < depth) rc = step(&w, w.q[h]);
	item_clear(&self);
	if (rc != LG_OK) {
		walk_free(&w);
		return LG_ERROR;
	}
	unique_edges(w.e, &w.ne);
	Shape s = {.w = &w};
	s.group = xcalloc((size_t)w.nn, sizeof *s.group);
	s.degree = xcalloc((size_t)w.nn, sizeof *s.degree);
	for (int i = 0; i < w.nn; i++) s.group[i] = -1;
	for (int i = 0; i < w.ne; i++) {
		s.degree[w.e[i].from]++;
		if (w.e[i].to != w.e[i].from) s.degree[w.e[i].to]++;
	}
	group_citers(&s);
	group_ranges(&s);
	*out = shape(&s, depth);
	for (int i = 0; i < s.ng; i++) {
		free(s.gr[i].member);
		free(s.gr[i].label);
	}
	free(s.gr);
	free(s.group);
	free(s.degree);
	walk_free(&w);
	return LG_OK;
}

void nb_free(Neighbourhood *nb) {
	if (!nb) return;
	for (int i = 0; i < nb->n_nodes; i++) {
		NbNode *d = &nb->nodes[i];
		item_clear(&d->it);
		free(d->label);
		for (int k = 0; k < d->n_members; k++)
			if (d->members) free(d->members[k]);
		free(d->members);
	}
	for (int i = 0; i < nb->n_edges; i++) {
		free(nb->edges[i].kind);
		free(nb->edges[i].match);
	}
	free(nb->nodes);
	free(nb->edges);
	free(nb);
}
