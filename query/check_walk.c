/*
** check_walk.c -- the walk over one document's quotations and citations: every
** quotation is attributed to a citation with resolve_attribution() (as the
** indexer does) and judged with its words; every citation outside quotations
** is read in the act it is of (carry.h) and judged as cited. Then the results
** are put in document order, with the paragraphs that restate a provision
** (check_restated.c), and "not mentioned" is added.
*/
#include "check_int.h"
#include "carry.h"
#include "kind.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The part of an answer node k stands in: its question, its answer, or neither. */
CheckPart check_part_of(const Doc *d, int k) {
	for (int hops = 0; k > 0 && k < d->n_nodes && hops < d->n_nodes; hops++) {
		if (d->nodes[k].kind == NODE_QUESTION) return PART_QUESTION;
		if (d->nodes[k].kind == NODE_ANSWER) return PART_ANSWER;
		k = d->nodes[k].parent;
	}
	return PART_NONE;
}

/* Where node k stands: the question, an annex's row, a paragraph (of a row). */
void check_place_of(const Doc *d, int k, CheckPlace *p) {
	if (k <= 0 || k >= d->n_nodes) return;
	const Node *n = &d->nodes[k];
	if (n->kind == NODE_QUESTION) p->kind = PLACE_QUESTION;
	if (n->kind == NODE_ROW) {
		p->kind = PLACE_ROW;
		p->row = xstrdup(n->label);
	}
	if (n->kind != NODE_PARA) return;
	const Node *r = n->parent > 0 ? &d->nodes[n->parent] : NULL;
	p->kind = PLACE_PARA;
	p->para = n->label ? xstrdup(n->label) : NULL;
	if (r && r->kind == NODE_ROW && r->label) p->row = xstrdup(r->label);
}

static int act_reported(const CheckReport *r, int from, const char *shrt) {
	for (int i = from; i < r->n; i++)
		if (r->v[i].it.doc && shrt && !strcmp(r->v[i].it.doc, shrt)) return 1;
	return 0;
}

static int not_in_corpus(Checker *c, const char *act, const char *date) {
	const Acts *acts = graph_acts(c->g);
	return doc_kind_is_guideline(doc_kind(acts_kind(acts, act))) ||
	       !resolve_version(graph_resolver(c->g), act, date);
}

/* Whether ref is reported already in this part of the document (the question's
** citation of a provision does not stand for the answer's). */
static int already(const CheckReport *r, int from, const char *ref, CheckPart part) {
	for (int i = from; i < r->n; i++)
		if (r->v[i].part == part && r->v[i].it.ref && ref && !strcmp(r->v[i].it.ref, ref))
			return 1;
	return 0;
}

static void mention(Mentions *m, const char *act, const char *section) {
	if (!act || !section) return;
	m->v = xrealloc(m->v, (size_t)(m->n + 1) * sizeof *m->v);
	m->v[m->n++] = xprintf("%s|%s", act, section);
}

int check_mentioned(const Mentions *m, const char *act, const char *section) {
	if (!act || !section) return 0;
	size_t an = strlen(act);
	for (int i = 0; i < m->n; i++)
		if (!strncmp(m->v[i], act, an) && m->v[i][an] == '|' && !strcmp(m->v[i] + an + 1, section))
			return 1;
	return 0;
}

static void mentions_free(Mentions *m) {
	for (int i = 0; i < m->n; i++) free(m->v[i]);
	free(m->v);
}

/* The positions of the citations quotations are attributed to. */
typedef struct Attributed {
	size_t *v;
	int n;
} Attributed;

/* Quotation qu, attributed to the citation one (in attr, at d's attr_start),
** resolved and judged into x. */
static void judge_quote(Checker *c, CheckResult *x, const Quote *qu, const char *attr,
                        const Cite *one, const Toks *q, const char *date) {
	x->it.match = xstrndup(attr + one->start, one->end - one->start);
	x->it.start = (long long)(qu->attr_start + one->start);
	x->it.end = (long long)(qu->attr_start + one->end);
	Context cx = {.date = date, .quote = x->it.quote};
	Target *t = NULL;
	int nt = 0;
	resolve(graph_resolver(c->g), &cx, one, 1, &t, &nt);
	if (nt > 0) {
		char *quote = x->it.quote, *match = x->it.match;
		long long s = x->it.start, e = x->it.end;
		x->it.quote = x->it.match = NULL;
		check_judge(c, x, &t[0], one->kind, q, date);
		check_pkt(c, x, q, one->pkt);
		free(x->it.quote);
		free(x->it.match);
		x->it.quote = quote;
		x->it.match = match;
		x->it.start = s;
		x->it.end = e;
	}
	targets_free(t, nt);
}

