/*
** render.c -- JSON and text forms of result items (see render.h).
*/
#include "render.h"
#include "kind.h"
#include "term.h"

#include <stdlib.h>
#include <string.h>

void render_item_json(Buf *b, const Item *it) {
	buf_puts(b, "{\"ref\":");
	buf_json_str(b, it->ref);
	buf_json_member(b, "doc", it->doc);
	buf_json_member(b, "doc_title", it->doc_title);
	buf_json_member(b, "section", it->section);
	buf_json_member(b, "subsection", it->subsection);
	buf_json_member(b, "item", it->item);
	buf_json_member(b, "chapter", it->chapter);
	buf_json_member(b, "text", it->text);
	buf_json_member(b, "kind", it->kind);
	buf_printf(b, ",\"resolved\":%s", it->id ? "true" : "false");
	if (it->id) {
		buf_printf(b, ",\"repealed\":%s", it->repealed ? "true" : "false");
		buf_puts(b, ",\"version\":{\"document\":");
		buf_json_str(b, it->version);
		buf_json_member(b, "title", it->version_title);
		buf_json_member(b, "type", it->version_type);
		buf_json_member(b, "number", it->version_number);
		buf_json_member(b, "date", it->version_date);
		buf_json_member(b, "eli", it->eli);
		buf_printf(b, ",\"in_corpus\":%s}", it->in_corpus ? "true" : "false");
		buf_json_member(b, "citation", it->citation);   /* null: a letter's passage */
	}
	if (it->via) buf_json_member(b, "via", it->via);
	if (it->match) {
		buf_json_member(b, "match", it->match);
		buf_printf(b, ",\"start\":%lld,\"end\":%lld", it->start, it->end);
	}
	if (it->quote) buf_json_member(b, "quote", it->quote);
	if (it->extra) buf_printf(b, ",%s", it->extra);
	buf_putc(b, '}');
}

const char *render_bool(int v) { return v ? "true" : "false"; }

void render_doc_open(Buf *b, const char *document, const char *type, const char *number,
                     const char *date, const char *title) {
	buf_puts(b, "{\"document\":");
	buf_json_str(b, document);
	buf_json_member(b, "type", type);
	buf_json_member(b, "number", number);
	buf_json_member(b, "date", date);
	buf_json_member(b, "title", title);
}

void render_items_json(Buf *b, const Items *l) {
	buf_putc(b, '[');
	for (int i = 0; i < l->n; i++) {
		if (i) buf_putc(b, ',');
		render_item_json(b, &l->v[i]);
	}
	buf_putc(b, ']');
}

/* display width of UTF-8 text on a terminal (combining marks none, wide forms two) */
static size_t cols(const char *s, size_t n) { return (size_t)term_columns(s, n); }

void render_wrap(Buf *b, const char *text, size_t n, int indent, int width) {
	render_wrap_hanging(b, text, n, indent, indent, width);
}

void render_wrap_hanging(Buf *b, const char *text, size_t n, int first, int rest, int width) {
	size_t i = 0, col = 0;
	int line_start = 1, indent = first;
	while (i < n) {
		while (i < n && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) i++;
		size_t w = i;
		while (w < n && text[w] != ' ' && text[w] != '\n' && text[w] != '\t') w++;
		if (w == i) break;
		size_t wc = cols(text + i, w - i);
		if (!line_start && width && col + 1 + wc > (size_t)width) {
			buf_putc(b, '\n');
			line_start = 1;
			indent = rest;
		}
		if (line_start) {
			for (int k = 0; k < indent; k++) buf_putc(b, ' ');
			col = (size_t)indent;
			line_start = 0;
		} else {
			buf_putc(b, ' ');
			col++;
		}
		buf_add(b, text + i, w - i);
		col += wc;
		i = w;
	}
	if (!line_start) buf_putc(b, '\n');
}

