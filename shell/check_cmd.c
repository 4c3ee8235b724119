/*
** check_cmd.c -- `lovgraf check FILE|DOCUMENT`: a reviewer's note on a letter,
** an answer or an annex: each quotation and citation with its status, the
** differences word by word, the rules it does not mention, and a count.
*/
#include "check.h"
#include "graph.h"
#include "render.h"
#include "status.h"
#include "shell.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static const char *const MARK[CHECK_N] = {"✓", "✗", "✗", "?", "·", "○", "–", "+", "↺"};
static const char *const PART[] = {NULL, "question", "answer"};
static const char *const OP[] = {"changed", "missing", "added"};
enum { RESTATED_SHOWN = 8 };   /* the shared words of a restatement shown without --full */

void check_counts_json(Buf *b, const int *counts) {
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
	render_doc_open(b, v->document, v->type, v->number, v->date, v->title);
	buf_printf(b, ",\"in_force\":%s}", v->in_force ? "true" : "false");
}

static void add_vlabel(Buf *b, const CheckVersion *v) {
	if (!v->document) buf_putc(b, '?');
	else if (v->number)
		buf_printf(b, "%s nr. %s af %s", v->type ? v->type : "", v->number, v->date ? v->date : "?");
	else buf_puts(b, v->document);
}

static char *vlabel(const CheckVersion *v) {
	Buf b = BUF_INIT;
	add_vlabel(&b, v);
	return buf_take(&b);
}

/* The first differences where a quotation's words do stand, briefly. */
static void add_found_diffs(Buf *b, const CheckNote *n) {
	for (int i = 0; i < n->n_diffs && i < 3; i++) {
		const CheckDiff *d = &n->diffs[i];
		buf_puts(b, i ? "; " : ", with differences: ");
		if (d->op == DIFF_CHANGED) buf_printf(b, "[%s → %s]", d->quote, d->law);
		else if (d->op == DIFF_MISSING) buf_printf(b, "[missing: %s]", d->law);
		else buf_printf(b, "[added: %s]", d->quote);
	}
	if (n->n_diffs > 3) buf_puts(b, "; …");
}

/* A repeal of the whole act (n->other) from n->date. */
static void add_act_repeal(Buf *b, const CheckNote *n) {
	if (n->kind == NOTE_REPEALED_LATER) {
		add_vlabel(b, &n->other);
		buf_printf(b, " repeals it from %s", n->date);
	} else {
		add_vlabel(b, &n->version);
		buf_printf(b, " is repealed from %s by ", n->date);
		add_vlabel(b, &n->other);
	}
	if (n->ref) buf_printf(b, " (it still applies in some cases: %s)", n->ref);
	if (n->kind == NOTE_ACT_REPEALED_MATCHES)
		buf_puts(b, "; the quotation matches its text as last in force");
	else if (n->kind == NOTE_ACT_REPEALED_DIFFERS)
		buf_puts(b, "; the quotation differs from its text as last in force");
}

/* A note that names a provision or a version: "there is no LAB § 99 in LBK nr. ...". */
static void add_version_note(Buf *b, const CheckNote *n) {
	switch (n->kind) {
	case NOTE_CORPUS_HAS:
		buf_puts(b, "the corpus has ");
		add_vlabel(b, &n->version);
		buf_printf(b, " (%s)", n->version.title ? n->version.title : "");
		break;
	case NOTE_NOT_IN_VERSION:
		buf_puts(b, "the quoted words are not in ");
		add_vlabel(b, &n->version);
		break;
	case NOTE_REPEALED: case NOTE_SECTION_REPEALED: case NOTE_NO_PROVISION:
		buf_printf(b, n->kind == NOTE_REPEALED           ? "%s is repealed in "
		              : n->kind == NOTE_SECTION_REPEALED ? "§ %s is repealed in "
		                                                 : "there is no %s in ", n->ref);
		add_vlabel(b, &n->version);
		break;
	case NOTE_STANDS_IN:
		buf_printf(b, "it stands in %s nr. %s af %s", n->version.type ? n->version.type : "",
		           n->version.number ? n->version.number : "?",
		           n->version.date ? n->version.date : "?");
		break;
	case NOTE_FOUND_ELSEWHERE:
		buf_printf(b, "the quoted words stand in %s (", n->ref);
		add_vlabel(b, &n->version);
		buf_printf(b, "%s)", n->version.in_force ? "" : ", the nearest version");
		add_found_diffs(b, n);
		break;
	case NOTE_NAMES_VERSION:
		buf_puts(b, "the citation names ");
		add_vlabel(b, &n->version);
		buf_printf(b, "; in force on %s was ", n->date);
		add_vlabel(b, &n->other);
		break;
	default:
		add_act_repeal(b, n);
		break;
	}
}

