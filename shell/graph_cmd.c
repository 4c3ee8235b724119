/*
** graph_cmd.c -- `lovgraf graph REF`: the neighbourhood of a provision
** (query/neighbourhood.h) as a picture: Graphviz DOT (--dot, the default), SVG
** drawn by Graphviz's dot (--svg, shell/dot.h) or its nodes and edges as JSON.
** Node labels are short (the reference and the first words of the text); each
** kind of reference has its line style, and a legend names them.
*/
#include "dot.h"
#include "graph.h"
#include "neighbourhood.h"
#include "render.h"
#include "shell.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
	SNIPPET_WORDS = 6,     /* the first words of a provision's text in its label */
	SNIPPET_BYTES = 40,
	REF_BYTES = 48,        /* a reference longer than this is made short in a label */
	ACT_BYTES = 32,        /* ... its act's name cut to this */
	REST_BYTES = 24,       /* ... and a longer rest to its last part */
	MEMBERS_SHOWN = 4      /* a group's members named in its label */
};

/* How each kind of reference (edges.kind) is drawn. */
typedef struct EdgeStyle {
	const char *kind, *style, *color;
} EdgeStyle;

static const EdgeStyle STYLES[] = {
	{"cites", "solid", "#333333"},   {"quotes", "dashed", "#1f5fbf"},
	{"amends", "bold", "#1a7f37"},   {"repeals", "bold", "#c0392b"},
	{"same_text", "dotted", "#777777"},
};
enum { N_STYLES = sizeof STYLES / sizeof *STYLES };

static const EdgeStyle *style_of(const char *kind) {
	for (int i = 0; i < N_STYLES; i++)
		if (!strcmp(STYLES[i].kind, kind)) return &STYLES[i];
	return &STYLES[0];
}

static const char *const KIND_NAME[] = {"provision", "unresolved", "range", "act_group"};

/* ---- DOT strings ----------------------------------------------------------------- */

/* s[0..n) inside a DOT string: quotation marks and backslashes escaped, a line
** break as DOT's \n, other control characters as spaces, bytes that are not
** UTF-8 as U+FFFD (dot reads UTF-8). */
static void dot_escape(Buf *b, const char *s, size_t n) {
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t k = c < 0x80 ? 1 : utf8_seq(s + i, n - i);
		if (!k) {
			buf_puts(b, "\xEF\xBF\xBD");
			i++;
			continue;
		}
		if (c == '"' || c == '\\') {
			buf_putc(b, '\\');
			buf_putc(b, (char)c);
		} else if (c == '\n') {
			buf_puts(b, "\\n");
		} else if (c < 0x20 || c == 0x7F || (c == 0xC2 && (unsigned char)s[i + 1] < 0xA0)) {
			buf_putc(b, ' ');   /* C0, DEL and C1 controls */
		} else {
			buf_add(b, s + i, k);
		}
		i += k;
	}
}

static void dot_str(Buf *b, const char *s) {
	buf_putc(b, '"');
	if (s) dot_escape(b, s, strlen(s));
	buf_putc(b, '"');
}

/* ---- labels ------------------------------------------------------------------------ */

/* The first n bytes or fewer of s, cut after a whole UTF-8 character. */
static size_t cut_at(const char *s, size_t n) {
	size_t len = strlen(s), i = 0;
	if (len <= n) return len;
	while (i < n) {
		size_t k = utf8_seq(s + i, len - i);
		if (!k) k = 1;
		if (i + k > n) break;
		i += k;
	}
	return i;
}

/* A reference made short for a label: a long act name ("lov om ændring af lov
** om en aktiv beskæftigelsesindsats, lov om ...") cut to ACT_BYTES at a word, a
** long place in a letter ("Bilag 1, Indsatsen skal ..., afsnit 2") to its last
** part. */
static void short_ref(Buf *b, const char *ref, const char *doc) {
	if (!ref) ref = "?";
	size_t n = strlen(ref), k = doc ? strlen(doc) : 0;
	if (n <= REF_BYTES) {
		buf_puts(b, ref);
		return;
	}
	if (!k || strncmp(ref, doc, k)) k = cut_at(ref, ACT_BYTES);
	if (k > ACT_BYTES) {
		size_t c = cut_at(ref, ACT_BYTES);
		while (c > 0 && ref[c - 1] != ' ') c--;   /* at a word */
		buf_add(b, ref, c > 1 ? c - 1 : cut_at(ref, ACT_BYTES));
		buf_puts(b, "\xE2\x80\xA6");   /* … */
	} else {
		buf_add(b, ref, k);
	}
	const char *rest = ref + k, *last = NULL;
	for (const char *p = strstr(rest, ", "); p; p = strstr(p + 1, ", ")) last = p;
	if (strlen(rest) > REST_BYTES && last) {
		buf_puts(b, ", \xE2\x80\xA6 ");
		buf_puts(b, last + 2);
	} else {
		buf_puts(b, rest);
	}
}

