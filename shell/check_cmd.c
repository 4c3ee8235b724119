/*
** check_cmd.c -- `lovgraf check FILE|DOCUMENT`: a reviewer's note on a letter,
** an answer or an annex: each quotation and citation with its status, the
** differences word by word, the rules it does not mention, and a count.
*/
#include "check.h"
#include "render.h"
#include "shell.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static const char *const MARK[CHECK_N] = {"✓", "✗", "✗", "?", "·", "○", "–"};
static const char *const DATE_FROM[] = {"document", "--as-of", "today", "question"};
static const char *const OP[] = {"changed", "missing", "added"};

static void summary_json(Buf *b, const int *counts) {
	buf_putc(b, '{');
	for (int s = 0; s < CHECK_N; s++)
		buf_printf(b, "%s\"%s\":%d", s ? "," : "", check_status_name((CheckStatus)s), counts[s]);
	buf_putc(b, '}');
}

static void version_json(Buf *b, const CheckVersion *v) {
	if (!v->document) {
		buf_puts(b, "null");
		return;
	}
	buf_puts(b, "{\"document\":");
	buf_json_str(b, v->document);
	buf_json_member(b, "type", v->type);
	buf_json_member(b, "number", v->number);
	buf_json_member(b, "date", v->date);
	buf_json_member(b, "title", v->title);
	buf_printf(b, ",\"in_force\":%s}", v->in_force ? "true" : "false");
}

/* The check's members of a result, for Item.extra. Caller frees. */
static char *extra_json(const CheckResult *x) {
	Buf b = BUF_INIT;
	buf_puts(&b, "\"status\":");
	buf_json_str(&b, check_status_name(x->status));
	buf_json_member(&b, "in", x->in);
	buf_json_member(&b, "at", x->at);
	buf_puts(&b, ",\"compared_with\":");
	version_json(&b, &x->cw);
	buf_puts(&b, ",\"differences\":[");
	for (int i = 0; i < x->n_diffs; i++) {
		const CheckDiff *d = &x->diffs[i];
		buf_printf(&b, "%s{\"op\":\"%s\",\"quote\":", i ? "," : "", OP[d->op]);
		buf_json_str(&b, d->quote);
		buf_json_member(&b, "law", d->law);
		buf_json_member(&b, "context", d->context);
		buf_printf(&b, ",\"spelling\":%s,\"editorial\":%s}", d->spelling ? "true" : "false",
		           d->editorial ? "true" : "false");
	}
	buf_putc(&b, ']');
	if (x->it.quote) buf_printf(&b, ",\"quote_words\":%d,\"matched_words\":%d", x->quote_words,
	                            x->matched_words);
	buf_puts(&b, ",\"found_in\":");
	if (x->found_in) {
		buf_puts(&b, "{\"ref\":");
		buf_json_str(&b, x->found_in);
		buf_puts(&b, ",\"version\":");
		version_json(&b, &x->found_version);
		buf_putc(&b, '}');
	} else
		buf_puts(&b, "null");
	buf_json_member(&b, "note", x->note);
	return buf_take(&b);
}

static void render_json(Buf *b, CheckReport *r) {
	buf_puts(b, "{\"document\":");
	buf_json_str(b, r->input);
	buf_json_member(b, "path", r->path);
	buf_json_member(b, "date", r->n_docs ? r->docs[0].date : NULL);
	buf_puts(b, ",\"documents\":[");
	for (int i = 0; i < r->n_docs; i++) {
		const CheckDoc *d = &r->docs[i];
		buf_puts(b, i ? ",{\"name\":" : "{\"name\":");
		buf_json_str(b, d->name);
		buf_json_member(b, "type", d->type);
		buf_json_member(b, "title", d->title);
		buf_json_member(b, "date", d->date);
		buf_printf(b, ",\"date_from\":\"%s\",\"topic\":", DATE_FROM[d->date_from]);
		buf_json_str(b, d->question);
		buf_puts(b, ",\"summary\":");
		summary_json(b, d->counts);
		buf_putc(b, '}');
	}
	buf_puts(b, "],\"results\":[");
	for (int i = 0; i < r->n; i++) {
		CheckResult *x = &r->v[i];
		free(x->it.extra);
		x->it.extra = extra_json(x);
		if (i) buf_putc(b, ',');
		render_item_json(b, &x->it);
	}
	buf_puts(b, "],\"summary\":");
	summary_json(b, r->counts);
	buf_puts(b, "}\n");
}

