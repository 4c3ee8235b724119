/*
** check_unmentioned.c -- "not mentioned": the provisions that rank highest (with
** ask()) for a document's question, or its subject, that it does not cite, and
** that could have been cited on its date.
*/
#include "check_int.h"
#include "kind.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define NOT_MENTIONED 5         /* at most this many rules listed as not mentioned ... */
#define NOT_MENTIONED_RANK 15   /* ... from this many best-ranked for the topic */

/* The question, else the annex's row labels, else the title and the first
** paragraphs, into b. */
static void topic_source(const Doc *d, Buf *b) {
	for (int k = 1; k < d->n_nodes; k++)
		if (d->nodes[k].kind == NODE_QUESTION)
			buf_add(b, d->text + d->nodes[k].start, d->nodes[k].end - d->nodes[k].start);
	if (!b->n)
		for (int k = 1; k < d->n_nodes; k++)
			if (d->nodes[k].kind == NODE_ROW && d->nodes[k].label) {
				if (b->n) buf_puts(b, ". ");
				buf_puts(b, d->nodes[k].label);
			}
	if (b->n) return;
	if (d->title) buf_puts(b, d->title);
	int paras = 0;
	for (int k = 1; k < d->n_nodes && paras < 2; k++)
		if (d->nodes[k].kind == NODE_PARA) {
			buf_puts(b, b->n ? ". " : "");
			size_t len = d->nodes[k].end - d->nodes[k].start;
			buf_add(b, d->text + d->nodes[k].start, len > 600 ? 600 : len);
			paras++;
		}
}

/* The text to rank provisions for (see topic_source()): whole words only, no
** quotation marks, without the formula of a question ("Vil ministeren redegøre
** for ..."), at most about 1200 bytes. Caller frees. */
static char *topic_of(const Checker *c, const Doc *d) {
	Buf b = BUF_INIT;
	topic_source(d, &b);
	Buf o = BUF_INIT;
	for (size_t i = 0; i < b.n; i++) {
		unsigned char ch = (unsigned char)b.s[i];
		if (i == 0 || b.s[i - 1] == ' ' || b.s[i - 1] == '\n') {
			size_t w = i;
			while (w < b.n && b.s[w] != ' ' && b.s[w] != '\n' && b.s[w] != ',') w++;
			if (lexlist_find(c->question_formula, b.s + i, w - i, LEX_CASELESS) >= 0) {
				i = w - 1;
				continue;
			}
		}
		if (ch == '"' || ch == '\n') buf_putc(&o, ' ');
		else if (ch == 0xE2 && i + 2 < b.n && (unsigned char)b.s[i + 1] == 0x80 &&
		         ((unsigned char)b.s[i + 2] == 0x9D || (unsigned char)b.s[i + 2] == 0x9C)) {
			buf_putc(&o, ' ');
			i += 2;
		} else buf_putc(&o, (char)ch);
	}
	buf_free(&b);
	if (o.n > 1200) {
		size_t n = 1200;
		while (n > 0 && o.s[n] != ' ') n--;
		o.n = n;
		o.s[n] = 0;
	}
	return buf_take(&o);
}

/* Whether a provision ranked for "not mentioned" could have been cited on the
** date: the version in force then (changed later or not); not a nearest
** version when none was in force, not one repealed by then. */
static int in_force_then(const AskHit *h) {
	return h->state.status == TL_IN_FORCE || h->state.status == TL_CHANGED ||
	       h->state.status == TL_MAYBE_CHANGED;
}

static int same_section(const Item *o, const Item *it) {
	return o->doc && it->doc && !strcmp(o->doc, it->doc) && o->section &&
	       !strcmp(o->section, it->section);
}

/* Whether it is cited by this document, or by one before it in the same file (a
** letter and the annex it encloses belong together), or already listed for it. */
static int cited_before(const CheckReport *r, int first, const Item *it) {
	for (int j = 0; j < r->n; j++) {
		const CheckResult *x = &r->v[j];
		if (x->status == CHECK_NOT_MENTIONED) {
			if (j >= first && same_section(&x->it, it)) return 1;
			continue;
		}
		if (same_section(&x->it, it)) return 1;
		if (x->found_in && it->ref && !strncmp(x->found_in, it->ref, strlen(it->ref))) return 1;
	}
	return 0;
}

/* Adds it (taken: *it is emptied) as not mentioned. */
static void add_unmentioned(CheckReport *r, CheckDoc *cd, Item *it, const char *date) {
	CheckResult *x = check_add_result(r, cd, CHECK_NOT_MENTIONED);
	x->it = *it;
	memset(it, 0, sizeof *it);
	x->cw.document = xstrdup(x->it.version);
	x->cw.type = xstrdup(x->it.version_type);
	x->cw.number = xstrdup(x->it.version_number);
	x->cw.date = xstrdup(x->it.version_date);
	x->cw.title = xstrdup(x->it.version_title);
	x->cw.in_force = !x->cw.date || strcmp(x->cw.date, date) <= 0;
}

static int is_rule(const Item *it) {
	return !doc_kind_is_letter(doc_kind(it->version_type)) && it->section && it->kind &&
	       (!strcmp(it->kind, "section") || !strcmp(it->kind, "stk") || !strcmp(it->kind, "nr"));
}

int check_subject(Checker *c, const Doc *d, const char *date, AskAnswer *res, char **topic) {
	*topic = NULL;
	memset(res, 0, sizeof *res);
	if (!c->asker) return 0;
	char *t = topic_of(c, d);
	char *err = NULL;
	int ok = t[0] && ask(c->asker, t, date, 40, RANK_FULL, res, &err) == LG_OK;
	free(err);
	if (ok) *topic = t;
	else free(t);
	return ok;
}

void check_not_mentioned(CheckReport *r, int first, CheckDoc *cd, AskAnswer *res, char *topic,
                         const char *date, const Mentions *m) {
	int added = 0;
	for (int i = 0; i < res->n && i < NOT_MENTIONED_RANK && added < NOT_MENTIONED; i++) {
		Item *it = &res->v[i].it;
		if (!is_rule(it) || cited_before(r, first, it) || check_mentioned(m, it->doc, it->section))
			continue;
		if (!in_force_then(&res->v[i])) {
			cd->not_in_force++;
			continue;
		}
		add_unmentioned(r, cd, it, date);
		added++;
	}
	cd->question = topic;
}