static int blank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* The first words of a provision's text, after its own label ("§ 6.", "Stk.
** 2.", "1)": a short start with a number): white space as one space, whole
** characters, "…" when cut. */
static void snippet(Buf *b, const char *text) {
	if (!text) return;
	const char *digit = strpbrk(text, "0123456789");
	size_t skip = 0;
	for (size_t i = 0; i < 12 && text[i]; i++)
		if ((text[i] == '.' || text[i] == ')') && text[i + 1] == ' ' && digit && digit < text + i)
			skip = i + 2;
	const char *s = text + skip;
	size_t len = strlen(s), i = 0, start = b->n;
	int words = 0, space = 0;
	while (i < len) {
		if (blank(s[i])) {
			if (b->n > start && !space && ++words == SNIPPET_WORDS) break;
			space = 1;
			i++;
			continue;
		}
		size_t k = utf8_seq(s + i, len - i);
		if (!k) k = 1;
		if (b->n - start + k + 1 > SNIPPET_BYTES) break;
		if (space && b->n > start) buf_putc(b, ' ');
		space = 0;
		buf_add(b, s + i, k);
		i += k;
	}
	while (i < len && blank(s[i])) i++;
	if (i < len && b->n > start) buf_puts(b, "\xE2\x80\xA6");   /* … */
}

/* Whether text is no more than the number its reference ends with (a
** chapter's "11"): no words to show. */
static int own_number(const char *ref, const char *text) {
	size_t n = ref ? strlen(ref) : 0, k = text ? strlen(text) : 0;
	return !k || (k < n && !strcmp(ref + n - k, text) && ref[n - k - 1] == ' ');
}

/* A node's label, lines separated by '\n' (escaped when written). */
static char *node_label(const NbNode *d) {
	Buf b = BUF_INIT;
	switch (d->kind) {
	case NB_PROVISION:
		short_ref(&b, d->label, d->it.doc);
		if (d->it.repealed) buf_puts(&b, " (repealed)");
		if (!own_number(d->label, d->it.text)) {
			buf_putc(&b, '\n');
			snippet(&b, d->it.text);
		}
		break;
	case NB_TARGET:
		short_ref(&b, d->label, d->it.doc);
		buf_puts(&b, "\n(not in the index)");
		break;
	case NB_RANGE:
		short_ref(&b, d->label, d->it.doc);
		break;
	case NB_ACT_GROUP:
		buf_add(&b, d->label, cut_at(d->label, ACT_BYTES));
		if (strlen(d->label) > ACT_BYTES) buf_puts(&b, "\xE2\x80\xA6");
		buf_printf(&b, ": %d provisions\n(", d->n_members);
		for (int k = 0; k < d->n_members && k < MEMBERS_SHOWN; k++)
			buf_printf(&b, "%s%s", k ? "; " : "", d->members[k]);
		buf_puts(&b, d->n_members > MEMBERS_SHOWN ? "; \xE2\x80\xA6)" : ")");
		break;
	}
	while (b.n && b.s[b.n - 1] == '\n') b.s[--b.n] = 0;
	return buf_take(&b);
}

/* ---- DOT --------------------------------------------------------------------------- */

