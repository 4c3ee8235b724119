/*
** letter_text.c -- PDF-text repair for the letter parser: the classes of UTF-8
** characters (Latin-1 letters are enough for Danish), cleaning a line of
** markdown and HTML ("## ", "**", "[text](url)", "<p>", "&nbsp;"), splitting a
** file into lines (noting blank lines before, a leading space, "#" headings
** and bold lines), and rejoining words hyphenated across line ends.
*/
#include "letter_parts.h"

#include <stdlib.h>
#include <string.h>

/* ---- characters ---------------------------------------------------------- */

int lt_is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

/* Class of a code point of two or three bytes at s[i] (i < n). */
static int class_multi(const char *s, size_t i, size_t n) {
	unsigned char c = (unsigned char)s[i];
	if (i + 1 < n) {
		unsigned char d = (unsigned char)s[i + 1];
		if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) return CH_UPPER;
		if (c == 0xC3 && d >= 0x9F && d <= 0xBF && d != 0xB7) return CH_LOWER;
		if (c == 0xC2 && (d == 0xAB || d == 0xBB)) return CH_QUOTE;
	}
	if (i + 2 < n && c == 0xE2 && (unsigned char)s[i + 1] == 0x80) {
		unsigned char e = (unsigned char)s[i + 2];
		if (e == 0x9C || e == 0x9D || e == 0x9E) return CH_QUOTE;
	}
	return CH_OTHER;
}

int lt_class_at(const char *s, size_t i, size_t n) {
	unsigned char c = (unsigned char)s[i];
	if (c >= 'a' && c <= 'z') return CH_LOWER;
	if (c >= 'A' && c <= 'Z') return CH_UPPER;
	if (c >= '0' && c <= '9') return CH_DIGIT;
	if (c == '"') return CH_QUOTE;
	return class_multi(s, i, n);
}

