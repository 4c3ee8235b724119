/*
** timeline.c -- the law in force on a date, per provision (see timeline.h).
** All reads go through the read module (read.h); the word diff is check's
** alignment (check_words.h).
*/
#include "timeline.h"
#include "check_words.h"
#include "danish.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* slots of the direct-mapped memos (powers of two): a key has one slot, a
** new key in it replaces the old */
enum { REPEALER_MEMO = 512, VERSION_MEMO = 1024 };

struct Timeline {
	Reader *rd;
	const LexList *commencement, *continued_application, *month;
	WordLists wl;
	/* the documents that repeal a version of an act, with what their rules say,
	** remembered: the states of the provisions of one answer ask for a few acts
	** many times */
	struct Repealer { char *act; long long ver, doc; char from[32]; char *keeps; } memo[REPEALER_MEMO];
	/* the version of an act in force on a date, remembered: a listing of the
	** provisions that cite one asks for the same few acts on one date */
	struct Version { char *act; char date[16]; long long ver; } vmemo[VERSION_MEMO];
};

Timeline *timeline_new(Reader *rd, const Lexicon *lex, char **err) {
	static const char *const NAMES[] = {"commencement", "continued_application", "month",
	                                    "subsection_heading", "quote_lead", NULL};
	const LexList *l[5];
	if (lexicon_lists(lex, NAMES, l, err) != LG_OK) return NULL;
	Timeline *t = xcalloc(1, sizeof *t);
	t->rd = rd;
	t->commencement = l[0];
	t->continued_application = l[1];
	t->month = l[2];
	t->wl = (WordLists){l[3], l[4]};
	return t;
}

void timeline_free(Timeline *t) {
	if (!t) return;
	for (int i = 0; i < REPEALER_MEMO; i++) {
		free(t->memo[i].act);
		free(t->memo[i].keeps);
	}
	for (int i = 0; i < VERSION_MEMO; i++) free(t->vmemo[i].act);
	free(t);
}

const char *tl_status_name(TlStatus s) {
	static const char *const NAME[] = {
		[TL_IN_FORCE] = "in_force", [TL_CHANGED] = "changed",
		[TL_MAYBE_CHANGED] = "possibly_changed", [TL_SUPERSEDED] = "superseded",
		[TL_REPEALED] = "repealed", [TL_NOT_YET] = "not_yet_in_force",
		[TL_NO_VERSION] = "no_version_in_force", [TL_AMENDMENT] = "amendment"};
	return s > TL_NONE && s <= TL_AMENDMENT ? NAME[s] : NULL;
}

/* ---- a whole act repealed by another document ----------------------------- */

/* What the repealing document's rules say: when it comes into force ("træder i
** kraft den 1. januar 2022"), and what keeps the act ("finder fortsat
** anvendelse"). */
typedef struct RuleScan {
	Timeline *t;
	TlRepeal *r;
	int dated;
} RuleScan;

static int scan_rule(void *ctx, const char *text, const char *ref) {
	RuleScan *s = ctx;
	if (!text) return 0;
	size_t len = 0;
	const char *k = s->dated ? NULL
	                : lexlist_search(s->t->commencement, text, strlen(text), LEX_EXACT, &len, NULL);
	if (k) {
		k += len;
		while (*k == ' ') k++;
		s->dated = danish_date(s->t->month, k, strlen(k), s->r->from) > 0;
	}
	if (!s->r->keeps && lexlist_first(s->t->continued_application, text, strlen(text), NULL))
		s->r->keeps = xstrdup(ref);
	return 0;
}