/* s, cut to about max code points at a word boundary. */
static void add_cut(Buf *b, const char *s, size_t max) {
	size_t n = strlen(s);
	if (utf8_len(s, n) <= max) {
		buf_puts(b, s);
		return;
	}
	size_t k = 0, cps = 0;
	while (k < n && cps < max) {
		k++;
		while (k < n && ((unsigned char)s[k] & 0xC0) == 0x80) k++;
		cps++;
	}
	while (k > 0 && s[k] != ' ') k--;
	buf_add(b, s, k ? k : n);
	buf_puts(b, " …");
}

static void add_diffs(Buf *b, const CheckResult *x) {
	for (int i = 0; i < x->n_diffs; i++) {
		const CheckDiff *d = &x->diffs[i];
		buf_puts(b, i ? "; " : ": ");
		if (d->context) {
			buf_puts(b, "… ");
			buf_puts(b, d->context);
			buf_putc(b, ' ');
		}
		buf_putc(b, '[');
		if (d->op == DIFF_CHANGED) {
			add_cut(b, d->quote, 60);
			buf_puts(b, " → ");
			add_cut(b, d->law, 60);
		} else if (d->op == DIFF_MISSING) {
			buf_puts(b, "missing: ");
			add_cut(b, d->law, 80);
		} else {
			buf_puts(b, "added: ");
			add_cut(b, d->quote, 80);
		}
		buf_putc(b, ']');
		if (d->spelling) buf_puts(b, " (spelling)");
		if (d->editorial) buf_puts(b, " (in the writer's brackets)");
	}
}

static char *vlabel(const CheckVersion *v) {
	if (!v->document) return xstrdup("?");
	if (v->number) return xprintf("%s nr. %s af %s", v->type ? v->type : "", v->number,
	                              v->date ? v->date : "?");
	return xstrdup(v->document);
}

/* "Målgruppen, afsnit 2" -> the row "Målgruppen" (length) and "afsnit 2". */
static size_t row_of(const char *at, const char **rest) {
	const char *p = at ? strstr(at, ", afsnit ") : NULL;
	const char *q;
	while (p && (q = strstr(p + 1, ", afsnit ")) != NULL) p = q;
	*rest = p ? p + 2 : at;
	return p ? (size_t)(p - at) : 0;
}

static void render_line(Buf *b, const CheckResult *x, int indent) {
	Buf l = BUF_INIT;
	char *vl = vlabel(&x->cw);
	const char *at = NULL;
	row_of(x->at, &at);
	if (!x->cw.in_force && x->cw.document) {
		char *n = xprintf("%s, the nearest version: none in the corpus was in force then", vl);
		free(vl);
		vl = n;
	}
	if (x->status == CHECK_UNATTRIBUTED) {
		buf_printf(&l, "%s quotation “", MARK[x->status]);
		add_cut(&l, x->it.quote ? x->it.quote : "", 50);
		buf_puts(&l, "”");
	} else
		buf_printf(&l, "%s %s", MARK[x->status], x->it.ref ? x->it.ref : "?");
	if (at) buf_printf(&l, " (%s)", at);
	buf_puts(&l, " — ");
	switch (x->status) {
	case CHECK_MATCH:
		buf_printf(&l, "quotation matches %s", vl);
		break;
	case CHECK_DIFFERS:
		buf_printf(&l, "quotation differs from %s", vl);
		add_diffs(&l, x);
		break;
	case CHECK_NOT_FOUND:
		buf_puts(&l, x->it.quote ? "quotation not found" : "cited, not found");
		break;
	case CHECK_NOT_IN_CORPUS: {
		buf_printf(&l, "%s %s, which is not in the corpus; not %s", x->it.quote ? "quoted from" : "cites",
		           x->it.doc_title ? x->it.doc_title : x->it.doc ? x->it.doc : "a document",
		           x->it.quote ? "compared" : "checked");
		/* the note's hint: a document of that number with another date */
		const char *hint = x->note ? strstr(x->note, "; the corpus has ") : NULL;
		if (hint) buf_puts(&l, hint);
		break;
	}
	case CHECK_CITED:
		buf_printf(&l, "cited; stands in %s", vl);
		break;
	case CHECK_NOT_MENTIONED:
		buf_printf(&l, "%s", vl);
		break;
	case CHECK_UNATTRIBUTED:
		buf_puts(&l, "not checked");
		break;
	default:
		break;
	}
	if (x->note && x->status != CHECK_NOT_IN_CORPUS) buf_printf(&l, ": %s", x->note);
	/* a quotation of a repealed act: how it compares with the text last in force */
	if (x->status == CHECK_NOT_FOUND && x->n_diffs) add_diffs(&l, x);
	/* a hanging indent: continuation lines under the reference */
	Buf w = BUF_INIT;
	render_wrap(&w, l.s, l.n, indent + 2, 78);
	buf_add(b, w.s + 2, w.n - 2);
	buf_free(&w);
	buf_free(&l);
	free(vl);
}