/* One note, in words. */
static void add_note(Buf *b, const CheckNote *n) {
	switch (n->kind) {
	case NOTE_TOO_LONG: buf_puts(b, "the provision is too long to compare word by word"); break;
	case NOTE_NO_ACT: buf_puts(b, "the citation does not say which act"); break;
	case NOTE_ACT_INFERRED:
		buf_printf(b, "act inferred from the context: %s, the only act the document names",
		           n->text ? n->text : "?");
		break;
	case NOTE_NO_ATTRIBUTION: buf_puts(b, "no provision is named before or after it"); break;
	case NOTE_NO_SECTION: buf_printf(b, "“%s” is named, but not of which section", n->text); break;
	case NOTE_NOT_IN_CORPUS:
		buf_printf(b, "%s is not in the corpus; %s", n->text ? n->text : "?",
		           n->quoted ? "the quotation is not compared" : "not checked");
		break;
	case NOTE_IN_ACT_AT:
		buf_printf(b, "the citation names no provision; the quotation stands in %s", n->ref);
		break;
	case NOTE_NOT_IN_PROVISION:
		buf_printf(b, "the quoted words are not in %s (%d of %d words match)", n->ref, n->matched,
		           n->words);
		break;
	case NOTE_MATCHES_CHANGE:
		buf_puts(b, "its new wording, not yet in a consolidated version; the version in force, ");
		add_vlabel(b, &n->other);
		buf_puts(b, ", has other words");
		break;
	case NOTE_CHANGED_LATER:
		add_vlabel(b, &n->version);
		buf_puts(b, " gives it new wording, not yet in a consolidated version");
		break;
	case NOTE_PROPOSED:
		buf_printf(b, "a drafted provision (“%s”)", n->text ? n->text : "");
		if (n->version.document) {
			buf_printf(b, "; there is no %s in ", n->ref ? n->ref : "such provision");
			add_vlabel(b, &n->version);
		} else
			buf_puts(b, ", to be inserted");
		break;
	case NOTE_NOT_IN_PKT:
		buf_printf(b, "the quoted words are not in %d. pkt. of %s; they stand in %s, ", n->pkt,
		           n->ref, n->ref);
		if (n->pkt_from == n->pkt_to) buf_printf(b, "%d. pkt.", n->pkt_from);
		else buf_printf(b, "%d.-%d. pkt.", n->pkt_from, n->pkt_to);
		break;
	default:
		add_version_note(b, n);
		break;
	}
}

/* x's notes from the from-th on, joined by "; ". */
static void add_notes(Buf *b, const CheckResult *x, int from) {
	for (int i = from; i < x->n_notes; i++) {
		if (i > from) buf_puts(b, "; ");
		add_note(b, &x->notes[i]);
	}
}

/* x's notes in words, or NULL when it has none. Caller frees. */
static char *note_text(const CheckResult *x) {
	if (!x->n_notes) return NULL;
	Buf b = BUF_INIT;
	add_notes(&b, x, 0);
	return buf_take(&b);
}