/* The document that repeals act (version ver) as a whole (doc 0: none), from
** when (its commencement rule, else its date) and what keeps the act; read
** once per act and version. */
static const struct Repealer *repealer(Timeline *t, const char *act, long long ver) {
	unsigned h = hash_bytes(act, strlen(act)) ^ (unsigned)ver * 2654435761u;
	struct Repealer *e = &t->memo[h & (REPEALER_MEMO - 1)];
	if (e->act && e->ver == ver && !strcmp(e->act, act)) return e;
	free(e->act);
	free(e->keeps);
	memset(e, 0, sizeof *e);
	e->act = xstrdup(act);
	e->ver = ver;
	e->doc = read_check_repealer(t->rd, act, ver);
	TlRepeal r = {0};
	if (e->doc && read_doc_row(t->rd, e->doc, &r.by)) {
		snprintf(r.from, sizeof r.from, "%s", r.by.date ? r.by.date : "");
		RuleScan sc = {.t = t, .r = &r};
		read_check_doc_rules(t->rd, e->doc, scan_rule, &sc);
		snprintf(e->from, sizeof e->from, "%s", r.from);
		e->keeps = r.keeps;
		r.keeps = NULL;
	}
	tl_repeal_clear(&r);
	return e;
}

int timeline_act_repealed(Timeline *t, const char *act, long long ver, const char *date,
                          TlRepeal *r) {
	memset(r, 0, sizeof *r);
	const struct Repealer *e = repealer(t, act, ver);
	if (!e->doc || !e->from[0] || !read_doc_row(t->rd, e->doc, &r->by)) return 0;
	snprintf(r->from, sizeof r->from, "%s", e->from);
	r->keeps = e->keeps ? xstrdup(e->keeps) : NULL;
	if (strcmp(r->from, date) <= 0) return r->when = 1;
	/* a repeal issued by the date, in force later: worth saying; one issued
	** later is history the date could not know */
	return r->when = r->by.date && strcmp(r->by.date, date) <= 0 ? 2 : 0;
}

void tl_repeal_clear(TlRepeal *r) {
	doc_row_clear(&r->by);
	free(r->keeps);
	memset(r, 0, sizeof *r);
}

/* ---- later changes --------------------------------------------------------- */

typedef struct Collect {
	Timeline *t;
	const TlRow *p;
	TlState *s;
} Collect;

/* The amending act's new wording of p: the same path in its quoted section,
** else the whole section (*of_section: it has no such stk. or nr.); NULL for a
** document (the act as a whole). */
static char *new_wording(Timeline *t, const TlRow *p, const TlChangeRow *c, int *of_section) {
	*of_section = 0;
	if (!strcmp(p->kind, "document")) return NULL;
	ReadPath path = {.section = p->section, .stk = p->stk, .nr = p->nr, .litra = p->litra};
	long long id = strcmp(p->kind, "section") ? read_find_in_doc(t->rd, c->doc, &path) : c->src;
	*of_section = !id;
	return read_provision_text(t->rd, id ? id : c->src);
}

static void add_change(void *ctx, const TlChangeRow *c) {
	Collect *k = ctx;
	TlState *s = k->s;
	s->changes = xrealloc(s->changes, (size_t)(s->n_changes + 1) * sizeof *s->changes);
	TlChange *ch = &s->changes[s->n_changes++];
	memset(ch, 0, sizeof *ch);
	ch->id = c->src;
	read_doc_row(k->t->rd, c->doc, &ch->by);
	ch->text = new_wording(k->t, k->p, c, &ch->of_section);
	ch->certain = c->certain;
	ch->inserted = c->inserted;
}

/* ---- the state on a date ----------------------------------------------------- */

/* The first version, of those holding p's path, where it is marked repealed. */
typedef struct FirstMarked {
	long long doc;
} FirstMarked;

static void first_marked(void *ctx, long long id, long long doc, const char *date, int repealed) {
	(void)id;
	(void)date;
	FirstMarked *f = ctx;
	if (repealed && !f->doc) f->doc = doc;
}

static void set_repealed(Timeline *t, TlState *s, TlRepealHow how, long long by) {
	s->status = TL_REPEALED;
	s->how = how;
	doc_row_clear(&s->repealed_by);
	if (by && read_doc_row(t->rd, by, &s->repealed_by) && s->repealed_by.date)
		snprintf(s->repealed_from, sizeof s->repealed_from, "%s", s->repealed_by.date);
}