static void summary_text(Buf *b, const int *c) {
	buf_printf(b, "%d match, %d differ, %d not found, %d not in corpus, %d cited, %d not mentioned",
	           c[CHECK_MATCH], c[CHECK_DIFFERS], c[CHECK_NOT_FOUND], c[CHECK_NOT_IN_CORPUS],
	           c[CHECK_CITED], c[CHECK_NOT_MENTIONED]);
	if (c[CHECK_UNATTRIBUTED]) buf_printf(b, ", %d not checked", c[CHECK_UNATTRIBUTED]);
}

static void render_text(Buf *b, const CheckReport *r) {
	for (int k = 0; k < r->n_docs; k++) {
		const CheckDoc *d = &r->docs[k];
		if (k) buf_putc(b, '\n');
		Buf h = BUF_INIT;
		buf_printf(&h, "%s — %s", d->name, d->title ? d->title : d->type ? d->type : "");
		render_wrap_hanging(b, h.s, h.n, 0, 2, 78);
		buf_free(&h);
		if (d->date_from == DATE_FROM_TODAY)
			buf_printf(b, "  the document has no date; the law is read as of today, %s\n"
			              "  (give one with --as-of)\n", d->date);
		else if (d->date_from == DATE_FROM_QUESTION)
			buf_printf(b, "  the law as of %s (the date of the committee's question;\n"
			              "  the answer has no date of its own)\n", d->date);
		else
			buf_printf(b, "  the law as of %s (%s)\n", d->date,
			           d->date_from == DATE_FROM_OPTION ? "--as-of" : "the document's date");
		int any = 0, nm = 0;
		const char *row = NULL;
		size_t row_n = 0;
		for (int i = 0; i < r->n; i++) {
			const CheckResult *x = &r->v[i];
			if (x->in != d->name) continue;
			if (x->status == CHECK_NOT_MENTIONED) {
				if (!any && !nm) buf_puts(b, "  no quotations or citations found\n");
				if (!nm++) buf_puts(b, "  not mentioned, though they rank highest for its subject:\n");
				render_line(b, x, 4);
				continue;
			}
			const char *rest;
			size_t rn = row_of(x->at, &rest);
			if (rn && (rn != row_n || strncmp(row, x->at, rn))) {
				Buf t = BUF_INIT;
				buf_printf(&t, "%.*s:", (int)rn, x->at);
				render_wrap_hanging(b, t.s, t.n, 2, 4, 78);
				buf_free(&t);
				row = x->at;
				row_n = rn;
			}
			render_line(b, x, row_n ? 4 : 2);
			any = 1;
		}
		if (!any && !nm) buf_puts(b, "  no quotations or citations found\n");
		Buf t = BUF_INIT;
		summary_text(&t, d->counts);
		render_wrap_hanging(b, t.s, t.n, 2, 4, 78);
		buf_free(&t);
	}
	if (r->n_docs > 1) {
		Buf t = BUF_INIT;
		buf_printf(&t, "%d documents: ", r->n_docs);
		summary_text(&t, r->counts);
		buf_putc(b, '\n');
		render_wrap_hanging(b, t.s, t.n, 0, 2, 78);
		buf_free(&t);
	}
}

int cmd_check(Opts *o) {
	if (o->nargs != 1) {
		errorf(o, "check needs one file or indexed document name, as in: lovgraf check "
		          "answer.txt or lovgraf check 002_72278e173f068d6f-1");
		return EXIT_USAGE;
	}
	char *err = NULL;
	int rc = EXIT_OK;
	Graph *g = open_graph(o, &rc);
	if (!g) return rc;
	char *dir = xprintf("%s/corpus", o->root);
	Checker *c = checker_new(g, dir, &err);
	free(dir);
	if (!c) {
		errorf(o, "%s", err ? err : "cannot check");
		free(err);
		graph_close(g);
		return EXIT_FAIL;
	}
	CheckReport *r = NULL;
	rc = check_run(c, o->args[0], o->as_of, &r, &err);
	if (rc != LG_OK) {
		errorf(o, "%s", err ? err : "cannot check");
		free(err);
		rc = rc == LG_USAGE ? EXIT_USAGE : EXIT_FAIL;
	} else {
		Buf b = BUF_INIT;
		if (o->json) render_json(&b, r);
		else render_text(&b, r);
		fwrite(b.s, 1, b.n, o->out);
		buf_free(&b);
		rc = r->counts[CHECK_DIFFERS] || r->counts[CHECK_NOT_FOUND] ? EXIT_FINDINGS : EXIT_OK;
	}
	check_report_free(r);
	checker_free(c);
	graph_close(g);
	return rc;
}