/* Where byte off of the original text is in text, which may hold **marks**
** the original has not. */
static size_t marked_at(const char *orig, const char *text, size_t off) {
	if (text == orig) return off;
	size_t i = 0, o = 0;
	while (o < off && text[i]) {
		if (text[i] == '*' && text[i + 1] == '*' && !(orig[o] == '*' && orig[o + 1] == '*')) {
			i += 2;
			continue;
		}
		i++;
		o++;
	}
	return i;
}

/* A part's text starts after its label: back from at over the label before
** it, "2)" or "a)" (a token ending in ')'), or "Stk. 2." (a number with a point,
** and a short capitalised word with a point before it). */
static size_t label_start(const char *t, size_t at) {
	size_t i = at;
	while (i > 0 && t[i - 1] == ' ') i--;
	size_t end = i;
	while (i > 0 && t[i - 1] != ' ') i--;
	size_t k = end - i;
	if (k >= 2 && k <= 4 && t[end - 1] == ')') return i;
	if (k < 2 || k > 4 || t[end - 1] != '.' || t[i] < '0' || t[i] > '9') return at;
	size_t j = i;
	while (j > 0 && t[j - 1] == ' ') j--;
	size_t w = j;
	while (w > 0 && t[w - 1] != ' ') w--;
	if (j - w >= 3 && j - w <= 5 && t[j - 1] == '.' && t[w] >= 'A' && t[w] <= 'Z') return w;
	if (j - w == 2 && !memcmp(t + w, "\xC2\xA7", 2)) return 0;   /* "§ 113." is the section's own */
	return i;
}

void render_body(Buf *b, const Item *it, const char *text, const Parts *parts, size_t max_chars,
                 int indent, int width) {
	if (text) {
		size_t n = strlen(text);
		int cut = 0;
		if (max_chars && n > max_chars) {
			n = max_chars;
			while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) n--;
			cut = 1;
		}
		/* each subsection and item on a line of its own, items indented by depth */
		size_t from = 0;
		int depth = 0;
		for (int p = 0; p <= (parts && it->text ? parts->n : 0); p++) {
			size_t to = n;
			if (parts && it->text && p < parts->n) {
				if (parts->at[p] <= 0 || (size_t)parts->at[p] > strlen(it->text)) continue;
				to = marked_at(it->text, text, label_start(it->text, (size_t)parts->at[p]));
				if (to <= from) continue;
				if (to > n) to = n;
			}
			Buf t = BUF_INIT;
			buf_add(&t, text + from, to - from);
			if (cut && to == n) {
				int marks = 0;   /* a **mark** the cut splits is closed */
				for (size_t i = 0; text != it->text && i + 1 < n; i++)
					if (text[i] == '*' && text[i + 1] == '*') marks++, i++;
				if (marks % 2) buf_puts(&t, "**");
				buf_puts(&t, " … (cut; --full shows all of it)");
			}
			render_wrap(b, t.s, t.n, indent + 2 * (depth > 1 ? depth - 1 : 0), width);
			buf_free(&t);
			if (to == n) break;
			from = to;
			depth = parts->depth[p];
		}
	}
	/* the citation, on lines of its own */
	Buf c = BUF_INIT;
	buf_puts(&c, "— ");
	if (it->id) {
		buf_puts(&c, it->doc_title ? it->doc_title : it->doc ? it->doc : "");
		if (it->version_date || (it->version_type && doc_kind(it->version_type) != DOC_EXT)) {
			buf_puts(&c, " (");
			if (it->version_type) buf_printf(&c, "%s ", it->version_type);
			if (it->version_number) buf_printf(&c, "nr. %s ", it->version_number);
			if (it->version_date) buf_printf(&c, "af %s", it->version_date);
			buf_puts(&c, ")");
		}
		if (!it->in_corpus) buf_puts(&c, " [known from citations, not in the corpus]");
	} else {
		buf_puts(&c, "not in the index");
	}
	render_wrap(b, c.s, c.n, indent, width);
	buf_free(&c);
	if (it->id && it->eli) buf_printf(b, "%*s%s\n", indent + 2, "", it->eli);
}