/* An amending act's quoted new text: what it changes; not yet issued on the
** date, or already in a version of the act amended issued by then. */
static void amendment_state(Timeline *t, const TlRow *p, const char *date, TlState *s) {
	if (!p->section || !read_tl_change_of(t->rd, p->doc, p->section, &s->amends_act,
	                                      &s->amends_certain, &s->amends_inserted))
		return;
	s->status = TL_AMENDMENT;
	s->amends_section = xstrdup(p->section);
	snprintf(s->valid_from, sizeof s->valid_from, "%s", p->date);
	if (strcmp(p->date, date) > 0) {
		s->status = TL_NOT_YET;
		return;
	}
	long long ver = read_version(t->rd, s->amends_act, date);
	if (ver && read_doc_row(t->rd, ver, &s->version) && s->version.date &&
	    strcmp(s->version.date, p->date) > 0 && strcmp(s->version.date, date) <= 0) {
		s->status = TL_SUPERSEDED;   /* consolidated: the version in force holds it */
		s->version_in_force = 1;
		/* valid to the first version of the act amended after it */
		long long then = read_version(t->rd, s->amends_act, p->date);
		long long first = then ? read_next_version(t->rd, s->amends_act, then) : 0;
		DocRow f = {0};
		if (first && read_doc_row(t->rd, first, &f) && f.date)
			snprintf(s->valid_to, sizeof s->valid_to, "%s", f.date);
		doc_row_clear(&f);
		ReadPath path = {.section = p->section, .stk = p->stk, .nr = p->nr, .litra = p->litra};
		s->in_force_id = read_find_in_doc(t->rd, ver, &path);
	} else {
		doc_row_clear(&s->version);
	}
}

/* The first version of act after version doc, up to date, that does not have
** path: where a provision was left out; 0 when none. */
static long long first_without(Timeline *t, const char *act, long long doc, const ReadPath *path,
                               const char *date) {
	for (long long v = read_next_version(t->rd, act, doc); v; v = read_next_version(t->rd, act, v)) {
		DocRow d;
		int later = read_doc_row(t->rd, v, &d) && d.date && strcmp(d.date, date) > 0;
		doc_row_clear(&d);
		if (later) return 0;
		if (!read_find_in_doc(t->rd, v, path)) return v;
	}
	return 0;
}

/* Repealed on the date: marked so in the version in force (ver), left out of
** it, or the whole act repealed by another document (or to be, later). */
static void repeal_state(Timeline *t, const TlRow *p, long long id, long long ver,
                         const ReadPath *path, const char *date, TlState *s) {
	int marked = 0;
	if (s->in_force_id == id) {
		marked = p->repealed;   /* p is the version in force */
	} else if (s->in_force_id) {
		TlRow q;
		if (read_tl_row(t->rd, s->in_force_id, &q)) marked = q.repealed;
		tl_row_clear(&q);
	}
	if (marked) {
		FirstMarked f = {0};
		read_tl_versions(t->rd, s->in_force_id, first_marked, &f);
		set_repealed(t, s, TL_HOW_MARKED, f.doc ? f.doc : ver);
	} else if (!s->in_force_id && p->section) {
		long long gone = first_without(t, p->act, p->doc, path, date);
		set_repealed(t, s, TL_HOW_DROPPED, gone ? gone : ver);
	}
	TlRepeal r;
	int when = timeline_act_repealed(t, p->act, ver, date, &r);
	if (when && s->status != TL_REPEALED) {
		s->how = TL_HOW_ACT;
		s->repealed_by = r.by;
		memset(&r.by, 0, sizeof r.by);
		snprintf(s->repealed_from, sizeof s->repealed_from, "%s", r.from);
		if (when == 1) {
			s->status = TL_REPEALED;
			s->version_in_force = 0;   /* the last version, no longer in force */
			s->keeps = r.keeps;
			r.keeps = NULL;
		} else {
			s->repeal_later = 1;
		}
	}
	tl_repeal_clear(&r);
}