/* A quotation judged not found (or differing) that the words before it (attr)
** mark as a drafted provision becomes "proposed": where the act has no such
** provision, or where the words say it is to be inserted (draft_marker). */
static void drafted(Checker *c, CheckResult *x, const char *attr, size_t an) {
	if (x->status != CHECK_NOT_FOUND && x->status != CHECK_DIFFERS) return;
	size_t len = 0;
	int at = -1;
	const char *w = lexlist_search(c->draft_marker, attr, an, LEX_CASELESS, &len, &at);
	if (!w) return;
	int insert = !strcmp(c->draft_marker->v[at].value, "insert");
	int missing = x->status == CHECK_NOT_FOUND && x->n_notes &&
	              x->notes[0].kind == NOTE_NO_PROVISION;
	if (!missing && !insert) return;
	CheckVersion in_force = {0};
	if (missing) check_version_copy(&in_force, &x->notes[0].version);
	x->status = CHECK_PROPOSED;
	diffs_free(x->diffs, x->n_diffs);
	x->diffs = NULL;
	x->n_diffs = 0;
	x->quote_words = x->matched_words = 0;
	free(x->found_in);
	x->found_in = NULL;
	check_version_clear(&x->found_version);
	CheckNote *n = check_note_only(x, NOTE_PROPOSED);
	n->text = xstrndup(w, len);
	n->ref = x->it.ref ? xstrdup(x->it.ref) : NULL;
	n->version = in_force;
}

/* Adds act to a, once. */
static void check_acts_add(CheckActs *a, const char *act) {
	if (check_acts_has(a, act)) return;
	a->v = xrealloc(a->v, (size_t)(a->n + 1) * sizeof *a->v);
	a->v[a->n++] = xstrdup(act);
}

/* Adds the acts of the corpus s[0..n) names to a (once each). Guidelines are
** no context; for an amending act ("lov om ændring af lov om sygedagpenge", a
** bill's title) the acts it amends are. */
static void acts_named(Checker *c, const char *s, size_t n, CheckActs *a) {
	const Acts *acts = graph_acts(c->g);
	Cite *cs = NULL;
	int nc = cite_extract(graph_cites(c->g), s, n, &cs);
	for (int i = 0; i < nc; i++) {
		const char *name = s + cs[i].start, *act = cs[i].act;
		size_t len = cs[i].end - cs[i].start,
		       amends = lexlist_prefix(c->amending_title, name, len, LEX_CASELESS, NULL);
		if (amends && amends < len) {
			acts_named(c, name + amends, len - amends, a);
			continue;
		}
		if (!act[0] || !cs[i].act_known || !acts_known(acts, act) ||
		    doc_kind_is_guideline(doc_kind(acts_kind(acts, act))))
			continue;
		check_acts_add(a, act);
	}
	free(cs);
}

int check_acts_has(const CheckActs *a, const char *act) {
	for (int i = 0; i < a->n; i++)
		if (!strcmp(a->v[i], act)) return 1;
	return 0;
}

/* The acts of the corpus the document names: in its title, the bill its case
** is, its question and answer (or a letter's paragraphs), first named first. */
static void named_acts(Checker *c, const CheckDoc *cd, const Doc *d, CheckActs *a) {
	if (cd->title) acts_named(c, cd->title, strlen(cd->title), a);
	if (cd->bill) acts_named(c, cd->bill, strlen(cd->bill), a);
	for (int k = 0; k < d->n_nodes; k++) {
		const Node *n = &d->nodes[k];
		if (n->kind == NODE_PARA || n->kind == NODE_QUESTION)
			acts_named(c, d->text + n->start, n->end - n->start, a);
	}
}

static void check_acts_free(CheckActs *a) {
	for (int i = 0; i < a->n; i++) free(a->v[i]);
	free(a->v);
}

/* The note that a bare § was read in the act of the context. */
static void note_inferred(Checker *c, CheckResult *x, const char *act) {
	x->act_inferred = 1;
	const char *title = acts_title(graph_acts(c->g), act);
	check_note_add(x, NOTE_ACT_INFERRED)->text = xstrdup(title ? title : act);
}