/* Where a result stands, for people: "Målgruppen, afsnit 2", "afsnit 3",
** "spørgsmålet"; NULL when nowhere in particular. Caller frees. */
static char *place_text(const CheckPlace *p) {
	switch (p->kind) {
	case PLACE_QUESTION: return xstrdup("spørgsmålet");
	case PLACE_ROW: return xstrdup(p->row);
	case PLACE_PARA:
		return p->row ? xprintf("%s, afsnit %s", p->row, p->para ? p->para : "?")
		              : xprintf("afsnit %s", p->para ? p->para : "?");
	default: return NULL;
	}
}

/* The row of an annex a result stands in, when it is in one of its paragraphs. */
static const char *place_row(const CheckPlace *p) {
	return p->kind == PLACE_PARA ? p->row : NULL;
}

/* Where a result stands within its row (or in the document, when in none). */
static char *place_in_row(const CheckPlace *p) {
	if (place_row(p)) return xprintf("afsnit %s", p->para ? p->para : "?");
	return place_text(p);
}

/* The check's members of a result, for Item.extra. Caller frees. */
static char *extra_json(const CheckResult *x) {
	Buf b = BUF_INIT;
	buf_puts(&b, "\"status\":");
	buf_json_str(&b, check_status_name(x->status));
	buf_json_member(&b, "in", x->in);
	buf_json_member(&b, "part", PART[x->part]);
	char *at = place_text(&x->at);
	buf_json_member(&b, "at", at);
	free(at);
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
	if (x->status == CHECK_RESTATED) {
		buf_puts(&b, ",\"overlap\":[");
		for (int i = 0; i < x->n_overlap; i++) {
			if (i) buf_putc(&b, ',');
			buf_json_str(&b, x->overlap[i]);
		}
		buf_putc(&b, ']');
	}
	char *note = note_text(x);
	buf_json_member(&b, "note", note);
	buf_printf(&b, ",\"act_inferred\":%s", render_bool(x->act_inferred));
	free(note);
	return buf_take(&b);
}

/* The state of the provision compared with, on its document's date (timeline.h):
** ,"timeline":{"status":..., ...}, or nothing for what is not versioned law. */
static void timeline_json(Buf *b, Graph *g, const CheckReport *r, const CheckResult *x) {
	const char *date = NULL;
	for (int i = 0; i < r->n_docs && !date; i++)
		if (r->docs[i].name == x->in || (x->in && !strcmp(r->docs[i].name, x->in)))
			date = r->docs[i].date;
	if (!x->it.id || !date) return;
	TlState s;
	timeline_state(graph_timeline(g), x->it.id, date, &s);
	Buf t = BUF_INIT;
	status_json(&t, &s, graph_acts(g));
	if (t.n) buf_printf(b, ",\"timeline\":{%s}", t.s + 1);   /* without the leading comma */
	buf_free(&t);
	tl_state_clear(&s);
}

static void render_json(Buf *b, CheckReport *r, Graph *g) {
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
		buf_printf(b, ",\"date_from\":\"%s\"", check_date_from_name(d->date_from));
		if (d->date_month) buf_json_member(b, "date_month", d->date_month);
		buf_json_member(b, "committee", d->committee);
		buf_json_member(b, "question", d->number);
		buf_json_member(b, "case", d->case_);
		buf_json_member(b, "bill", d->bill);
		buf_json_member(b, "asker", d->asker);
		buf_json_member(b, "party", d->party);
		buf_puts(b, ",\"topic\":");
		buf_json_str(b, d->question);
		buf_printf(b, ",\"not_mentioned_not_in_force\":%d", d->not_in_force);
		buf_printf(b, ",\"unclosed_quotes\":%d,\"unclosed_quote_line\":", d->unclosed);
		if (d->unclosed) buf_printf(b, "%d", d->unclosed_line);
		else buf_puts(b, "null");
		buf_puts(b, ",\"summary\":");
		check_counts_json(b, d->counts);
		buf_putc(b, '}');
	}
	buf_puts(b, "],\"results\":[");
	for (int i = 0; i < r->n; i++) {
		CheckResult *x = &r->v[i];
		free(x->it.extra);
		Buf e = BUF_INIT;
		char *ex = extra_json(x);
		buf_puts(&e, ex);
		free(ex);
		timeline_json(&e, g, r, x);
		x->it.extra = buf_take(&e);
		if (i) buf_putc(b, ',');
		render_item_json(b, &x->it);
	}
	buf_puts(b, "],\"summary\":");
	check_counts_json(b, r->counts);
	buf_puts(b, "}\n");
}

