/*
** show_cmd.c -- `lovgraf show REF` and `lovgraf refs --to|--from REF`: a
** provision in the version in force on the date, with its state (in force,
** changed later, repealed ...), its versions (`--history`: each with a word
** diff against the one before), and the references out and in, by default only
** from the law in force on the date (`--all-versions`: from every version).
*/
#include "graph.h"
#include "render.h"
#include "shell.h"
#include "status.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static int find_or_fail(Opts *o, Graph *g, const char *ref, long long *id) {
	char *err = NULL;
	int rc = graph_find(g, ref, o->as_of, id, &err);
	if (rc != LG_OK) {
		errorf(o, "%s", err ? err : "reference not found");
		free(err);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

static const char *date_of(Opts *o, Graph *g) { return o->as_of ? o->as_of : graph_today(g); }

/* Each reference of l with its state on the date: its JSON in extra (for the
** JSON form) and its one-line text in (*lines)[i] (for the text form). */
static void refs_state(Opts *o, Graph *g, Items *l, char ***lines) {
	const char *date = date_of(o, g);
	*lines = xcalloc((size_t)l->n + 1, sizeof **lines);
	for (int i = 0; i < l->n; i++) {
		Item *it = &l->v[i];
		TlState s = {0};
		if (it->id) timeline_state(graph_timeline(g), it->id, date, &s);
		Buf j = BUF_INIT, t = BUF_INIT;
		status_json(&j, &s, graph_acts(g));
		if (j.n) it->extra = xstrdup(j.s + 1);   /* without the leading comma */
		status_line(&t, &s, date, graph_acts(g), 6, 0, o->width);
		(*lines)[i] = buf_take(&t);
		buf_free(&j);
		tl_state_clear(&s);
	}
}

static void free_lines(char **lines, int n) {
	for (int i = 0; lines && i < n; i++) free(lines[i]);
	free(lines);
}

static void ref_lines_text(Buf *b, const Items *l, char **lines, const char *arrow, int width,
                           int cite) {
	for (int i = 0; i < l->n; i++) {
		render_ref_line(b, &l->v[i], arrow, width);
		if (cite) render_cite_as(b, &l->v[i], 6, width);
		if (lines[i]) buf_puts(b, lines[i]);
	}
}

static void dropped_note(Buf *b, int dropped, const char *date) {
	if (dropped)
		buf_printf(b, "  (%d more from versions not in force on %s: --all-versions shows them)\n",
		           dropped, date);
}

/* ---- --history -------------------------------------------------------------- */

static const char *const OP[] = {"changed", "missing", "added"};

static void diff_text(Buf *b, const TlVersion *v, int width) {
	if (v->too_long) {
		buf_puts(b, "    (too long to compare word by word)\n");
		return;
	}
	if (v->same) {
		buf_puts(b, "    same words as the version before\n");
		return;
	}
	for (int i = 0; i < v->n_diffs; i++) {
		const CheckDiff *d = &v->diffs[i];
		char *line = d->op == DIFF_CHANGED ? xprintf("~ “%s” → “%s”", d->quote, d->law)
		             : d->op == DIFF_MISSING ? xprintf("+ “%s”", d->law)
		                                     : xprintf("- “%s”", d->quote);
		render_wrap_hanging(b, line, strlen(line), 4, 6, width);
		free(line);
	}
}

static void diff_json(Buf *b, const TlVersion *v) {
	buf_puts(b, ",\"diff\":[");
	for (int i = 0; i < v->n_diffs; i++) {
		const CheckDiff *d = &v->diffs[i];
		/* the old words are check's "quote", the new ones its "law" */
		buf_printf(b, "%s{\"op\":\"%s\"", i ? "," : "",
		           d->op == DIFF_MISSING ? "inserted" : d->op == DIFF_ADDED ? "deleted" : OP[d->op]);
		buf_json_member(b, "old", d->quote);
		buf_json_member(b, "new", d->law);
		buf_putc(b, '}');
	}
	buf_putc(b, ']');
}

static void version_json(Buf *b, const TlVersion *v, int first) {
	render_doc_open(b, v->doc.name, v->doc.type, v->doc.number, v->doc.date, v->doc.title);
	buf_json_member(b, "text", v->text);
	buf_printf(b, ",\"repealed\":%s,\"change\":%s", render_bool(v->repealed), render_bool(v->change));
	if (v->change) buf_printf(b, ",\"certain\":%s", render_bool(v->certain));
	buf_printf(b, ",\"after_date\":%s,\"compared\":%s,\"same\":%s", render_bool(v->after),
	           render_bool(v->compared), render_bool(v->same));
	if (!first) diff_json(b, v);
	buf_putc(b, '}');
}

static void version_text(Buf *b, const TlVersion *v, int first, int width) {
	buf_puts(b, v->change ? "  later change, not yet consolidated: " : "  ");
	status_doc(b, &v->doc);
	buf_printf(b, " (%s)%s%s%s\n", v->doc.name ? v->doc.name : "?",
	           v->repealed ? ": marked repealed" : first ? ": first version in the index" : "",
	           v->change && !v->certain ? " (attribution uncertain)" : "",
	           v->after ? " (after the date asked)" : "");
	if (!first) diff_text(b, v, width);
}

static void history(Buf *b, Graph *g, long long id, const char *date, int json, int width) {
	TlVersion *v = NULL;
	int n = 0;
	timeline_history(graph_timeline(g), id, date, &v, &n);
	buf_puts(b, json ? ",\"history\":[" : "\nhistory:\n");
	for (int i = 0; i < n; i++) {
		if (json && i) buf_putc(b, ',');
		if (json) version_json(b, &v[i], i == 0);
		else version_text(b, &v[i], i == 0, width);
	}
	if (json) buf_putc(b, ']');
	tl_history_free(v, n);
}

/* ---- show ---------------------------------------------------------------------- */

static void show_text(Buf *b, Opts *o, Graph *g, const Item *it, const TlState *s,
                      const Items *vers, const Items *out, const Items *in, char **in_lines,
                      int dropped, int shown) {
	Parts parts = {0};
	graph_parts(g, it->id, &parts);
	if (!shown) render_item_text(b, it, &parts, 0, o->width);
	parts_clear(&parts);
	if (o->cite) render_cite_as(b, it, 2, o->width);
	status_line(b, s, date_of(o, g), graph_acts(g), 2, 1, o->width);
	if (!o->history) status_changes(b, s, 4, o->width);
	if (o->history) {
		history(b, g, it->id, date_of(o, g), 0, o->width);
	} else if (vers->n) {
		buf_puts(b, "\nother versions:\n");
		for (int i = 0; i < vers->n; i++)
			buf_printf(b, "  %s %s af %s\n", vers->v[i].version_type ? vers->v[i].version_type : "",
			           vers->v[i].version ? vers->v[i].version : "",
			           vers->v[i].version_date ? vers->v[i].version_date : "?");
	}
	buf_printf(b, "\nrefers to (%d):\n", out->n);
	for (int i = 0; i < out->n; i++) {
		render_ref_line(b, &out->v[i], "→", o->width);
		if (o->cite) render_cite_as(b, &out->v[i], 6, o->width);
	}
	buf_printf(b, "\nreferred to by (%d):\n", in->n);
	ref_lines_text(b, in, in_lines, "←", o->width, o->cite);
	dropped_note(b, dropped, date_of(o, g));
}

/* A chapter's sections, each with its first words (text) or as items (JSON). */
static void chapter_sections(Buf *b, Graph *g, const Item *it, int json, int width) {
	Items secs = {0};
	graph_children(g, it->id, "section", &secs);
	if (json) {
		buf_puts(b, ",\"sections\":");
		render_items_json(b, &secs);
	} else {
		buf_printf(b, "\nsections (%d):\n", secs.n);
		for (int i = 0; i < secs.n; i++) render_first_words(b, &secs.v[i], 2, width ? width : 78);
	}
	items_free(&secs);
}

/* One provision as show has it, into b: its JSON object (without a newline)
** or its text. */
static void show_one(Buf *b, Opts *o, Graph *g, long long id) {
	Item it = {0};
	Items vers = {0}, out = {0}, in = {0};
	TlState s;
	graph_item(g, id, &it);
	int chapter = it.kind && !strcmp(it.kind, "chapter");
	timeline_state(graph_timeline(g), id, date_of(o, g), &s);
	graph_versions(g, id, &vers);
	graph_refs_from(g, id, &out);
	int dropped = 0;
	graph_refs_to(g, id, o->all_versions ? NULL : date_of(o, g), &in, &dropped);
	char **in_lines = NULL;
	refs_state(o, g, &in, &in_lines);
	if (o->json) {
		render_item_json(b, &it);
		b->n--; /* reopen the object */
		buf_json_member(b, "as_of", date_of(o, g));
		status_json(b, &s, graph_acts(g));
		if (o->history) history(b, g, id, date_of(o, g), 1, 0);
		if (chapter) chapter_sections(b, g, &it, 1, 0);
		buf_puts(b, ",\"versions\":");
		render_items_json(b, &vers);
		buf_puts(b, ",\"outgoing\":");
		render_items_json(b, &out);
		buf_puts(b, ",\"incoming\":");
		render_items_json(b, &in);
		buf_printf(b, ",\"incoming_not_in_force\":%d}", dropped);
	} else {
		if (chapter) {   /* a chapter: its heading and sections, then as any provision */
			render_item_text(b, &it, NULL, 0, o->width);
			chapter_sections(b, g, &it, 0, o->width);
		}
		show_text(b, o, g, &it, &s, &vers, &out, &in, in_lines, dropped, chapter);
	}
	free_lines(in_lines, in.n);
	tl_state_clear(&s);
	item_clear(&it);
	items_free(&vers);
	items_free(&out);
	items_free(&in);
}

int cmd_show(Opts *o) {
	if (o->nargs == 0) {
		errorf(o, "show needs a reference, as in: lovgraf show 'LAB § 53, stk. 4'");
		return EXIT_USAGE;
	}
	int rc = EXIT_OK;
	Graph *g = open_graph(o, &rc);
	if (!g) return rc;
	char *ref = joined_args(o), *err = NULL;
	long long *ids = NULL;
	int n = 0;
	if (graph_find_all(g, ref, o->as_of, &ids, &n, &err) != LG_OK) {
		errorf(o, "%s", err ? err : "reference not found");
		rc = EXIT_USAGE;
	}
	Buf b = BUF_INIT;
	if (n > 1 && o->json) {   /* a range or list: an object with each provision's */
		buf_puts(&b, "{\"ref\":");
		buf_json_str(&b, ref);
		buf_json_member(&b, "as_of", date_of(o, g));
		buf_puts(&b, ",\"provisions\":[");
	}
	for (int i = 0; i < n; i++) {
		if (i) buf_puts(&b, o->json ? "," : "\n\u2500\u2500\u2500\u2500\n\n");
		show_one(&b, o, g, ids[i]);
	}
	if (n > 1 && o->json) buf_puts(&b, "]}");
	if (n && o->json) buf_putc(&b, '\n');
	if (n) print_buf(o, &b);
	else buf_free(&b);
	free(ids);
	free(err);
	free(ref);
	close_graph(o, g);
	return rc;
}

/* ---- refs ---------------------------------------------------------------------- */

int cmd_refs(Opts *o) {
	const char *ref = o->from ? o->from : o->to;
	if (ref && o->nargs) {   /* words beside --to REF are a mistake, never dropped */
		errorf(o, "refs %s takes one reference; cannot read '%s' beside it",
		       o->from ? "--from" : "--to", o->args[0]);
		return EXIT_USAGE;
	}
	char *joined = NULL;
	if (!ref && o->nargs) ref = joined = joined_args(o);
	if (!ref || (o->from && o->to)) {
		errorf(o, "refs needs one of --from REF or --to REF, as in: lovgraf refs --to 'LAB § 113, stk. 3'");
		free(joined);
		return EXIT_USAGE;
	}
	int rc = EXIT_OK;
	Graph *g = open_graph(o, &rc);
	if (g) {
		long long id = 0;
		rc = find_or_fail(o, g, ref, &id);
		if (rc == EXIT_OK) {
			Items l = {0};
			int dropped = 0;
			if (o->to) graph_refs_to(g, id, o->all_versions ? NULL : date_of(o, g), &l, &dropped);
			else graph_refs_from(g, id, &l);
			char **lines = NULL;
			refs_state(o, g, &l, &lines);
			Buf b = BUF_INIT;
			if (o->json) {
				Item self = {0};
				graph_item(g, id, &self);
				buf_puts(&b, "{\"ref\":");
				buf_json_str(&b, self.ref);
				buf_printf(&b, ",\"direction\":\"%s\",\"results\":", o->to ? "to" : "from");
				render_items_json(&b, &l);
				buf_json_member(&b, "as_of", date_of(o, g));
				buf_printf(&b, ",\"all_versions\":%s,\"not_in_force\":%d}\n",
				           o->all_versions ? "true" : "false", dropped);
				item_clear(&self);
			} else {
				buf_printf(&b, "%d %s %s:\n", l.n,
				           o->to ? (l.n == 1 ? "provision refers to" : "provisions refer to")
				                 : (l.n == 1 ? "reference from" : "references from"), ref);
				ref_lines_text(&b, &l, lines, o->to ? "←" : "→", o->width, o->cite);
				dropped_note(&b, dropped, date_of(o, g));
			}
			print_buf(o, &b);
			free_lines(lines, l.n);
			items_free(&l);
		}
		close_graph(o, g);
	}
	free(joined);
	return rc;
}