/* Quotation k of d, attributed and compared (a term in quotation marks is none).
** A quotation in the committee's question is checked too, marked as the question's. */
static void check_quote(Checker *c, CheckReport *r, CheckDoc *cd, const Doc *d, int k,
                        Attributed *attributed, const char *context) {
	const Quote *qu = &d->quotes[k];
	const char *attr = d->text + qu->attr_start;
	size_t an = qu->attr_end > qu->attr_start ? qu->attr_end - qu->attr_start : 0;
	Cite one;
	int has = an && resolve_attribution(graph_cites(c->g), attr, an, &one);
	int inferred = has && one.kind == CITE_SECTION && !one.act[0] && context[0];
	if (inferred) {   /* "Det følger af § 27, at ..." in a document of one act */
		snprintf(one.act, sizeof one.act, "%s", context);
		one.act_known = 1;
	}
	Toks q;
	tokenize(&q, d->text + qu->start, qu->end - qu->start, 0, &c->words);
	/* a term in quotation marks ('fleksjob') is not a quotation, nor is the
	** question itself in its quotation marks: only what it attributes is checked */
	if (!has && (q.n < 4 || check_part_of(d, qu->node) == PART_QUESTION)) {
		toks_free(&q);
		return;
	}
	CheckResult *x = check_add_result(r, cd, CHECK_UNATTRIBUTED);
	check_place_of(d, qu->node, &x->at);
	x->part = check_part_of(d, qu->node);
	x->pos = qu->start;
	x->it.quote = span_text(d->text, qu->start, qu->end);
	if (!has) {
		check_note_only(x, NOTE_NO_ATTRIBUTION);
	} else if (one.kind == CITE_STK || one.kind == CITE_NR || one.kind == CITE_PKT) {
		check_note_only(x, NOTE_NO_SECTION)->text = xstrndup(attr + one.start, one.end - one.start);
	} else {
		attributed->v[attributed->n++] = qu->attr_start + one.start;
		judge_quote(c, x, qu, attr, &one, &q, cd->date);
		drafted(c, x, attr, an);
		if (inferred) note_inferred(c, x, context);
	}
	x->it.via = xstrdup("quotes");
	toks_free(&q);
}

#define RESTATED_SUBJECT 10   /* the acts of this many best-ranked rules for the subject */

/* The walk over one document's citations outside quotations. */
typedef struct Walk {
	Checker *c;
	CheckReport *r;
	int first;             /* the document's first result */
	CheckDoc *cd;
	const Doc *d;
	const Attributed *attributed;
	Mentions *m;
	Carry carry;
	char context_act[ACT_KEY_MAX];  /* the one act the document names, for a bare § ("" none) */
} Walk;

/* Whether quotation q is the committee's question itself in quotation marks
** (attributed to its label, before the question's text). */
static int whole_question(const Doc *d, const Quote *q) {
	return q->node > 0 && q->node < d->n_nodes && d->nodes[q->node].kind == NODE_QUESTION &&
	       q->attr_end <= d->nodes[q->node].start;
}

/* Whether at stands in a quotation (the question itself in its marks is none:
** its citations are the question's). */
static int in_quote(const Doc *d, size_t at) {
	for (int q = 0; q < d->n_quotes; q++)
		if (at >= d->quotes[q].start && at < d->quotes[q].end && !whole_question(d, &d->quotes[q]))
			return 1;
	return 0;
}

/* Whether citation ci (at abs) is judged as cited: not one a quotation is
** attributed to, not a bare "stk."/"nr."/"pkt.", and an act named alone only
** when it is not in the corpus and not yet reported. */
static int worth_judging(Walk *w, const Cite *ci, size_t abs) {
	for (int q = 0; q < w->attributed->n; q++)
		if (w->attributed->v[q] == abs) return 0;
	if (ci->kind == CITE_STK || ci->kind == CITE_NR || ci->kind == CITE_PKT) return 0;
	const Acts *acts = graph_acts(w->c->g);
	return ci->kind != CITE_ACT ||
	       (ci->act[0] && ci->act_known && not_in_corpus(w->c, ci->act, w->cd->date) &&
	        !act_reported(w->r, w->first, acts_short(acts, ci->act)));
}

/* Citation ci of paragraph k (which starts at base), resolved and judged;
** inferred: its act is the context's (a bare § in a document of one act). */
static void judge_citation(Walk *w, const Cite *ci, int k, size_t base, int inferred) {
	Context cx = {.date = w->cd->date};
	Target *t = NULL;
	int nt = 0;
	resolve(graph_resolver(w->c->g), &cx, ci, 1, &t, &nt);
	CheckPart part = check_part_of(w->d, k);
	for (int j = 0; j < nt; j++) {
		if (already(w->r, w->first, t[j].ref, part)) continue;
		CheckResult *x = check_add_result(w->r, w->cd, CHECK_CITED);
		check_place_of(w->d, k, &x->at);
		x->part = part;
		x->pos = base + ci->start;
		check_judge(w->c, x, &t[j], ci->kind, NULL, w->cd->date);
		x->it.via = xstrdup("cites");
		x->it.match = xstrndup(w->d->text + base + ci->start, ci->end - ci->start);
		x->it.start = (long long)(base + ci->start);
		x->it.end = (long long)(base + ci->end);
		if (inferred) note_inferred(w->c, x, ci->act);
	}
	targets_free(t, nt);
}