/* s, cut to about max code points at a word boundary. */
static void add_cut(Buf *b, const char *s, size_t max) {
	size_t n = strlen(s);
	if (!max || utf8_len(s, n) <= max) {   /* 0: whole (--full) */
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

static void add_diffs(Buf *b, const CheckResult *x, int full) {
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
			add_cut(b, d->quote, full ? 0 : 60);
			buf_puts(b, " → ");
			add_cut(b, d->law, full ? 0 : 60);
		} else if (d->op == DIFF_MISSING) {
			buf_puts(b, "missing: ");
			add_cut(b, d->law, full ? 0 : 80);
		} else {
			buf_puts(b, "added: ");
			add_cut(b, d->quote, full ? 0 : 80);
		}
		buf_putc(b, ']');
		if (d->spelling) buf_puts(b, " (spelling)");
		if (d->editorial) buf_puts(b, " (in the writer's brackets)");
	}
}

/* What x's status says, with the version vl it was compared with. */
static void add_status(Buf *l, const CheckResult *x, const char *vl, int full) {
	switch (x->status) {
	case CHECK_MATCH:
		buf_printf(l, "quotation matches %s", vl);
		break;
	case CHECK_DIFFERS:
		buf_printf(l, "quotation differs from %s", vl);
		add_diffs(l, x, full);
		break;
	case CHECK_NOT_FOUND:
		buf_puts(l, x->it.quote ? "quotation not found" : "cited, not found");
		break;
	case CHECK_NOT_IN_CORPUS: {
		buf_printf(l, "%s %s, which is not in the corpus; not %s", x->it.quote ? "quoted from" : "cites",
		           x->it.doc_title ? x->it.doc_title : x->it.doc ? x->it.doc : "a document",
		           x->it.quote ? "compared" : "checked");
		/* the note's hint: a document of that number with another date */
		for (int i = 0; i < x->n_notes; i++)
			if (x->notes[i].kind == NOTE_CORPUS_HAS) {
				buf_puts(l, "; ");
				add_notes(l, x, i);
				break;
			}
		break;
	}
	case CHECK_CITED:
		buf_printf(l, "cited; stands in %s", vl);
		break;
	case CHECK_NOT_MENTIONED:
		buf_printf(l, "%s", vl);
		break;
	case CHECK_UNATTRIBUTED:
		buf_puts(l, "not checked");
		break;
	case CHECK_PROPOSED:
		buf_puts(l, "proposed, not compared");
		break;
	case CHECK_RESTATED:
		buf_puts(l, "restated without citation: shares ");
		for (int i = 0; i < x->n_overlap; i++) {
			if (!full && i == RESTATED_SHOWN) {
				buf_puts(l, ", …");
				break;
			}
			buf_printf(l, "%s“%s”", i ? ", " : "", x->overlap[i]);
		}
		break;
	default:
		break;
	}
}

