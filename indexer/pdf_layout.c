/*
** pdf_layout.c -- the text of pdftotext -layout, repaired into the text the
** letter parser reads (see pdf_layout_repair in pdf.h).
**
** -layout keeps a page as it looks: pages end with a form feed, each page has
** its running header and footer and its number, a line is indented as far as
** it stands from the margin, and text set side by side (the sender's letterhead
** beside the recipient's address, a date in the right margin) shares a line,
** apart by a run of spaces. The letter parser (letter_text.c, letter_layout.c)
** already rejoins hyphenated words, drops contact lines and letterheads and
** reads the doubled blank lines of some conversions; what only a page shows is
** undone here, before it:
**
**   1. characters: ligatures as their letters, a no-break space as a space, a
**      soft hyphen at a line end as "-" (elsewhere dropped), control
**      characters and bytes that are not UTF-8 as spaces;
**   2. furniture: of the first and last two lines of each page, those that
**      stand there on two pages or more with only their numbers different
**      ("Side 2", "Beskæftigelsesministeriet"), and those that are a page
**      number alone ("3", "- 3 -", "3/4"), are dropped;
**   3. columns: a line's parts apart by four spaces or more, and a line that
**      begins 30 columns or more right of the page's margin, are the right
**      column: the block's right column follows its left one, as a paragraph;
**   4. indentation: a line indented from the page's margin gets one leading
**      space (a paragraph's first line), the others none;
**   5. pages: joined with a line break when the page ends inside a sentence
**      (a word hyphenated across the break is then rejoined by the parser),
**      else with a blank line.
**
** Linear in the input but for the sort of the page-edge lines (four a page).
*/
#include "pdf.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define COLUMN_GAP 4     /* spaces between two columns of one line */
#define RIGHT_COLUMN 30  /* a line beginning this far right of the margin is the right column */
#define EDGE_LINES 2     /* lines at the top and at the foot of a page that may be furniture */

/* ---- 1. characters ------------------------------------------------------- */

/* Whether only spaces stand between s[i] and the line's end. */
static int at_line_end(const char *s, size_t i, size_t n) {
	while (i < n && (s[i] == ' ' || s[i] == '\r')) i++;
	return i == n || s[i] == '\n' || s[i] == '\f';
}

/* s[0..n) with the characters of step 1 replaced, into b. */
static void clean_chars(Buf *b, const char *s, size_t n) {
	static const char *const LIGATURES[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t len = utf8_seq(s + i, n - i);
		if (!len) {
			buf_putc(b, ' ');
			i++;
		} else if (len == 1) {
			buf_putc(b, c == '\n' || c == '\f' || c >= 0x20 ? (char)c : ' ');
			i++;
		} else if (len == 3 && c == 0xEF && (unsigned char)s[i + 1] == 0xAC &&
		           (unsigned char)s[i + 2] <= 0x86) {
			buf_puts(b, LIGATURES[(unsigned char)s[i + 2] - 0x80]);
			i += 3;
		} else if (len == 2 && c == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
			buf_putc(b, ' ');
			i += 2;
		} else if (len == 2 && c == 0xC2 && (unsigned char)s[i + 1] == 0xAD) {
			if (at_line_end(s, i + 2, n)) buf_putc(b, '-');
			i += 2;
		} else if (len == 2 && c == 0xC2 && (unsigned char)s[i + 1] < 0xA0) {
			buf_putc(b, ' ');   /* a C1 control character */
			i += 2;
		} else {
			buf_add(b, s + i, len);
			i += len;
		}
	}
}

/* ---- lines and pages ----------------------------------------------------- */

typedef struct PLine {
	size_t at, len;   /* the text after the indentation, without trailing spaces */
	size_t ind;       /* columns of indentation */
	int page;
	int drop;         /* page furniture */
} PLine;

typedef struct Layout {
	const char *s;    /* the cleaned text */
	PLine *v;
	size_t n, cap;
	int pages;
} Layout;

static void line_push(Layout *L, size_t a, size_t e) {
	if (L->n == L->cap) {
		L->cap = L->cap ? 2 * L->cap : 256;
		L->v = xrealloc(L->v, L->cap * sizeof *L->v);
	}
	while (e > a && (L->s[e - 1] == ' ' || L->s[e - 1] == '\r')) e--;
	size_t ind = 0;
	while (a + ind < e && L->s[a + ind] == ' ') ind++;
	L->v[L->n++] = (PLine){a + ind, e - a - ind, ind, L->pages, 0};
}

/* The lines of s[0..n), each with its page (a form feed ends a page). */
static void split_lines(Layout *L, size_t n) {
	size_t a = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && L->s[i] != '\n' && L->s[i] != '\f') continue;
		if (i < n && L->s[i] == '\f') {   /* a page's last line, if anything is left on it */
			if (i > a) line_push(L, a, i);
			L->pages++;
		} else if (i < n || i > a) {
			line_push(L, a, i);
		}
		a = i + 1;
	}
	L->pages++;
}

/* ---- 2. furniture -------------------------------------------------------- */

typedef struct Edge {
	char *key;        /* the line with each run of digits as "#", spaces single */
	size_t line;
	int page;
} Edge;

static char *edge_key(const char *s, size_t n) {
	Buf b = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			if (!b.n || b.s[b.n - 1] != '#') buf_putc(&b, '#');
		} else if (s[i] == ' ') {
			if (b.n && b.s[b.n - 1] != ' ') buf_putc(&b, ' ');
		} else {
			buf_putc(&b, s[i]);
		}
	}
	return buf_take(&b);
}