/* The changes issued after the version in force (dated vdate), up to the
** date: of the section, or (a document) of the act. */
static void change_state(Timeline *t, const TlRow *p, const char *vdate, const char *date,
                         TlState *s) {
	if (!p->section && strcmp(p->kind, "document")) return;
	Collect k = {t, p, s};
	if (p->section) read_tl_changes(t->rd, p->act, p->section, vdate, date, add_change, &k);
	else read_tl_act_changes(t->rd, p->act, vdate, date, add_change, &k);
	int certain = 0;
	for (int i = 0; i < s->n_changes; i++) certain |= s->changes[i].certain;
	if (s->n_changes && s->status == TL_IN_FORCE)
		s->status = certain ? TL_CHANGED : TL_MAYBE_CHANGED;
}

/* Whether p is of versioned law: a provision of a dated version of an act
** (not a letter's passage, an answer, an annex's row). */
static int versioned(const TlRow *p) {
	return p->in_corpus && !p->is_letter && p->date && p->act && strcmp(p->kind, "paragraph") &&
	       strcmp(p->kind, "question") && strcmp(p->kind, "answer") && strcmp(p->kind, "row");
}

/* read_version, remembered. */
static long long version_on(Timeline *t, const char *act, const char *date) {
	unsigned h = hash_bytes(act, strlen(act)) ^ hash_bytes(date, strlen(date)) * 31u;
	struct Version *v = &t->vmemo[h & (VERSION_MEMO - 1)];
	if (v->act && !strcmp(v->date, date) && !strcmp(v->act, act)) return v->ver;
	free(v->act);
	v->act = xstrdup(act);
	snprintf(v->date, sizeof v->date, "%s", date);
	return v->ver = read_version(t->rd, act, date);
}

int timeline_of_law(Timeline *t, const TlRow *p, long long id, const char *date) {
	int issued = !p->date || strcmp(p->date, date) <= 0;
	if (!versioned(p)) return issued;
	if (p->is_amending) {
		TlState s;
		timeline_state(t, id, date, &s);
		TlStatus st = s.status;
		tl_state_clear(&s);
		return (st == TL_NONE || st == TL_AMENDMENT) && issued;
	}
	return issued && !p->repealed && version_on(t, p->act, date) == p->doc;
}

int timeline_state(Timeline *t, long long id, const char *date, TlState *s) {
	memset(s, 0, sizeof *s);
	TlRow p;
	if (!read_tl_row(t->rd, id, &p)) return LG_NOTFOUND;
	if (!versioned(&p)) goto done;
	if (p.is_amending) {
		amendment_state(t, &p, date, s);
		goto done;
	}
	long long ver = version_on(t, p.act, date);
	if (!ver || !read_doc_row(t->rd, ver, &s->version)) goto done;
	snprintf(s->valid_from, sizeof s->valid_from, "%s", p.date);
	long long next = read_next_version(t->rd, p.act, p.doc);
	DocRow nd = {0};
	if (next && read_doc_row(t->rd, next, &nd) && nd.date)
		snprintf(s->valid_to, sizeof s->valid_to, "%s", nd.date);
	doc_row_clear(&nd);
	ReadPath path = {.section = p.section, .stk = p.stk, .nr = p.nr, .litra = p.litra};
	s->in_force_id = ver == p.doc ? id : p.section ? read_find_in_doc(t->rd, ver, &path) : 0;
	if (!strcmp(p.kind, "document")) s->in_force_id = read_doc_root(t->rd, ver);
	const char *vdate = s->version.date ? s->version.date : "";
	if (strcmp(vdate, date) > 0) {             /* the act's first version is later */
		s->status = ver == p.doc ? TL_NO_VERSION : TL_NOT_YET;
		goto done;
	}
	s->version_in_force = 1;
	if (strcmp(p.date, date) > 0) {
		s->status = TL_NOT_YET;
		goto done;
	}
	s->status = ver == p.doc ? TL_IN_FORCE : TL_SUPERSEDED;
	repeal_state(t, &p, id, ver, &path, date, s);
	if (s->status != TL_REPEALED) change_state(t, &p, vdate, date, s);
done:
	tl_row_clear(&p);
	return LG_OK;
}