static void render_line(Buf *b, const CheckResult *x, int indent, int width, int full) {
	Buf l = BUF_INIT;
	char *vl = vlabel(&x->cw);
	char *at = place_in_row(&x->at);
	if (!x->cw.in_force && x->cw.document) {
		char *n = xprintf("%s, the nearest version: none in the corpus was in force then", vl);
		free(vl);
		vl = n;
	}
	if (x->status == CHECK_UNATTRIBUTED) {
		buf_printf(&l, "%s quotation “", MARK[x->status]);
		add_cut(&l, x->it.quote ? x->it.quote : "", full ? 0 : 50);
		buf_puts(&l, "”");
	} else {
		/* a match with a version not in force on the date is no ✓: "≈" */
		int nearest = x->status == CHECK_MATCH && !x->cw.in_force && x->cw.document;
		buf_printf(&l, "%s %s", nearest ? "≈" : MARK[x->status], x->it.ref ? x->it.ref : "?");
	}
	if (x->part == PART_QUESTION) buf_puts(&l, " (in the question)");
	else if (at) buf_printf(&l, " (%s)", at);
	buf_puts(&l, " — ");
	add_status(&l, x, vl, full);
	if (x->n_notes && x->status != CHECK_NOT_IN_CORPUS) {
		buf_puts(&l, ": ");
		add_notes(&l, x, 0);
	}
	/* a quotation of a repealed act: how it compares with the text last in force */
	if (x->status == CHECK_NOT_FOUND && x->n_diffs) add_diffs(&l, x, full);
	/* a hanging indent: continuation lines under the reference */
	Buf w = BUF_INIT;
	render_wrap(&w, l.s, l.n, indent + 2, width);
	buf_add(b, w.s + 2, w.n - 2);
	buf_free(&w);
	buf_free(&l);
	free(vl);
	free(at);
}

void check_counts_text(Buf *b, const int *c) {
	buf_printf(b, "%d match, %d differ, %d not found, %d not in corpus, %d cited, %d not mentioned",
	           c[CHECK_MATCH], c[CHECK_DIFFERS], c[CHECK_NOT_FOUND], c[CHECK_NOT_IN_CORPUS],
	           c[CHECK_CITED], c[CHECK_NOT_MENTIONED]);
	if (c[CHECK_UNATTRIBUTED]) buf_printf(b, ", %d not checked", c[CHECK_UNATTRIBUTED]);
	if (c[CHECK_PROPOSED]) buf_printf(b, ", %d proposed", c[CHECK_PROPOSED]);
	if (c[CHECK_RESTATED]) buf_printf(b, ", %d restated", c[CHECK_RESTATED]);
}

static void render_text(Buf *b, const CheckReport *r, int width, int full) {
	for (int k = 0; k < r->n_docs; k++) {
		const CheckDoc *d = &r->docs[k];
		if (k) buf_putc(b, '\n');
		Buf h = BUF_INIT;
		buf_printf(&h, "%s — %s", d->name, d->title ? d->title : d->type ? d->type : "");
		render_wrap_hanging(b, h.s, h.n, 0, 2, width);
		buf_free(&h);
		if (d->date_from == DATE_FROM_TODAY)
			buf_printf(b, "  the document has no date; the law is read as of today, %s\n"
			              "  (give one with --as-of)\n", d->date);
		else if (d->date_from == DATE_FROM_MONTH)
			buf_printf(b, "  the law as of %s (only a month and year: %s;\n"
			              "  read as its last day)\n", d->date, d->date_month);
		else if (d->date_from == DATE_FROM_INDEX)
			buf_printf(b, "  the law as of %s (the date the index holds for it: its text\n"
			              "  has none)\n", d->date);
		else if (d->date_from == DATE_FROM_QUESTION)
			buf_printf(b, "  the law as of %s (the date of the committee's question;\n"
			              "  the answer has no date of its own)\n", d->date);
		else
			buf_printf(b, "  the law as of %s (%s)\n", d->date,
			           d->date_from == DATE_FROM_OPTION ? "--as-of" : "the document's date");
		int any = 0, nm = 0;
		const char *row = NULL;   /* the annex's row the last results stand in */
		for (int i = 0; i < r->n; i++) {
			const CheckResult *x = &r->v[i];
			if (x->in != d->name) continue;
			if (x->status == CHECK_NOT_MENTIONED) {
				if (!any && !nm) buf_puts(b, "  no quotations or citations found\n");
				if (!nm++) buf_puts(b, "  not mentioned, though they rank highest for its subject:\n");
				render_line(b, x, 4, width, full);
				continue;
			}
			const char *xr = place_row(&x->at);
			if (xr && (!row || strcmp(row, xr))) {
				Buf t = BUF_INIT;
				buf_printf(&t, "%s:", xr);
				render_wrap_hanging(b, t.s, t.n, 2, 4, width);
				buf_free(&t);
				row = xr;
			}
			render_line(b, x, row ? 4 : 2, width, full);
			any = 1;
		}
		if (!any && !nm) buf_puts(b, "  no quotations or citations found\n");
		if (d->unclosed) {
			Buf t = BUF_INIT;
			buf_printf(&t, "(%d quotation mark%s never closed, the first on line %d: a quotation "
			           "left open is read to the end of its paragraph, one followed there by "
			           "another opening mark is not checked)", d->unclosed,
			           d->unclosed == 1 ? "" : "s", d->unclosed_line);
			render_wrap(b, t.s, t.n, 2, width);
			buf_free(&t);
		}
		if (d->not_in_force) {
			Buf t = BUF_INIT;
			buf_printf(&t, "(%d rule%s that rank%s high for its subject left out of \"not "
			           "mentioned\": not in force on %s in any version the index holds)",
			           d->not_in_force, d->not_in_force == 1 ? "" : "s",
			           d->not_in_force == 1 ? "s" : "", d->date ? d->date : "the date");
			render_wrap(b, t.s, t.n, 2, width);
			buf_free(&t);
		}
		Buf t = BUF_INIT;
		check_counts_text(&t, d->counts);
		render_wrap_hanging(b, t.s, t.n, 2, 4, width);
		buf_free(&t);
	}
	if (r->n_docs > 1) {
		Buf t = BUF_INIT;
		buf_printf(&t, "%d documents: ", r->n_docs);
		check_counts_text(&t, r->counts);
		buf_putc(b, '\n');
		render_wrap_hanging(b, t.s, t.n, 0, 2, width);
		buf_free(&t);
	}
	/* add_cut ends what it cuts with " …" (a context's "… " opens it): how to
	 * see the rest, said once */
	int cut = 0;
	for (const char *p = b->s ? strstr(b->s, " \u2026") : NULL; p && !cut;
	     p = strstr(p + 1, " \u2026"))
		cut = p[4] != ' ';
	if (!full && cut)
		buf_puts(b, "(quotations and differences cut with … are shown whole with --full)\n");
}