/* The citations of paragraph k. */
static void walk_paragraph(Walk *w, int k) {
	const Node *n = &w->d->nodes[k];
	const Acts *acts = graph_acts(w->c->g);
	Cite *cs = NULL;
	int nc = cite_extract(graph_cites(w->c->g), w->d->text + n->start, n->end - n->start, &cs);
	for (int i = 0; i < nc; i++) {
		Cite *ci = &cs[i];
		size_t abs = n->start + ci->start;
		if (in_quote(w->d, abs)) {
			/* the quoted provision's own reference ("jf. § 53, stk. 4"): the
			** document mentions it, but it names no act for what follows */
			const char *last = carry_act(&w->carry);
			if (ci->kind == CITE_SECTION && (ci->act[0] || last[0]))
				mention(w->m, acts_short(acts, ci->act[0] ? ci->act : last), ci->sec);
			continue;
		}
		carry_cite(&w->carry, ci, CARRY_SECTION);
		int inferred = 0;
		if (ci->kind == CITE_SECTION && !ci->act[0] && w->context_act[0]) {
			snprintf(ci->act, sizeof ci->act, "%s", w->context_act);   /* keys fit: as Acts */
			ci->act_known = 1;
			inferred = 1;
		}
		if (worth_judging(w, ci, abs)) judge_citation(w, ci, k, n->start, inferred);
	}
	free(cs);
}

/* A § with no act reads in the act named last before it in the same paragraph,
** or, failing that, earlier in the same row or answer; "stk. 2" alone is of the
** section named before it in the paragraph. The committee's question is walked
** as one paragraph of its own. */
static void check_citations(Walk *w) {
	int last_parent = -1;
	carry_init(&w->carry, graph_acts(w->c->g));
	for (int k = 1; k < w->d->n_nodes; k++) {
		const Node *n = &w->d->nodes[k];
		if (n->kind == NODE_QUESTION) {
			carry_forget_act(&w->carry);
			carry_forget_section(&w->carry);
			walk_paragraph(w, k);
			last_parent = -1;
			continue;
		}
		if (n->kind != NODE_PARA) continue;
		if (n->parent != last_parent) carry_forget_act(&w->carry);
		last_parent = n->parent;
		carry_forget_section(&w->carry);
		walk_paragraph(w, k);
	}
}

static int by_pos(const void *a, const void *b) {
	const CheckResult *x = a, *y = b;
	return x->pos < y->pos ? -1 : x->pos > y->pos ? 1 : 0;
}

void check_doc(Checker *c, CheckReport *r, CheckDoc *cd, const Doc *d) {
	int first = r->n;
	Attributed attributed = {xmalloc((size_t)(d->n_quotes + 1) * sizeof *attributed.v), 0};
	CheckActs named = {0};
	named_acts(c, cd, d, &named);
	char context[ACT_KEY_MAX];   /* the one act the document names: a bare § is read in it */
	snprintf(context, sizeof context, "%s", named.n == 1 ? named.v[0] : "");
	for (int k = 0; k < d->n_quotes; k++) check_quote(c, r, cd, d, k, &attributed, context);
	Mentions m = {0};
	Walk w = {.c = c, .r = r, .first = first, .cd = cd, .d = d, .attributed = &attributed,
	          .m = &m};
	snprintf(w.context_act, sizeof w.context_act, "%s", context);
	check_citations(&w);
	AskAnswer subject;
	char *topic = NULL;
	int has_subject = check_subject(c, d, cd->date, &subject, &topic);
	if (c->restated) {
		/* rules of the acts the document names or its subject ranks first */
		for (int i = 0; has_subject && i < subject.n && i < RESTATED_SUBJECT; i++) {
			if (subject.v[i].it.doc) check_acts_add(&named, subject.v[i].it.doc);
		}
		check_restated(c, r, cd, d, &m, &named);
	}
	check_acts_free(&named);
	free(attributed.v);
	if (r->n > first) qsort(r->v + first, (size_t)(r->n - first), sizeof *r->v, by_pos);
	if (has_subject) check_not_mentioned(r, first, cd, &subject, topic, cd->date, &m);
	ask_answer_free(&subject);
	mentions_free(&m);
	for (int i = first; i < r->n; i++) {
		cd->counts[r->v[i].status]++;
		r->counts[r->v[i].status]++;
	}
}
