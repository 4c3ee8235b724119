/*
** check_report.c -- the report of a check: its results, the notes on them (as
** records, which shell/ words) and freeing it all.
*/
#include "check_int.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static const char *const STATUS[CHECK_N] = {
	"match", "differs", "not found", "not in corpus", "cited", "not mentioned", "not attributed",
	"proposed", "restated"};

const char *check_status_name(CheckStatus s) {
	return s >= 0 && s < CHECK_N ? STATUS[s] : "?";
}

CheckResult *check_add_result(CheckReport *r, CheckDoc *d, CheckStatus s) {
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->v = xrealloc(r->v, (size_t)r->cap * sizeof *r->v);
	}
	CheckResult *x = &r->v[r->n++];
	memset(x, 0, sizeof *x);
	x->status = s;
	x->in = d->name;
	return x;
}

void check_version_clear(CheckVersion *v) {
	free(v->document);
	free(v->type);
	free(v->number);
	free(v->date);
	free(v->title);
	memset(v, 0, sizeof *v);
}

void check_version_copy(CheckVersion *dst, const CheckVersion *src) {
	*dst = (CheckVersion){xstrdup(src->document), xstrdup(src->type),
	                      xstrdup(src->number),   xstrdup(src->date),
	                      xstrdup(src->title),    src->in_force};
}

static void note_clear(CheckNote *n) {
	free(n->ref);
	free(n->text);
	free(n->date);
	check_version_clear(&n->version);
	check_version_clear(&n->other);
	diffs_free(n->diffs, n->n_diffs);
	memset(n, 0, sizeof *n);
}

static void notes_clear(CheckResult *x) {
	for (int i = 0; i < x->n_notes; i++) note_clear(&x->notes[i]);
	free(x->notes);
	x->notes = NULL;
	x->n_notes = 0;
}

/* A zeroed note of kind k at index at of x's notes. */
static CheckNote *note_insert(CheckResult *x, int at, CheckNoteKind k) {
	x->notes = xrealloc(x->notes, (size_t)(x->n_notes + 1) * sizeof *x->notes);
	memmove(x->notes + at + 1, x->notes + at, (size_t)(x->n_notes - at) * sizeof *x->notes);
	x->n_notes++;
	CheckNote *n = &x->notes[at];
	memset(n, 0, sizeof *n);
	n->kind = k;
	return n;
}

CheckNote *check_note_add(CheckResult *x, CheckNoteKind k) { return note_insert(x, x->n_notes, k); }

CheckNote *check_note_first(CheckResult *x, CheckNoteKind k) { return note_insert(x, 0, k); }

CheckNote *check_note_only(CheckResult *x, CheckNoteKind k) {
	notes_clear(x);
	return note_insert(x, 0, k);
}

static void place_clear(CheckPlace *p) {
	free(p->row);
	free(p->para);
	memset(p, 0, sizeof *p);
}

static void result_clear(CheckResult *x) {
	item_clear(&x->it);
	place_clear(&x->at);
	check_version_clear(&x->cw);
	check_version_clear(&x->found_version);
	diffs_free(x->diffs, x->n_diffs);
	free(x->found_in);
	for (int i = 0; i < x->n_overlap; i++) free(x->overlap[i]);
	free(x->overlap);
	notes_clear(x);
}

void check_report_free(CheckReport *r) {
	if (!r) return;
	for (int i = 0; i < r->n; i++) result_clear(&r->v[i]);
	free(r->v);
	for (int i = 0; i < r->n_docs; i++) {
		CheckDoc *d = &r->docs[i];
		free(d->name);
		free(d->type);
		free(d->title);
		free(d->date);
		free(d->question);
		free(d->date_month);
		free(d->committee);
		free(d->number);
		free(d->case_);
		free(d->bill);
		free(d->asker);
		free(d->party);
	}
	free(r->docs);
	free(r->input);
	free(r->path);
	free(r);
}

const char *check_date_from_name(DateFrom d) {
	static const char *const NAME[] = {"document", "--as-of", "today", "question", "month",
	                                    "index"};
	return (unsigned)d < sizeof NAME / sizeof *NAME ? NAME[d] : "document";
}