void tl_state_clear(TlState *s) {
	doc_row_clear(&s->version);
	for (int i = 0; i < s->n_changes; i++) {
		doc_row_clear(&s->changes[i].by);
		free(s->changes[i].text);
	}
	free(s->changes);
	doc_row_clear(&s->repealed_by);
	free(s->keeps);
	free(s->amends_act);
	free(s->amends_section);
	memset(s, 0, sizeof *s);
}

long long timeline_inserted(Timeline *t, const char *act, const char *section) {
	return act && section ? read_tl_inserted(t->rd, act, section) : 0;
}

/* ---- history ----------------------------------------------------------------- */

typedef struct HistCollect {
	Timeline *t;
	TlVersion *v;
	int n;
} HistCollect;

static void add_version(void *ctx, long long id, long long doc, const char *date, int repealed) {
	(void)date;
	HistCollect *h = ctx;
	h->v = xrealloc(h->v, (size_t)(h->n + 1) * sizeof *h->v);
	TlVersion *v = &h->v[h->n++];
	memset(v, 0, sizeof *v);
	v->id = id;
	read_doc_row(h->t->rd, doc, &v->doc);
	v->text = read_provision_text(h->t->rd, id);
	v->repealed = repealed;
}

/* The words of b against those of a: what changed from a to b. */
static void diff_versions(Timeline *t, const char *a, TlVersion *b) {
	Toks old = {0}, new = {0};
	tokenize(&old, a, strlen(a), 1, &t->wl);
	tokenize(&new, b->text, strlen(b->text), 1, &t->wl);
	Align al;
	align_whole(&old, &new, &al);
	if (!al.ok) {
		b->too_long = 1;
	} else {
		b->diffs = al.diffs;
		b->n_diffs = al.n_diffs;
		al.diffs = NULL;
		al.n_diffs = 0;
		b->same = b->n_diffs == 0;
	}
	align_clear(&al);
	toks_free(&old);
	toks_free(&new);
}

/* Moves change c into a new version at h->v[at]. */
static void insert_change(HistCollect *h, int at, TlChange *c) {
	h->v = xrealloc(h->v, (size_t)(h->n + 1) * sizeof *h->v);
	memmove(&h->v[at + 1], &h->v[at], (size_t)(h->n - at) * sizeof *h->v);
	h->n++;
	TlVersion *v = &h->v[at];
	memset(v, 0, sizeof *v);
	v->id = c->id;
	v->doc = c->by;
	v->text = c->text;
	memset(&c->by, 0, sizeof c->by);   /* moved */
	c->text = NULL;
	v->change = 1;
	v->certain = c->certain;
}

int timeline_history(Timeline *t, long long id, const char *date, TlVersion **out, int *n) {
	HistCollect h = {.t = t};
	int rc = read_tl_versions(t->rd, id, add_version, &h);
	/* the versions dated after the date are marked; the changes of the
	** version in force (issued after it, by the date) follow it */
	int last = -1;   /* the last version dated on or before the date */
	for (int i = 0; i < h.n; i++) {
		h.v[i].after = h.v[i].doc.date && strcmp(h.v[i].doc.date, date) > 0;
		if (!h.v[i].after) last = i;
	}
	TlState s;
	timeline_state(t, id, date, &s);
	for (int i = 0; i < s.n_changes; i++)
		if (s.changes[i].text) insert_change(&h, last + 1 + i, &s.changes[i]);
	tl_state_clear(&s);
	/* each diffed against the version before it (a change against the version
	** it changes, the next version against the version, not the change) */
	const char *base = NULL;
	for (int i = 0; i < h.n; i++) {
		TlVersion *v = &h.v[i];
		if (base && v->text) {
			diff_versions(t, base, v);
			v->compared = !v->too_long;
		}
		if (!v->change && v->text) base = v->text;
	}
	*out = h.v;
	*n = h.n;
	return rc;
}

void tl_history_free(TlVersion *v, int n) {
	for (int i = 0; i < n; i++) {
		doc_row_clear(&v[i].doc);
		free(v[i].text);
		diffs_free(v[i].diffs, v[i].n_diffs);
	}
	free(v);
}