static void dot_node(Buf *b, const NbNode *d, int i) {
	static const char *const ATTRS[] = {
		[NB_PROVISION] = "style=rounded",
		[NB_TARGET] = "style=\"rounded,dashed\", color=\"#888888\", fontcolor=\"#555555\"",
		[NB_RANGE] = "style=rounded, peripheries=2",
		[NB_ACT_GROUP] = "shape=folder, style=filled, fillcolor=\"#eeeeee\"",
	};
	char *label = node_label(d);
	buf_printf(b, "  n%d [label=", i);
	dot_str(b, label);
	buf_puts(b, ", tooltip=");
	Buf t = BUF_INIT;   /* the whole reference; a group's every member */
	buf_puts(&t, d->label);
	for (int k = 0; d->kind == NB_ACT_GROUP && k < d->n_members; k++)
		buf_printf(&t, "%s%s", k ? "; " : ": ", d->members[k]);
	dot_str(b, t.s);
	buf_free(&t);
	if (i == 0) buf_puts(b, ", style=\"rounded,filled,bold\", fillcolor=\"#fde9a9\"];\n");
	else buf_printf(b, ", %s];\n", ATTRS[d->kind]);
	free(label);
}

static void dot_edge(Buf *b, const Neighbourhood *nb, const NbEdge *e) {
	const EdgeStyle *st = style_of(e->kind);
	buf_printf(b, "  n%d -> n%d [style=%s, color=\"%s\"", e->from, e->to, st->style, st->color);
	if (strcmp(st->kind, e->kind)) {   /* a kind without a style of its own: named */
		buf_puts(b, ", label=");
		dot_str(b, e->kind);
	}
	if (nb->nodes[e->from].kind == NB_ACT_GROUP && e->count > 1)
		buf_printf(b, ", label=\"%d\", penwidth=%.1f", e->count, 1 + log2((double)e->count) / 2);
	buf_puts(b, ", tooltip=");
	Buf t = BUF_INIT;
	buf_printf(&t, "%s", e->kind);
	if (e->match) buf_printf(&t, " \xE2\x80\x9C%s\xE2\x80\x9D", e->match);   /* “…” */
	dot_str(b, t.s);
	buf_free(&t);
	buf_puts(b, "];\n");
}

/* The kinds of reference the picture holds, each drawn once with its name. */
static void dot_legend(Buf *b, const Neighbourhood *nb) {
	int used[N_STYLES] = {0}, any = 0;
	for (int i = 0; i < nb->n_edges; i++) {
		const EdgeStyle *st = style_of(nb->edges[i].kind);
		any += !used[st - STYLES];
		used[st - STYLES] = 1;
	}
	if (!any) return;
	buf_puts(b, "  subgraph cluster_legend {\n"
	            "    label=\"references\"; fontsize=9; style=dashed; color=\"#aaaaaa\";\n"
	            "    node [shape=point, width=0.05, label=\"\"];\n");
	for (int i = 0; i < N_STYLES; i++)
		if (used[i])
			buf_printf(b, "    legend_%s_a -> legend_%s_b [label=\"%s\", style=%s, color=\"%s\", "
			              "fontsize=9];\n", STYLES[i].kind, STYLES[i].kind, STYLES[i].kind,
			           STYLES[i].style, STYLES[i].color);
	buf_puts(b, "  }\n");
}

static void dot_graph(Buf *b, const Neighbourhood *nb, const char *date) {
	Buf title = BUF_INIT;
	buf_printf(&title, "%s: %d step%s out and in, ", nb->nodes[0].it.ref, nb->depth,
	           nb->depth == 1 ? "" : "s");
	if (date) buf_printf(&title, "references from the law in force on %s", date);
	else buf_puts(&title, "references from every version");
	if (nb->not_in_force)
		buf_printf(&title, "\n(%d more from versions not in force: --all-versions)", nb->not_in_force);
	if (nb->left_out)
		buf_printf(&title, "\n(%d references left out: over %d provisions)", nb->left_out,
		           NB_MAX_NODES);
	buf_puts(b, "digraph lovgraf {\n  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"Helvetica\", "
	            "fontsize=11, labelloc=t, label=");
	dot_str(b, title.s);
	buf_puts(b, "];\n  node [shape=box, fontname=\"Helvetica\", fontsize=10];\n"
	            "  edge [fontname=\"Helvetica\", fontsize=9];\n");
	buf_free(&title);
	for (int i = 0; i < nb->n_nodes; i++) dot_node(b, &nb->nodes[i], i);
	for (int i = 0; i < nb->n_edges; i++) dot_edge(b, nb, &nb->edges[i]);
	dot_legend(b, nb);
	buf_puts(b, "}\n");
}

