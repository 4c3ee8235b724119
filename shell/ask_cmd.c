/*
** ask_cmd.c -- `lovgraf ask`: the rules that apply to a question, ranked,
** quoted and cited. Words the records ask() returns (warnings, sources,
** versions) and renders them as JSON or text.
*/
#include "ask.h"
#include "render.h"
#include "shell.h"
#include "status.h"
#include "understood.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static const char *or_empty(const char *s) { return s ? s : ""; }

/* A notice in words. Caller frees. */
static char *notice_text(const AskNotice *n) {
	return xprintf("%s nr. %s af %s (%s) abolishes %s: %s", or_empty(n->type),
	               or_empty(n->number), or_empty(n->date), or_empty(n->document),
	               or_empty(n->thing), or_empty(n->title));
}

static int concerns(const AskNotice *n, int rank) {
	for (int i = 0; i < n->n_ranks; i++)
		if (n->ranks[i] == rank) return 1;
	return 0;
}

/* The members ask adds to a result item: rank, score, matched, marked, signals,
** versions, sources, warnings. Caller frees. */
static char *hit_json(const AskHit *h, const AskAnswer *res, const char *as_of,
                      const Acts *acts) {
	Buf x = BUF_INIT;
	buf_printf(&x, "\"rank\":%d,\"score\":%.4f,\"matched\":[", h->rank, h->score);
	for (int i = 0; i < h->n_matched; i++) {
		if (i) buf_putc(&x, ',');
		buf_json_str(&x, h->matched[i]);
	}
	buf_puts(&x, "],\"marked\":");
	buf_json_str(&x, h->marked ? h->marked : h->it.text);
	buf_printf(&x, ",\"signals\":{\"text\":%.4f,\"concepts\":%.4f,\"graph\":%.4f}", h->text,
	           h->concepts, h->graph);
	buf_puts(&x, ",\"versions\":[");
	for (int i = 0; i < h->versions.n; i++) {
		buf_puts(&x, i ? ",{\"document\":" : "{\"document\":");
		buf_json_str(&x, h->versions.v[i].version);
		buf_json_member(&x, "date", h->versions.v[i].version_date);
		buf_putc(&x, '}');
	}
	buf_puts(&x, "],\"sources\":[");
	for (int i = 0; i < h->n_sources; i++) {
		const ReadSource *s = &h->sources[i];
		buf_puts(&x, i ? ",{\"ref\":" : "{\"ref\":");
		buf_json_str(&x, s->ref);
		buf_json_member(&x, "doc_title", s->doc_title);
		buf_json_member(&x, "date", s->date);
		buf_json_member(&x, "via", s->via);
		buf_json_member(&x, "document", s->document);
		buf_putc(&x, '}');
	}
	buf_putc(&x, ']');
	status_json(&x, &h->state, acts);
	/* what the reader must be told, in words: its state, the abolitions it concerns */
	buf_puts(&x, ",\"warnings\":[");
	char *st = status_words(&h->state, as_of, acts, 0);
	int k = 0;
	if (st) buf_json_str(&x, st), k++;
	free(st);
	for (int i = 0; i < res->n_notices; i++) {
		if (!concerns(&res->notices[i], h->rank)) continue;
		char *w = notice_text(&res->notices[i]);
		if (k++) buf_putc(&x, ',');
		buf_json_str(&x, w);
		free(w);
	}
	buf_putc(&x, ']');
	return buf_take(&x);
}

static void notices_json(Buf *b, const AskAnswer *res) {
	buf_puts(b, ",\"notices\":[");
	for (int i = 0; i < res->n_notices; i++) {
		const AskNotice *n = &res->notices[i];
		if (i) buf_putc(b, ',');
		render_doc_open(b, n->document, n->type, n->number, n->date, n->title);
		buf_json_member(b, "abolishes", n->thing);
		buf_puts(b, ",\"ranks\":[");
		for (int j = 0; j < n->n_ranks; j++) buf_printf(b, "%s%d", j ? "," : "", n->ranks[j]);
		buf_puts(b, "]}");
	}
	buf_putc(b, ']');
}

static void render_json(Buf *b, const char *q, const char *as_of, AskAnswer *res,
                        const Acts *acts) {
	buf_puts(b, "{\"question\":");
	buf_json_str(b, q);
	buf_json_member(b, "as_of", as_of);
	buf_puts(b, ",\"understood\":");
	if (res->u) render_understood_json(b, res->u);
	else buf_puts(b, "null");
	buf_puts(b, ",\"results\":[");
	for (int i = 0; i < res->n; i++) {
		Item *it = &res->v[i].it;
		free(it->extra);
		it->extra = hit_json(&res->v[i], res, as_of, acts);
		if (i) buf_putc(b, ',');
		render_item_json(b, it);
	}
	buf_printf(b, "],\"superseded\":%d,\"concept_weights\":[", res->superseded);
	for (int i = 0; i < res->n_weights; i++) buf_printf(b, "%s%.4f", i ? "," : "", res->weights[i]);
	buf_putc(b, ']');
	notices_json(b, res);
	buf_puts(b, "}\n");
}

