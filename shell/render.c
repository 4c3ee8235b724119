/*
** render.c -- JSON and text forms of result items (see render.h).
*/
#include "render.h"
#include "kind.h"

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

/* display width of UTF-8 text: one column per code point */
static size_t cols(const char *s, size_t n) { return utf8_len(s, n); }

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
		if (!line_start && col + 1 + wc > (size_t)width) {
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

void render_body(Buf *b, const Item *it, const char *text, size_t max_chars, int indent) {
	if (text) {
		size_t n = strlen(text);
		int cut = 0;
		if (max_chars && n > max_chars) {
			n = max_chars;
			while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80) n--;
			cut = 1;
		}
		Buf t = BUF_INIT;
		buf_add(&t, text, n);
		if (cut) buf_puts(&t, " …");
		render_wrap(b, t.s, t.n, indent, 78);
		buf_free(&t);
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
	render_wrap(b, c.s, c.n, indent, 78);
	buf_free(&c);
	if (it->id && it->eli) buf_printf(b, "%*s%s\n", indent + 2, "", it->eli);
}

void render_item_text(Buf *b, const Item *it, size_t max_chars) {
	buf_puts(b, it->ref ? it->ref : "?");
	if (it->repealed) buf_puts(b, "  (ophævet)");
	buf_putc(b, '\n');
	render_body(b, it, it->text, max_chars, 2);
}

void render_ref_line(Buf *b, const Item *it, const char *arrow) {
	Buf l = BUF_INIT, v = BUF_INIT;
	buf_printf(&l, "%s %s", arrow, it->ref ? it->ref : "?");
	if (!it->id) buf_puts(&l, "  [not in the index]");
	if (it->via || it->match) {
		buf_printf(&v, "(%s", it->via ? it->via : "cites");
		if (it->match) buf_printf(&v, " “%s”", it->match);
		buf_putc(&v, ')');
	}
	/* one line when it fits; else how it refers goes on a line of its own */
	if (2 + cols(l.s, l.n) + (v.n ? 2 + cols(v.s, v.n) : 0) <= 78) {
		buf_printf(b, "  %s%s%s\n", l.s, v.n ? "  " : "", v.n ? v.s : "");
	} else {
		render_wrap_hanging(b, l.s, l.n, 2, 6, 78);
		if (v.n) render_wrap(b, v.s, v.n, 6, 78);
	}
	buf_free(&l);
	buf_free(&v);
}

void render_cite_line(Buf *b, const Item *it) {
	Buf l = BUF_INIT, r = BUF_INIT;
	buf_printf(&l, "%lld-%lld  “%s”", it->start, it->end, it->match ? it->match : "");
	buf_printf(&r, "→  %s%s", it->ref ? it->ref : "?", it->id ? "" : "  [not in the index]");
	/* one line when it fits; else what it resolves to goes on a line of its own */
	if (cols(l.s, l.n) + 2 + cols(r.s, r.n) <= 78) {
		buf_printf(b, "%s  %s\n", l.s, r.s);
	} else {
		render_wrap_hanging(b, l.s, l.n, 0, 4, 78);
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
	if (cols(l.s, n) > (size_t)width) {   /* cut on a character, with … */
		size_t keep = 0, c = 0;
		while (keep < n && c + 1 < (size_t)width) {
			size_t k = utf8_seq(l.s + keep, n - keep);
			keep += k ? k : 1;
			c++;
		}
		n = keep;
		while (n > 0 && l.s[n - 1] == ' ') n--;
		buf_add(b, l.s, n);
		buf_puts(b, "\u2026\n");
	} else {
		buf_add(b, l.s, n);
		buf_putc(b, '\n');
	}
	buf_free(&l);
}