/* A page number alone: "3", "- 3 -", "3/4", "(3)". */
static int page_number_key(const char *k) {
	return strchr(k, '#') && k[strspn(k, "# -/.()")] == 0;
}

static int by_key(const void *a, const void *b) {
	const Edge *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	return c ? c : (x->page > y->page) - (x->page < y->page);
}

/* Notes the furniture lines (step 2). */
static void mark_furniture(Layout *L) {
	Edge *e = NULL;
	size_t ne = 0, cap = 0;
	for (size_t i = 0; i < L->n;) {   /* one page: lines i..j */
		size_t j = i, m = 0, r = 0;
		for (; j < L->n && L->v[j].page == L->v[i].page; j++) m += L->v[j].len > 0;
		for (size_t k = i; k < j; k++) {
			if (!L->v[k].len) continue;
			if (r < EDGE_LINES || r + EDGE_LINES >= m) {
				if (ne == cap) {
					cap = cap ? 2 * cap : 64;
					e = xrealloc(e, cap * sizeof *e);
				}
				e[ne++] = (Edge){edge_key(L->s + L->v[k].at, L->v[k].len), k, L->v[k].page};
			}
			r++;
		}
		i = j;
	}
	if (ne) qsort(e, ne, sizeof *e, by_key);
	for (size_t i = 0; i < ne;) {
		size_t j = i;
		int pages = 0;
		for (; j < ne && !strcmp(e[j].key, e[i].key); j++) pages += j == i || e[j].page != e[j - 1].page;
		int furn = pages >= 2 || page_number_key(e[i].key);
		for (size_t k = i; k < j; k++) L->v[e[k].line].drop |= furn;
		i = j;
	}
	for (size_t i = 0; i < ne; i++) free(e[i].key);
	free(e);
}

/* ---- 3-5. columns, indentation, pages ------------------------------------ */

/* Drops the line breaks at the end of b. */
static void trim_breaks(Buf *b) {
	while (b->n && b->s[b->n - 1] == '\n') b->s[--b->n] = 0;
}

/* Whether out ends inside a sentence: a lower-case letter, ",", "-". */
static int ends_inside(const Buf *out) {
	if (!out->n) return 0;
	unsigned char c = (unsigned char)out->s[out->n - 1];
	if (c == ',' || c == '-' || (c >= 'a' && c <= 'z')) return 1;
	return out->n >= 2 && (unsigned char)out->s[out->n - 2] == 0xC3 && c >= 0x9F && c <= 0xBF &&
	       c != 0xB7;
}

/* Adds line l's left column (with a leading space when indented from margin)
** to out and its right column's parts to right. */
static void emit_line(const Layout *L, const PLine *l, size_t margin, Buf *out, Buf *right) {
	const char *s = L->s + l->at;
	size_t n = l->len, i = 0;
	int first = l->ind < margin + RIGHT_COLUMN;
	while (i < n) {
		size_t e = i, gap = 0;
		while (e < n) {   /* the part ends at a run of COLUMN_GAP spaces */
			if (s[e] == ' ') {
				gap = 0;
				while (e + gap < n && s[e + gap] == ' ') gap++;
				if (gap >= COLUMN_GAP) break;
				e += gap;
				gap = 0;
			} else {
				e++;
			}
		}
		if (first) {
			if (l->ind >= margin + 2) buf_putc(out, ' ');
			buf_add(out, s + i, e - i);
			buf_putc(out, '\n');
			first = 0;
		} else {
			buf_add(right, s + i, e - i);
			buf_putc(right, '\n');
		}
		i = e + gap;
	}
}

/* Adds page lines [i, j) to out: blocks of lines, each followed by its right
** column; blank lines as they are. */
static void emit_page(const Layout *L, size_t i, size_t j, Buf *out) {
	size_t margin = (size_t)-1;
	for (size_t k = i; k < j; k++)
		if (L->v[k].len && !L->v[k].drop && L->v[k].ind < margin) margin = L->v[k].ind;
	Buf right = BUF_INIT;
	for (size_t k = i; k <= j; k++) {
		int blank = k == j || !L->v[k].len;
		if (blank && right.n) {   /* the block ends: its right column */
			buf_putc(out, '\n');
			buf_add(out, right.s, right.n);
			buf_reset(&right);
		}
		if (k == j) break;
		if (L->v[k].drop) continue;
		if (blank) buf_putc(out, '\n');
		else emit_line(L, &L->v[k], margin, out, &right);
	}
	buf_free(&right);
}

char *pdf_layout_repair(const char *s, size_t n, size_t *out_n) {
	Buf clean = BUF_INIT, out = BUF_INIT, page = BUF_INIT;
	clean_chars(&clean, s, n);
	Layout L = {clean.s ? clean.s : "", NULL, 0, 0, 0};
	split_lines(&L, clean.n);
	mark_furniture(&L);
	for (size_t i = 0; i < L.n;) {
		size_t j = i;
		while (j < L.n && L.v[j].page == L.v[i].page) j++;
		buf_reset(&page);
		emit_page(&L, i, j, &page);
		trim_breaks(&page);   /* the page without its blank lines before and after */
		size_t a = 0;
		while (a < page.n && page.s[a] == '\n') a++;
		if (page.n > a) {
			trim_breaks(&out);
			if (out.n) buf_puts(&out, ends_inside(&out) ? "\n" : "\n\n");
			buf_add(&out, page.s + a, page.n - a);
			buf_putc(&out, '\n');
		}
		i = j;
	}
	free(L.v);
	buf_free(&page);
	buf_free(&clean);
	*out_n = out.n;
	return buf_take(&out);
}
