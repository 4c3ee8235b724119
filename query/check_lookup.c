/*
** check_lookup.c -- reading what a quotation or citation is compared with:
** versions, provisions and their texts, where a quotation's words stand (the
** FTS index's best hits, aligned), and whether an act is repealed as a whole by
** another document. All reads go through the read module (read.h).
*/
#include "check_int.h"
#include "danish.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void check_version_of(Checker *c, long long doc, const char *date, CheckVersion *v) {
	DocRow row;
	if (read_doc_row(c->rd, doc, &row)) {
		*v = (CheckVersion){row.name, row.type, row.number, row.date, row.title, 0};
		v->in_force = !v->date || !date || strcmp(v->date, date) <= 0;
	}
}

long long check_find_in(Checker *c, long long doc, const char *section, int stk, const char *nr,
                        int *repealed) {
	long long id = read_check_provision(c->rd, doc, section, stk, nr, repealed);
	/* "§ 15, stk. 1" of a section with one subsection is the section */
	if (!id && stk == 1) id = check_find_in(c, doc, section, 0, nr, repealed);
	return id;
}

char *check_prov_text(Checker *c, long long id, char **act, long long *doc) {
	CheckProvRow p;
	char *text = NULL;
	if (read_check_prov(c->rd, id, &p)) {
		if (act) {
			*act = p.act;
			p.act = NULL;
		}
		if (doc) *doc = p.doc;
		const char *t = p.text;
		size_t n = t ? strlen(t) : 0;
		if (t && p.kind && !strcmp(p.kind, "section")) t = skip_heading(t, &n);
		text = t ? xstrndup(t, n) : NULL;
	}
	check_prov_row_clear(&p);
	return text;
}

static int cmp_len_desc(const void *a, const void *b) {
	size_t x = strlen(*(char *const *)a), y = strlen(*(char *const *)b);
	return x < y ? 1 : x > y ? -1 : 0;
}

/* An FTS query for the quotation's twelve longest words (of five letters or
** more): "w1" OR "w2" ...; empty when it has none. Caller frees. */
static char *fts_query(const Toks *q) {
	char **w = xmalloc((size_t)(q->n + 1) * sizeof *w);
	int nw = 0;
	for (int i = 0; i < q->n; i++) {
		if (strlen(q->v[i].w) < 5 || (q->v[i].flags & T_FREE)) continue;
		int dup = 0;
		for (int k = 0; k < nw && !dup; k++) dup = !strcmp(w[k], q->v[i].w);
		if (!dup) w[nw++] = q->v[i].w;
	}
	qsort(w, (size_t)nw, sizeof *w, cmp_len_desc);
	Buf m = BUF_INIT;
	for (int k = 0; k < nw && k < 12; k++) buf_printf(&m, "%s\"%s\"", k ? " OR " : "", w[k]);
	free(w);
	return m.s ? buf_take(&m) : xstrdup("");
}

/* The best candidate so far of check_locate(). */
typedef struct Best {
	long long id;
	Align *a;
	size_t len;
	int in_force;
} Best;

/* Aligns the quotation with candidate id and keeps it in *b when it is better:
** more words matched, then a lower cost, then in force on date, then shorter. */
static void try_candidate(Checker *c, const Toks *q, long long id, const char *date, Best *b) {
	char *act = NULL;
	long long pdoc = 0;
	char *text = check_prov_text(c, id, &act, &pdoc);
	if (!text) {
		free(act);
		return;
	}
	Align a;
	align_text(q, text, &c->words, &a);
	size_t len = strlen(text);
	int in_force = act && resolve_version(graph_resolver(c->g), act, date) == pdoc;
	const Align *best = b->a;
	int better = !b->id || a.matched > best->matched ||
	             (a.matched == best->matched &&
	              (a.cost < best->cost ||
	               (a.cost == best->cost && (in_force > b->in_force ||
	                                         (in_force == b->in_force && len < b->len)))));
	if (a.ok && align_share(&a) >= FIND_SHARE && better) {
		align_clear(b->a);
		*b->a = a;
		b->id = id;
		b->len = len;
		b->in_force = in_force;
	} else
		align_clear(&a);
	free(text);
	free(act);
}

long long check_locate(Checker *c, const Toks *q, long long doc, const char *date, Align *best) {
	memset(best, 0, sizeof *best);
	char *m = fts_query(q);
	if (!m[0]) {
		free(m);
		return 0;
	}
	long long *ids = NULL;
	int nids = read_check_fts(c->rd, m, doc, &ids);
	free(m);
	Best b = {.a = best};
	for (int k = 0; k < nids; k++) try_candidate(c, q, ids[k], date, &b);
	free(ids);
	return b.id;
}

/* ---- repeals ------------------------------------------------------------- */

int check_act_repealed(Checker *c, const char *act, long long ver, const char *date, Repeal *r) {
	memset(r, 0, sizeof *r);
	TlRepeal t;
	int when = timeline_act_repealed(graph_timeline(c->g), act, ver, date, &t);
	if (t.by.name) {
		r->by = (CheckVersion){t.by.name, t.by.type, t.by.number, t.by.date, t.by.title, 0};
		r->by.in_force = !r->by.date || !date || strcmp(r->by.date, date) <= 0;
		memset(&t.by, 0, sizeof t.by);   /* moved */
	}
	snprintf(r->from, sizeof r->from, "%s", t.from);
	r->keeps = t.keeps;
	t.keeps = NULL;
	tl_repeal_clear(&t);
	return r->when = when;
}

void check_repeal_clear(Repeal *r) {
	check_version_clear(&r->by);
	free(r->keeps);
	memset(r, 0, sizeof *r);
}