/* Class of the code point that ends just before s[i] (i > 0). */
static int class_before(const char *s, size_t i) {
	size_t k = i - 1;
	while (k > 0 && i - k < 4 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
	return lt_class_at(s, k, i);
}

size_t lt_cp_count(const char *s, size_t n) {
	size_t k = 0;
	for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

size_t lt_cp_floor(const char *s, size_t i) {
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
	return i;
}

/* ---- cleaning ------------------------------------------------------------ */

/* The HTML tag at s[i] that stands for a space (<p>, <br> ...): its length, or 0. */
static size_t space_tag(const char *s, size_t i, size_t n) {
	static const char *const tags[] = {"<p>", "</p>", "<br>", "<br/>", "<br />", "<P>", "</P>"};
	for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
		size_t tl = strlen(tags[t]);
		if (i + tl <= n && memcmp(s + i, tags[t], tl) == 0) return tl;
	}
	return 0;
}

/* A backslash escape at s[i]: "\(" -> "(", and a literal "\n" left by the
** converter inside link texts -> " ". Returns its length, or 0. */
static size_t escape_at(const char *s, size_t i, size_t n, char *c) {
	if (i + 1 >= n) return 0;
	if (s[i + 1] && strchr("()[]*_#\\.-", s[i + 1])) { *c = s[i + 1]; return 2; }
	if (s[i + 1] == 'n') { *c = ' '; return 2; }
	return 0;
}

/* The brackets of a markdown link "[text](url)" at s[i], which stand for
** nothing: "[" when "](" follows on the line, and "](url)". Returns the length, or 0. */
static size_t link_at(const char *s, size_t i, size_t n) {
	if (s[i] == ']' && i + 1 < n && s[i + 1] == '(') {
		const char *close = memchr(s + i + 2, ')', n - i - 2);
		if (close && close - (s + i) < 400) return (size_t)(close - s) + 1 - i;
	} else if (s[i] == '[') {
		const char *rb = memchr(s + i + 1, ']', n - i - 1 < 400 ? n - i - 1 : 400);
		if (rb && (size_t)(rb - s) + 1 < n && rb[1] == '(') return 1;
	}
	return 0;
}

/* An HTML tag that stands for a space, or an entity ("&amp;", "&nbsp;"), at
** s[i]: its length and *c, or 0. */
static size_t html_at(const char *s, size_t i, size_t n, char *c) {
	if (s[i] == '<') {
		size_t tl = space_tag(s, i, n);
		if (tl) *c = ' ';
		return tl;
	}
	if (i + 5 <= n && memcmp(s + i, "&amp;", 5) == 0) { *c = '&'; return 5; }
	if (i + 6 <= n && memcmp(s + i, "&nbsp;", 6) == 0) { *c = ' '; return 6; }
	return 0;
}

/* The markup at s[i] (i < n): returns how many bytes it takes and sets *c to the
** character it stands for, or *emit to 0 when it stands for nothing. */
static size_t markup(const char *s, size_t i, size_t n, char *c, int *emit) {
	size_t k = 0;
	*c = s[i];
	*emit = 1;
	if (*c == '*' && i + 1 < n && s[i + 1] == '*') {
		k = 2;
		*emit = 0;
	} else if (*c == '\\') {
		k = escape_at(s, i, n, c);
	} else if (*c == '[' || *c == ']') {
		k = link_at(s, i, n);
		*emit = k == 0;
	} else if (*c == '<' || *c == '&') {
		k = html_at(s, i, n, c);
	}
	return k ? k : 1;
}

/* Markdown removed ("**", "[t](u)" -> "t", "\(" -> "("), tabs as spaces, runs
** of spaces collapsed, and HTML <p>/<br> tags as spaces. */
void lt_clean_into(Buf *b, const char *s, size_t n) {
	size_t i = 0;
	int space = b->n == 0 || b->s[b->n - 1] == ' ';
	while (i < n) {
		char c;
		int emit;
		i += markup(s, i, n, &c, &emit);
		if (!emit) continue;
		if (lt_is_space(c) || c == '\n' || c == 0) c = ' ';
		if (c == ' ') {
			if (!space) buf_putc(b, ' ');
			space = 1;
		} else {
			buf_putc(b, c);
			space = 0;
		}
	}
	while (b->n > 0 && b->s[b->n - 1] == ' ') b->s[--b->n] = 0;
}

/* ---- lines --------------------------------------------------------------- */

static int is_blank_end(char c) { return c == ' ' || c == '\r' || c == '\f' || c == '\v'; }

/* Adds the line s[0..m) (trimmed, not blank). */
static void line_add(Lines *ls, const char *s, size_t m, int blanks, int lead) {
	if (ls->n == ls->cap) {
		ls->cap = ls->cap ? ls->cap * 2 : 256;
		ls->v = xrealloc(ls->v, (size_t)ls->cap * sizeof *ls->v);
	}
	Line *l = &ls->v[ls->n++];
	memset(l, 0, sizeof *l);
	l->raw = s;
	l->rawn = m;
	l->blank_before = blanks;
	l->lead = lead;
	if (s[0] == '#') {
		size_t h = 0;
		while (h < m && s[h] == '#') h++;
		if (h < m && s[h] == ' ') { l->heading = 1; s += h; m -= h; }
	}
	while (m > 0 && *s == ' ') { s++; m--; }
	l->bold = m > 4 && s[0] == '*' && s[1] == '*' && s[m - 1] == '*' && s[m - 2] == '*';
	l->c_off = ls->arena.n;
	lt_clean_into(&ls->arena, s, m);
	l->c_len = ls->arena.n - l->c_off;
	buf_putc(&ls->arena, 0);
}

void lt_lines_split(Lines *ls, const char *buf, size_t n) {
	size_t i = 0;
	int blanks = 0;
	while (i < n) {
		const char *nl = memchr(buf + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - buf) : n;
		size_t a = i, z = e;
		while (z > a && is_blank_end(buf[z - 1])) z--;
		int lead = a < z && buf[a] == ' ';
		while (a < z && (buf[a] == ' ' || buf[a] == '\r')) a++;
		int only_tabs = 1;
		for (size_t k = a; k < z && only_tabs; k++) only_tabs = buf[k] == '\t';
		if (a == z || only_tabs) {
			blanks++;
		} else {
			line_add(ls, buf + a, z - a, blanks, lead);
			blanks = 0;
		}
		i = nl ? e + 1 : n;
	}
}

void lt_lines_free(Lines *ls) {
	free(ls->v);
	buf_free(&ls->arena);
	memset(ls, 0, sizeof *ls);
}

/* ---- sentences and hyphenation ------------------------------------------- */

int lt_ends_midsentence(const char *s, size_t n) {
	if (!n) return 0;
	char c = s[n - 1];
	if (c == ',' || c == '-') return 1;
	return class_before(s, n) == CH_LOWER;
}

int lt_ends_sentence(const char *s, size_t n) {
	if (!n) return 0;
	char c = s[n - 1];
	if (c == '.' || c == '?' || c == '!' || c == ':') return 1;
	if (class_before(s, n) == CH_QUOTE && n >= 4) {
		size_t k = lt_cp_floor(s, n - 1);
		return k > 0 && strchr(".?!", s[k - 1]) != NULL;
	}
	return 0;
}

/* s[0..n) starts with a conjunction, a word of its own (followed by a space, a
** comma or nothing). */
static int starts_conj(const LetterParser *p, const char *s, size_t n) {
	size_t w = 0;
	while (w < n && s[w] != ' ' && s[w] != ',') w++;
	return lexlist_find(p->w.conjunction, s, w, LEX_EXACT) >= 0;
}

/* "Søren-" + "sen" -> "Sørensen"; "LAB-" + "sager" -> "LAB-sager";
** "sundheds-" + "og" -> "sundheds- og"; "tiltag -" + "fx" -> "tiltag - fx". */
void lt_para_join(const LetterParser *p, Buf *b, const char *s, size_t n) {
	if (!n) return;
	if (b->n == 0) { buf_add(b, s, n); return; }
	if (b->s[b->n - 1] == '-' && b->n >= 2 && b->s[b->n - 2] != ' ' && !starts_conj(p, s, n)) {
		int before = class_before(b->s, b->n - 1);
		int after = lt_class_at(s, 0, n);
		if (before == CH_LOWER && after == CH_LOWER) {
			b->s[--b->n] = 0;
			buf_add(b, s, n);
			return;
		}
		if ((before == CH_LOWER || before == CH_UPPER || before == CH_DIGIT) &&
		    (after == CH_LOWER || after == CH_UPPER || after == CH_DIGIT)) {
			buf_add(b, s, n);
			return;
		}
	}
	buf_putc(b, ' ');
	buf_add(b, s, n);
}