/* ---- JSON -------------------------------------------------------------------------- */

static void json_graph(Buf *b, const Neighbourhood *nb, const char *date) {
	buf_puts(b, "{\"ref\":");
	buf_json_str(b, nb->nodes[0].it.ref);
	buf_printf(b, ",\"depth\":%d", nb->depth);
	buf_json_member(b, "as_of", date);
	buf_printf(b, ",\"all_versions\":%s,\"nodes\":[", render_bool(!date));
	for (int i = 0; i < nb->n_nodes; i++) {
		const NbNode *d = &nb->nodes[i];
		char *label = node_label(d);
		buf_printf(b, "%s{\"id\":\"n%d\",\"kind\":\"%s\"", i ? "," : "", i, KIND_NAME[d->kind]);
		buf_json_member(b, "ref", d->label);
		buf_json_member(b, "label", label);
		buf_printf(b, ",\"depth\":%d,\"count\":%d", d->depth, d->n_members);
		if (d->members) {
			buf_puts(b, ",\"members\":[");
			for (int k = 0; k < d->n_members; k++) {
				if (k) buf_putc(b, ',');
				buf_json_str(b, d->members[k]);
			}
			buf_putc(b, ']');
		} else {
			buf_puts(b, ",\"item\":");
			render_item_json(b, &d->it);
		}
		buf_putc(b, '}');
		free(label);
	}
	buf_puts(b, "],\"edges\":[");
	for (int i = 0; i < nb->n_edges; i++) {
		const NbEdge *e = &nb->edges[i];
		buf_printf(b, "%s{\"from\":\"n%d\",\"to\":\"n%d\"", i ? "," : "", e->from, e->to);
		buf_json_member(b, "kind", e->kind);
		buf_printf(b, ",\"count\":%d", e->count);
		buf_json_member(b, "match", e->match);
		buf_putc(b, '}');
	}
	buf_printf(b, "],\"not_in_force\":%d,\"left_out\":%d}\n", nb->not_in_force, nb->left_out);
}

/* ---- the command ------------------------------------------------------------------- */

/* SVG of the DOT text in *b (replaced by it); an exit code. */
static int to_svg(Opts *o, Buf *b) {
	Buf svg = BUF_INIT;
	char *err = NULL;
	int rc = dot_render(b->s, b->n, "svg", watch_work, o, &svg, &err);
	buf_free(b);
	*b = svg;
	if (rc == LG_OK) return EXIT_OK;
	errorf(o, "%s", err);
	free(err);
	return EXIT_FAIL;
}

int cmd_graph(Opts *o) {
	o->styled = 0;   /* DOT and SVG are for programs: no colour codes in them */
	if (o->nargs == 0) {
		errorf(o, "graph needs a reference, as in: lovgraf graph 'LAB § 53, stk. 4'");
		return EXIT_USAGE;
	}
	if (o->dot && o->svg) {
		errorf(o, "graph writes one of --dot and --svg, not both");
		return EXIT_USAGE;
	}
	int rc = EXIT_OK;
	Graph *g = open_graph(o, &rc);
	if (!g) return rc;
	char *ref = joined_args(o), *err = NULL;
	long long id = 0;
	const char *date = o->all_versions ? NULL : o->as_of ? o->as_of : graph_today(g);
	Neighbourhood *nb = NULL;
	if (graph_find(g, ref, o->as_of, &id, &err) != LG_OK) {
		errorf(o, "%s", err ? err : "reference not found");
		rc = EXIT_USAGE;
	} else if (nb_walk(g, id, o->depth ? o->depth : 1, date, &nb) != LG_OK) {
		rc = EXIT_NODB;   /* a read failed: close_graph says the index is damaged */
	} else {
		Buf b = BUF_INIT;
		if (o->json && !o->dot && !o->svg) json_graph(&b, nb, date);
		else dot_graph(&b, nb, date);
		if (o->svg) rc = to_svg(o, &b);
		if (rc == EXIT_OK) print_buf(o, &b);
		buf_free(&b);
	}
	nb_free(nb);
	free(err);
	free(ref);
	close_graph(o, g);
	return rc;
}