int cmd_check(Opts *o) {
	if (o->summary && o->nargs < 1) {
		errorf(o, "check --summary needs files or folders, as in: lovgraf check --summary "
		          "svar/ or lovgraf check --summary a.txt b.pdf");
		return EXIT_USAGE;
	}
	if (!o->summary && o->nargs != 1) {
		errorf(o, "check needs one file or indexed document name, as in: lovgraf check "
		          "answer.txt or lovgraf check 002_72278e173f068d6f-1");
		return EXIT_USAGE;
	}
	char *err = NULL;
	int rc = EXIT_OK;
	Graph *g = open_graph(o, &rc);
	if (!g) return rc;
	char *dir = corpus_path(o, NULL);
	Checker *c = checker_new(g, dir, &err);
	free(dir);
	if (!c) {
		errorf(o, "%s", err ? err : "cannot check");
		free(err);
		close_graph(o, g);
		return EXIT_FAIL;
	}
	checker_watch(c, watch_work, o);   /* Ctrl-C and --timeout stop pdftotext too */
	checker_restated(c, !o->no_restated);
	if (o->summary) {
		rc = check_summary(o, c);
		checker_free(c);
		close_graph(o, g);
		return rc;
	}
	CheckReport *r = NULL;
	rc = check_run(c, o->args[0], o->as_of, &r, &err);
	if (rc != LG_OK) {
		errorf(o, "%s", err ? err : "cannot check");
		free(err);
		rc = rc == LG_USAGE ? EXIT_USAGE : EXIT_FAIL;
	} else {
		Buf b = BUF_INIT;
		if (o->json) render_json(&b, r, g);
		else render_text(&b, r, o->width, o->full);
		print_buf(o, &b);
		rc = r->counts[CHECK_DIFFERS] || r->counts[CHECK_NOT_FOUND] ? EXIT_FINDINGS : EXIT_OK;
	}
	check_report_free(r);
	checker_free(c);
	close_graph(o, g);
	return rc;
}