/* Below a hit's text: its other versions, the letters that quote or cite it,
** its warnings; each wrapped. */
static void render_notes(Buf *b, const AskHit *h, const char *as_of, const Acts *acts,
                         int width) {
	Buf l = BUF_INIT;
	if (h->versions.n) {
		buf_puts(&l, "other versions:");
		for (int i = 0; i < h->versions.n; i++)
			buf_printf(&l, " %s (%s)", h->versions.v[i].version_date ? h->versions.v[i].version_date
			                                                         : "?",
			           h->versions.v[i].version);
		render_wrap(b, l.s, l.n, 4, width);
	}
	for (int i = 0; i < h->n_sources; i++) {
		const ReadSource *s = &h->sources[i];
		buf_reset(&l);
		buf_printf(&l, "%s by %s (%s)", s->via && !strcmp(s->via, "quotes") ? "quoted" : "cited",
		           or_empty(s->ref), or_empty(s->date));
		render_wrap(b, l.s, l.n, 4, width);
	}
	/* its state on the date, when it is not simply in force */
	char *st = status_words(&h->state, as_of, acts, 0);
	if (st) {
		buf_reset(&l);
		buf_printf(&l, "status: %s", st);
		render_wrap_hanging(b, l.s, l.n, 4, 12, width);
		free(st);
	}
	buf_free(&l);
}

static void render_text(Buf *b, const char *q, const char *as_of, const AskAnswer *res,
                        Graph *g, size_t cut, int width, int cite) {
	const Acts *acts = graph_acts(g);
	buf_printf(b, "%d rule%s for: %s\n", res->n, res->n == 1 ? "" : "s", q);
	if (res->u) {
		Buf r = BUF_INIT;
		buf_puts(&r, "read as: ");
		render_understood_text(&r, res->u);
		render_wrap_hanging(b, r.s, r.n, 0, 4, width);
		buf_free(&r);
	}
	for (int i = 0; i < res->n_notices; i++) {   /* abolitions first, once each */
		const AskNotice *n = &res->notices[i];
		Buf m = BUF_INIT;
		char *w = notice_text(n);
		buf_printf(&m, "! %s — concerns result%s", w, n->n_ranks == 1 ? "" : "s");
		for (int j = 0; j < n->n_ranks; j++) buf_printf(&m, "%s %d", j ? "," : "", n->ranks[j]);
		render_wrap_hanging(b, m.s, m.n, 0, 2, width);
		free(w);
		buf_free(&m);
	}
	if (!res->n && res->superseded) {
		Buf m = BUF_INIT;
		buf_printf(&m, "(only versions that were not in force on %s match: %d provision%s;"
		           " see them with --as-of DATE)", as_of, res->superseded,
		           res->superseded == 1 ? "" : "s");
		render_wrap(b, m.s, m.n, 2, width);
		buf_free(&m);
	} else if (!res->n) {
		buf_puts(b, "  (nothing in the index matches; try other words)\n");
	}
	for (int i = 0; i < res->n; i++) {
		const AskHit *h = &res->v[i];
		buf_printf(b, "\n%2d. %s%s\n", i + 1, h->it.ref, h->it.repealed ? "  (ophævet)" : "");
		Parts parts = {0};
		graph_parts(g, h->it.id, &parts);
		render_body(b, &h->it, h->marked ? h->marked : h->it.text, &parts, cut, 4, width);
		parts_clear(&parts);
		if (cite) render_cite_as(b, &h->it, 4, width);
		render_notes(b, h, as_of, acts, width);
	}
}

int cmd_ask(Opts *o) {
	if (o->nargs == 0) {
		errorf(o, "ask needs a question, as in: lovgraf ask 'which rules apply to a citizen "
		          "in ressourceforløb refusing surgery'");
		return EXIT_USAGE;
	}
	char *err = NULL;
	int rc = EXIT_OK;
	Graph *g = open_graph(o, &rc);
	if (!g) return rc;
	char *dir = corpus_path(o, NULL);
	Asker *a = asker_new(g, dir, &err);
	free(dir);
	if (!a) {
		errorf(o, "%s", err ? err : "cannot load the thesaurus");
		free(err);
		close_graph(o, g);
		return EXIT_FAIL;
	}
	char *q = joined_args(o);
	AskAnswer res = {0};
	int limit = o->limit ? o->limit : 10;
	const char *as_of = o->as_of ? o->as_of : graph_today(g);
	int arc = ask(a, q, o->as_of, limit, o->bm25 ? RANK_BM25 : RANK_FULL, &res, &err);
	if (arc != LG_OK) {
		errorf(o, "%s", err ? err : "cannot answer");
		free(err);
		rc = arc == LG_USAGE ? EXIT_USAGE : EXIT_FAIL;
	} else {
		Buf b = BUF_INIT;
		if (o->json) render_json(&b, q, as_of, &res, graph_acts(g));
		else render_text(&b, q, as_of, &res, g, o->full ? 0 : ASK_CUT, o->width,
		                 o->cite);
		print_buf(o, &b);
	}
	ask_answer_free(&res);
	free(q);
	asker_free(a);
	close_graph(o, g);
	return rc;
}