void render_item_text(Buf *b, const Item *it, const Parts *parts, size_t max_chars, int width) {
	buf_puts(b, it->ref ? it->ref : "?");
	if (it->repealed) buf_puts(b, "  (ophævet)");
	buf_putc(b, '\n');
	render_body(b, it, it->text, parts, max_chars, 2, width);
}

void render_ref_line(Buf *b, const Item *it, const char *arrow, int width) {
	Buf l = BUF_INIT, v = BUF_INIT;
	buf_printf(&l, "%s %s", arrow, it->ref ? it->ref : "?");
	if (!it->id) buf_puts(&l, "  [not in the index]");
	if (it->via || it->match) {
		buf_printf(&v, "(%s", it->via ? it->via : "cites");
		if (it->match) buf_printf(&v, " “%s”", it->match);
		buf_putc(&v, ')');
	}
	/* one line when it fits; else how it refers goes on a line of its own */
	if (!width || 2 + cols(l.s, l.n) + (v.n ? 2 + cols(v.s, v.n) : 0) <= (size_t)width) {
		buf_printf(b, "  %s%s%s\n", l.s, v.n ? "  " : "", v.n ? v.s : "");
	} else {
		render_wrap_hanging(b, l.s, l.n, 2, 6, width);
		if (v.n) render_wrap(b, v.s, v.n, 6, width);
	}
	buf_free(&l);
	buf_free(&v);
}

void render_cite_line(Buf *b, const Item *it, int width) {
	Buf l = BUF_INIT, r = BUF_INIT;
	buf_printf(&l, "%lld-%lld  “%s”", it->start, it->end, it->match ? it->match : "");
	buf_printf(&r, "→  %s%s", it->ref ? it->ref : "?", it->id ? "" : "  [not in the index]");
	/* one line when it fits; else what it resolves to goes on a line of its own */
	if (!width || cols(l.s, l.n) + 2 + cols(r.s, r.n) <= (size_t)width) {
		buf_printf(b, "%s  %s\n", l.s, r.s);
	} else {
		render_wrap_hanging(b, l.s, l.n, 0, 4, width);
		buf_printf(b, "    %s\n", r.s);
	}
	buf_free(&l);
	buf_free(&r);
}

void render_first_words(Buf *b, const Item *it, int indent, int width) {
	Buf l = BUF_INIT;
	buf_printf(&l, "%*s%s", indent, "", it->ref ? it->ref : "?");
	if (it->repealed) buf_puts(&l, " (ophævet)");
	if (it->text) {
		buf_puts(&l, "  ");
		const char *t = it->text;
		if (!strncmp(t, "§", 2) && it->section) {   /* "§ 112. " repeats the ref */
			const char *dot = strstr(t, ". ");
			if (dot && dot - t < 16) t = dot + 2;
		}
		for (; *t; t++) {   /* the text on one line */
			if (*t == '\n' || *t == '\t' || *t == ' ') {
				if (l.n && l.s[l.n - 1] != ' ') buf_putc(&l, ' ');
			} else buf_putc(&l, *t);
		}
	}
	size_t n = l.n;
	if (width && cols(l.s, n) > (size_t)width) {   /* cut on a character, with … */
		n = term_fit(l.s, n, width - 1);
		while (n > 0 && l.s[n - 1] == ' ') n--;
		buf_add(b, l.s, n);
		buf_puts(b, "\u2026\n");
	} else {
		buf_add(b, l.s, n);
		buf_putc(b, '\n');
	}
	buf_free(&l);
}

void render_cite_as(Buf *b, const Item *it, int indent, int width) {
	if (!it->citation) return;
	char *l = xprintf("cite as: %s", it->citation);
	render_wrap_hanging(b, l, strlen(l), indent, indent + 9, width);
	free(l);
}
