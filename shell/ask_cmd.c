/*
** ask_cmd.c -- `lovgraf ask`: the rules that apply to a question, ranked,
** quoted and cited. Words the records ask() returns (warnings, sources,
** versions) and renders them as JSON or text.
*/
#include "ask.h"
#include "render.h"
#include "shell.h"
#include "understood.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static const char *or_empty(const char *s) { return s ? s : ""; }

/* A warning in words. brief: the form of the text output. Caller frees. */
static char *warning_text(const AskWarning *w, int brief) {
	switch (w->kind) {
	case ASK_WARN_REPEALED_HERE: return xstrdup("this provision is repealed in this version");
	case ASK_WARN_CHANGED_LATER:
		return xprintf("%s nr. %s af %s (%s) %s this act%s: %s", or_empty(w->type),
		               or_empty(w->number), or_empty(w->date), or_empty(w->document),
		               w->repeals ? "repeals" : "amends", w->repeals ? "" : " after this version",
		               or_empty(w->title));
	case ASK_WARN_ABOLISHES:
		return xprintf("%s nr. %s af %s (%s), later than this version, abolishes %s, "
		               "which this provision concerns: %s", or_empty(w->type),
		               or_empty(w->number), or_empty(w->date), or_empty(w->document),
		               or_empty(w->thing), or_empty(w->title));
	case ASK_WARN_NOT_IN_FORCE:
		return xstrdup(brief ? "no version in force on the date asked for: this is a later one"
		                     : "no version in force on the date asked for: this is the nearest, "
		                       "a later one");
	}
	return xstrdup("");
}

/* The members ask adds to a result item: rank, score, matched, marked, signals,
** versions, sources, warnings. Caller frees. */
static char *hit_json(const AskHit *h) {
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
	buf_puts(&x, "],\"warnings\":[");
	for (int i = 0; i < h->n_warnings; i++) {
		char *w = warning_text(&h->warnings[i], 0);
		if (i) buf_putc(&x, ',');
		buf_json_str(&x, w);
		free(w);
	}
	buf_putc(&x, ']');
	return buf_take(&x);
}

static void render_json(Buf *b, const char *q, const char *as_of, AskAnswer *res) {
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
		it->extra = hit_json(&res->v[i]);
		if (i) buf_putc(b, ',');
		render_item_json(b, it);
	}
	buf_printf(b, "],\"superseded\":%d,\"concept_weights\":[", res->superseded);
	for (int i = 0; i < res->n_weights; i++) buf_printf(b, "%s%.4f", i ? "," : "", res->weights[i]);
	buf_puts(b, "]}\n");
}

/* Below a hit's text: its other versions, the letters that quote or cite it,
** its warnings; each wrapped. */
static void render_notes(Buf *b, const AskHit *h) {
	Buf l = BUF_INIT;
	if (h->versions.n) {
		buf_puts(&l, "other versions:");
		for (int i = 0; i < h->versions.n; i++)
			buf_printf(&l, " %s (%s)", h->versions.v[i].version_date ? h->versions.v[i].version_date
			                                                         : "?",
			           h->versions.v[i].version);
		render_wrap(b, l.s, l.n, 4, 78);
	}
	for (int i = 0; i < h->n_sources; i++) {
		const ReadSource *s = &h->sources[i];
		buf_reset(&l);
		buf_printf(&l, "%s by %s (%s)", s->via && !strcmp(s->via, "quotes") ? "quoted" : "cited",
		           or_empty(s->ref), or_empty(s->date));
		render_wrap(b, l.s, l.n, 4, 78);
	}
	for (int i = 0; i < h->n_warnings; i++) {
		char *w = warning_text(&h->warnings[i], 1);
		buf_reset(&l);
		buf_printf(&l, "! %s", w);
		render_wrap(b, l.s, l.n, 4, 78);
		free(w);
	}
	buf_free(&l);
}

static void render_text(Buf *b, const char *q, const char *as_of, const AskAnswer *res) {
	buf_printf(b, "%d rule%s for: %s\n", res->n, res->n == 1 ? "" : "s", q);
	if (res->u) {
		Buf r = BUF_INIT;
		buf_puts(&r, "read as: ");
		render_understood_text(&r, res->u);
		render_wrap_hanging(b, r.s, r.n, 0, 4, 78);
		buf_free(&r);
	}
	if (!res->n && res->superseded) {
		Buf m = BUF_INIT;
		buf_printf(&m, "(only versions that were not in force on %s match: %d provision%s;"
		           " see them with --as-of DATE)", as_of, res->superseded,
		           res->superseded == 1 ? "" : "s");
		render_wrap(b, m.s, m.n, 2, 78);
		buf_free(&m);
	} else if (!res->n) {
		buf_puts(b, "  (nothing in the index matches; try other words)\n");
	}
	for (int i = 0; i < res->n; i++) {
		const AskHit *h = &res->v[i];
		buf_printf(b, "\n%2d. %s%s\n", i + 1, h->it.ref, h->it.repealed ? "  (ophævet)" : "");
		render_body(b, &h->it, h->marked ? h->marked : h->it.text, 700, 4);
		render_notes(b, h);
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
		graph_close(g);
		return EXIT_FAIL;
	}
	char *q = joined_args(o);
	AskAnswer res = {0};
	int limit = o->limit ? o->limit : 10;
	const char *as_of = o->as_of ? o->as_of : graph_today(g);
	if (ask(a, q, o->as_of, limit, o->bm25 ? RANK_BM25 : RANK_FULL, &res, &err) != LG_OK) {
		errorf(o, "%s", err ? err : "cannot answer");
		free(err);
		rc = EXIT_FAIL;
	} else {
		Buf b = BUF_INIT;
		if (o->json) render_json(&b, q, as_of, &res);
		else render_text(&b, q, as_of, &res);
		fwrite(b.s, 1, b.n, o->out);
		buf_free(&b);
	}
	ask_answer_free(&res);
	free(q);
	asker_free(a);
	graph_close(g);
	return rc;
}
