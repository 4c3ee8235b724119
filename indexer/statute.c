/*
** statute.c -- parses statutes and executive orders into a Doc (see statute.h).
**
** The input is a "Key: value" header, a blank line and a body with one
** paragraph per § (paragraphs are separated by blank lines) and a "Kapitel N"
** paragraph where a chapter begins. Inside a § paragraph the "Stk. N."
** subsections, "N)" items and "a)" litra stand inline. The body is copied into
** Doc.text with zero-width characters and soft hyphens removed and NO-BREAK
** SPACE turned into a plain space; every node span points into that copy.
**
** The parser is a hand-written scanner rather than a set of regular
** expressions: each level (paragraphs, stk., items, litra) makes one forward
** pass over its own span looking only for the next expected heading, so the
** whole document is parsed in linear time however odd it is. Being strict
** about sequence ("Stk. 3." is only a heading after "Stk. 2."; "4)" only after
** "3)") is what keeps citations such as "jf. nr. 3)" from becoming headings.
**
** Choices made for odd input:
** - A line that is a whole "Kapitel N" or starts with a § heading that has a
**   period ("§ 5. ", "§§ 14-16.") starts a new paragraph even without a blank
**   line before it, so that a plain body with single line breaks parses.
** - Paragraphs that are neither a chapter nor a § (preambles, a stray
**   "(Ophævet)") belong to no section; they only extend the open chapter.
** - Headings without a period ("§ 7 Loven træder i kraft") are accepted at
**   the start of a paragraph; "§§ 20-31 (Ophævet)", "§ 4 og § 4 a." and
**   "»§ 64. ...«" (quoted in an amending act) are read too.
** - Ranges name whole numbers and the letters of the last number:
**   "70-72 b" -> 70, 71, 72, 72 a, 72 b; "50 a-51" -> 50 a, 51 (which
**   lettered sections followed 50 a is not known); "45 k-o" -> 45 k ... 45 o.
** - Without a header Type is "BEK" when the body says "Bekendtgørelsen
**   træder i kraft", else "LOV".
*/
#include "statute.h"
#include "kind.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The longest §-range expanded into one node per section; longer ranges keep
** only their two ends. The longest in all of Danish law is "§§ 376-437". A
** document may also not make more range nodes than RANGE_BUDGET allows, so
** that a small file of "§§ 1-200." lines cannot make millions of nodes. */
#define MAX_RANGE 200
#define RANGE_BUDGET(text_len) (1000 + (text_len) / 16)

/* ---- characters -------------------------------------------------------- */

static int is_ws(unsigned char c) {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static int is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* A byte that continues a word: a letter or digit, or the lead byte of a
** Latin-1 letter (U+00C0..U+00FF are encoded C3 80..C3 BF). */
static int is_wordchar(unsigned char c) { return is_alpha(c) || is_digit(c) || c == 0xC3; }

/* The Danish alphabet as section letters: a..z = 1..26, æ ø å = 27 28 29. */
static const char *const letter_name[] = {
	"", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o",
	"p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "æ", "ø", "å"};

/* If t[p..e) starts with a letter usable as a section letter, returns its
** ordinal (1..29) and sets *len to its byte length; else returns 0. *upper is
** set when the letter is a capital. */
static int letter_at(const char *t, size_t p, size_t e, size_t *len, int *upper) {
	if (p >= e) return 0;
	unsigned char c = (unsigned char)t[p];
	if (c >= 'a' && c <= 'z') { *len = 1; *upper = 0; return c - 'a' + 1; }
	if (c >= 'A' && c <= 'Z') { *len = 1; *upper = 1; return c - 'A' + 1; }
	if (c == 0xC3 && p + 1 < e) {
		unsigned char d = (unsigned char)t[p + 1];
		*len = 2;
		switch (d) {
		case 0xA6: *upper = 0; return 27; /* æ */
		case 0x86: *upper = 1; return 27; /* Æ */
		case 0xB8: *upper = 0; return 28; /* ø */
		case 0x98: *upper = 1; return 28; /* Ø */
		case 0xA5: *upper = 0; return 29; /* å */
		case 0x85: *upper = 1; return 29; /* Å */
		}
	}
	return 0;
}

/* 1 when t[p..e) starts with the n bytes of s. */
static int starts(const char *t, size_t p, size_t e, const char *s, size_t n) {
	return e - p >= n && memcmp(t + p, s, n) == 0;
}
#define STARTS(t, p, e, lit) starts(t, p, e, lit, sizeof lit - 1)

static size_t skip_ws(const char *t, size_t p, size_t e) {
	while (p < e && is_ws((unsigned char)t[p])) p++;
	return p;
}

/* Spaces and tabs only (a heading does not continue on the next line). */
static size_t skip_blank(const char *t, size_t p, size_t e) {
	while (p < e && (t[p] == ' ' || t[p] == '\t')) p++;
	return p;
}

static void trim(const char *t, size_t *s, size_t *e) {
	while (*s < *e && is_ws((unsigned char)t[*s])) (*s)++;
	while (*e > *s && is_ws((unsigned char)t[*e - 1])) (*e)--;
}

/* Reads up to 9 digits at t[p..e) into *v; returns the position after them,
** or p when there are none or too many. */
static size_t read_num(const char *t, size_t p, size_t e, unsigned long *v) {
	size_t q = p;
	unsigned long x = 0;
	*v = 0;
	while (q < e && is_digit((unsigned char)t[q])) {
		if (q - p == 9) return p;
		x = x * 10 + (unsigned long)(t[q] - '0');
		q++;
	}
	*v = x;
	return q;
}

/* ---- cleaning ---------------------------------------------------------- */

/* Appends s[0..n) to b without U+200B..U+200D, U+2060, U+FEFF and soft hyphens
** (U+00AD), with U+00A0 turned into a space and CR LF into LF. */
static void clean_into(Buf *b, const char *s, size_t n) {
	size_t run = 0, i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t drop = 0;
		const char *put = NULL;
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] >= 0x8B && (unsigned char)s[i + 2] <= 0x8D)
			drop = 3;
		else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x81 &&
		         (unsigned char)s[i + 2] == 0xA0)
			drop = 3;
		else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xAD)
			drop = 2;
		else if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB &&
		         (unsigned char)s[i + 2] == 0xBF)
			drop = 3;
		else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)
			drop = 2, put = " ";
		else if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
			drop = 1;
		if (!drop) {
			i++;
			continue;
		}
		buf_add(b, s + run, i - run);
		if (put) buf_add(b, put, 1);
		i += drop;
		run = i;
	}
	buf_add(b, s + run, n - run);
}

/* A header value, cleaned and trimmed. A line break written into it as the
** two characters "\n" (1,020 titles of all Danish law have one:
** "... m.v.\n(Reform af ...)") is a space. */
static char *clean_value(const char *s, size_t n) {
	Buf b = BUF_INIT;
	clean_into(&b, s, n);
	size_t o = 0;
	for (size_t i = 0; i < b.n; i++) {
		if (b.s[i] == '\\' && i + 1 < b.n && b.s[i + 1] == 'n') {
			if (o && b.s[o - 1] != ' ') b.s[o++] = ' ';
			i++;
			continue;
		}
		b.s[o++] = b.s[i];
	}
	size_t a = 0, e = o;
	trim(b.s, &a, &e);
	char *v = xstrndup(b.s + a, e - a);
	buf_free(&b);
	return v;
}

/* ---- header ------------------------------------------------------------ */

enum { H_TITLE, H_TYPE, H_NUMBER, H_YEAR, H_DATE, H_ELI, H_ACCESSION, H_COUNT };
static const char *const header_key[H_COUNT] = {"Title", "Type", "Number", "Year",
                                                "Date", "ELI", "Accession"};

/* If the line t[p..e) is "Key: value" with a known key, returns the key and
** sets *v to where the value begins; else returns -1. */
static int header_line(const char *t, size_t p, size_t e, size_t *v) {
	for (int k = 0; k < H_COUNT; k++) {
		size_t n = strlen(header_key[k]);
		if (e - p > n && memcmp(t + p, header_key[k], n) == 0 && t[p + n] == ':') {
			*v = skip_blank(t, p + n + 1, e);
			return k;
		}
	}
	return -1;
}

static size_t line_end(const char *t, size_t p, size_t n) {
	const char *nl = memchr(t + p, '\n', n - p);
	return nl ? (size_t)(nl - t) : n;
}

static int blank_line(const char *t, size_t p, size_t e) {
	return skip_ws(t, p, e) == e;
}

/* "https://www.retsinformation.dk/eli/lta/2022/701" -> "lta-2022-701"; NULL
** when the address does not have that shape. */
static char *name_from_eli(const char *eli) {
	const char *p = strstr(eli, "/eli/");
	if (!p) return NULL;
	p += 5;
	const char *s1 = strchr(p, '/');
	if (!s1 || s1 == p) return NULL;
	const char *y = s1 + 1, *s2 = y;
	while (is_digit((unsigned char)*s2)) s2++;
	if (s2 == y || *s2 != '/') return NULL;
	const char *num = s2 + 1, *s3 = num;
	while (is_digit((unsigned char)*s3)) s3++;
	if (s3 == num) return NULL;
	return xprintf("%.*s-%.*s-%.*s", (int)(s1 - p), p, (int)(s2 - y), y, (int)(s3 - num), num);
}

/* ---- the body ---------------------------------------------------------- */

typedef struct Parser {
	const LexList *repeal;   /* the lexicon's repeal markers */
	Doc *d;
	const char *t;   /* Doc.text */
	size_t n;
	int chapter;     /* the open chapter node, or -1 */
	int n_sections;
	size_t range_nodes; /* nodes made by expanding ranges, see RANGE_BUDGET */
} Parser;

/* 1 when t[p..e) is a repeal marker: "(Ophævet", "(Udelades", "(Udeladt",
** "(Ubenyttede" and the like (the lexicon's repeal_marker: its first letter in
** any case, the rest as written), possibly after a footnote number "3) ". */
static int repeal_marker(const LexList *markers, const char *t, size_t p, size_t e) {
	size_t q = p;
	unsigned long v;
	size_t r = read_num(t, q, e, &v);
	if (r > q && r < e && t[r] == ')') q = skip_ws(t, r + 1, e);
	if (q >= e || t[q] != '(') return 0;
	q++;
	if (q >= e) return 0;
	char c = t[q];
	if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
	for (int k = 0; k < markers->n; k++) {
		const LexEntry *m = &markers->v[k];
		char f = m->word[0];
		if (f >= 'A' && f <= 'Z') f = (char)(f - 'A' + 'a');
		if (c == f && starts(t, q + 1, e, m->word + 1, m->len - 1)) return 1;
	}
	return 0;
}

/* A node whose whole text is a repeal marker: "Stk. 3. (Ophævet)". */
static int only_marker(const LexList *markers, const char *t, size_t s, size_t e) {
	if (!repeal_marker(markers, t, s, e)) return 0;
	const char *close = memchr(t + s, ')', e - s);
	size_t q = close ? (size_t)(close - t) + 1 : e;
	if (q < e && t[q] == '.') q++;
	/* the footnote form "3) (Ophævet)" has two ')' */
	if (q < e && t[q] != '.' && !is_ws((unsigned char)t[q])) return 0;
	q = skip_ws(t, q, e);
	if (q < e && t[q] == '(') {
		close = memchr(t + q, ')', e - q);
		q = close ? (size_t)(close - t) + 1 : e;
		if (q < e && t[q] == '.') q++;
	}
	return q == e;
}

static int add(Parser *P, NodeKind kind, int parent, const char *label, size_t s, size_t e) {
	trim(P->t, &s, &e);
	int i = doc_add_node(P->d, kind, parent, label, s, e);
	if (kind != NODE_SECTION && only_marker(P->repeal, P->t, s, e)) P->d->nodes[i].repealed = 1;
	return i;
}

/* Litra "a)", "b)" ... in t[a..b), children of parent. */
static void parse_litra(Parser *P, int parent, size_t a, size_t b) {
	const char *t = P->t;
	int want = 1, prev = -1;
	size_t prev_start = 0, pos = a;
	char label[2] = {0, 0};
	while (pos < b && want <= 26) {
		const char *c = memchr(t + pos, ')', b - pos);
		if (!c) break;
		size_t q = (size_t)(c - t);
		pos = q + 1;
		if (q == a) continue;
		size_t m = q - 1; /* the letter */
		if (t[m] != 'a' + want - 1) continue;
		if (m > a && !is_ws((unsigned char)t[m - 1])) continue;
		if (q + 1 >= b || !is_ws((unsigned char)t[q + 1])) continue;
		if (prev >= 0) {
			label[0] = (char)('a' + prev - 1);
			add(P, NODE_LITRA, parent, label, prev_start, m);
		}
		prev = want++;
		prev_start = q + 1;
	}
	if (prev >= 0) {
		label[0] = (char)('a' + prev - 1);
		add(P, NODE_LITRA, parent, label, prev_start, b);
	}
}

/* 1 when the word before t[j] (j = start of a number) is "nr." or "stk."
** ("jf. nr. 3)"), which makes "3)" a citation rather than an item. */
static int cited_number(const char *t, size_t a, size_t j) {
	size_t k = j, lim = 0;
	while (k > a && lim < 4 && (t[k - 1] == ' ' || t[k - 1] == '\t')) k--, lim++;
	if (k > a && t[k - 1] == '.') k--;
	size_t w = k;
	while (w > a && k - w < 5 && is_alpha((unsigned char)t[w - 1])) w--;
	if (w > a && is_alpha((unsigned char)t[w - 1])) return 0;
	size_t len = k - w;
	if (len == 2 && (t[w] == 'n' || t[w] == 'N') && (t[w + 1] == 'r' || t[w + 1] == 'R')) return 1;
	if (len == 3 && (t[w] == 's' || t[w] == 'S') && t[w + 1] == 't' && t[w + 2] == 'k') return 1;
	return 0;
}

/* Items "1)", "2)" ... in t[a..b), children of parent; each item's litra.
** Without items, litra directly under parent. */
/* Item nr. n at [s, e) of parent, and the litras in it. */
static void add_item(Parser *P, int parent, int n, size_t s, size_t e) {
	char label[16];
	snprintf(label, sizeof label, "%d", n);
	int it = add(P, NODE_NR, parent, label, s, e);
	trim(P->t, &s, &e);
	parse_litra(P, it, s, e);
}

static void parse_items(Parser *P, int parent, size_t a, size_t b) {
	const char *t = P->t;
	unsigned long want = 1;
	size_t pos = a, prev_start = 0;
	int prev = 0;
	while (pos < b) {
		const char *c = memchr(t + pos, ')', b - pos);
		if (!c) break;
		size_t q = (size_t)(c - t), j = q;
		pos = q + 1;
		while (j > a && q - j < 4 && is_digit((unsigned char)t[j - 1])) j--;
		if (j == q || q - j > 3) continue;
		if (j > a && !is_ws((unsigned char)t[j - 1])) continue;
		if (q + 1 >= b || !is_ws((unsigned char)t[q + 1])) continue;
		unsigned long v;
		read_num(t, j, q, &v);
		if (v != want || cited_number(t, a, j)) continue;
		if (prev) add_item(P, parent, prev, prev_start, j);
		prev = (int)want++;
		prev_start = q + 1;
	}
	if (prev) add_item(P, parent, prev, prev_start, b);
	else parse_litra(P, parent, a, b);
}

/* Finds the next "Stk. N." heading with N == want in t[from..b): "Stk." at
** the start of a word, the number, a period and white space. Sets *h to the
** heading and *after to the text after it. */
static int find_stk(const char *t, size_t from, size_t b, unsigned long want, size_t *h,
                    size_t *after) {
	while (from < b) {
		/* memchr rather than memmem: sanitizer builds check memmem's whole
		** haystack on every call, which is quadratic on a long section */
		const char *m = memchr(t + from, 'S', b - from);
		if (!m) return 0;
		size_t p = (size_t)(m - t);
		from = p + 1;
		if (!STARTS(t, p, b, "Stk. ")) continue;
		if (p == 0 || !is_ws((unsigned char)t[p - 1])) continue;
		unsigned long v;
		size_t q = read_num(t, p + 5, b, &v);
		if (q == p + 5 || v != want) continue;
		if (q + 2 < b && t[q] == ' ' && t[q + 1] == '.') q++;   /* "Stk. 2 ." */
		if (q + 1 >= b || t[q] != '.' || !is_ws((unsigned char)t[q + 1])) continue;
		*h = p;
		*after = q + 1;
		return 1;
	}
	return 0;
}

/* Stk. under section sec, from the text after the § heading t[a..b). */
static void parse_stks(Parser *P, int sec, size_t a, size_t b) {
	const char *t = P->t;
	unsigned long want = 2;
	size_t pos = a, prev_start = a, h, after;
	char label[24];
	/* a few acts write the first heading too: "§ 12. Stk. 1. Kommunen kan ..." */
	if (STARTS(t, a, b, "Stk. 1.") && a + 7 < b && is_ws((unsigned char)t[a + 7]))
		pos = prev_start = a = a + 7;
	while (find_stk(t, pos, b, want, &h, &after)) {
		snprintf(label, sizeof label, "%lu", want - 1);
		int k = add(P, NODE_STK, sec, label, prev_start, h);
		size_t s = prev_start, e = h;
		trim(t, &s, &e);
		parse_items(P, k, s, e);
		prev_start = after;
		pos = after;
		want++;
	}
	if (want == 2) {
		parse_items(P, sec, a, b);
		return;
	}
	snprintf(label, sizeof label, "%lu", want - 1);
	int k = add(P, NODE_STK, sec, label, prev_start, b);
	size_t s = prev_start, e = b;
	trim(t, &s, &e);
	parse_items(P, k, s, e);
}

typedef struct Ref {
	unsigned long num;
	int let;          /* 0 or the letter's ordinal, see letter_name */
} Ref;

/* A section number with an optional letter ("69 k", "69k", "12 A") at
** t[p..e): the letter must stand alone (not begin a word). Returns the
** position after it, or p. */
static size_t read_ref(const char *t, size_t p, size_t e, Ref *r) {
	size_t q = read_num(t, p, e, &r->num);
	r->let = 0;
	if (q == p) return p;
	size_t s = skip_blank(t, q, e), len;
	int up;
	if (s - q <= 1) {
		int l = letter_at(t, s, e, &len, &up);
		if (l && (s + len == e || !is_wordchar((unsigned char)t[s + len]))) {
			r->let = l;
			return s + len;
		}
	}
	return q;
}

static void ref_label(const Ref *r, char *out, size_t cap) {
	if (r->let)
		snprintf(out, cap, "%lu %s", r->num, letter_name[r->let]);
	else
		snprintf(out, cap, "%lu", r->num);
}

/* A range separator at t[p..e): "-", "–", "—" or "og"; returns the position
** after it, or p. */
static size_t read_sep(const char *t, size_t p, size_t e) {
	if (p < e && t[p] == '-') return p + 1;
	if (STARTS(t, p, e, "\xE2\x80\x93") || STARTS(t, p, e, "\xE2\x80\x94")) return p + 3;
	if (STARTS(t, p, e, "og") && p + 2 < e && is_ws((unsigned char)t[p + 2])) return p + 2;
	return p;
}

/* The second number of a heading that names two sections, after the first
** one (a, read up to r): "14-16", "50 a-51", "45 k-o", "87. - 95.", "4 og §
** 4 a", "20-31 (Ophævet)". Returns 1 and fills ref[1], *range (0 for "og")
** and *content, or 0 when no second number follows. */
static int heading_second(const char *t, size_t r, size_t e, const Ref *a, Ref ref[2],
                          int *range, size_t *content) {
	size_t s = skip_blank(t, r, e);
	if (s < e && t[s] == '.') s = skip_blank(t, s + 1, e);
	size_t after_sep = read_sep(t, s, e);
	if (after_sep == s) return 0;
	int is_og = t[s] == 'o';
	size_t u = skip_blank(t, after_sep, e), v;
	if (STARTS(t, u, e, "\xC2\xA7")) u = skip_blank(t, u + 2, e);
	Ref b;
	v = read_ref(t, u, e, &b);
	if (v == u) { /* a bare letter: "45 k-o" */
		size_t len;
		int up, l = letter_at(t, u, e, &len, &up);
		if (l && a->let && (u + len == e || !is_wordchar((unsigned char)t[u + len]))) {
			b.num = a->num;
			b.let = l;
			v = u + len;
		}
	}
	if (v == u) return 0;
	size_t w = skip_blank(t, v, e);
	int dot = w < e && t[w] == '.';
	if (dot) w++;
	if (!(w == e || (dot && is_ws((unsigned char)t[w])) || t[w] == '(' ||
	      (!dot && skip_ws(t, w, e) < e && t[skip_ws(t, w, e)] == '(')))
		return 0;
	ref[1] = b;
	*range = !is_og;
	*content = skip_ws(t, w, e);
	return 1;
}

/* A heading without a period, read from q: "§ 7 Loven træder i kraft", "§ 5 a
** For personer" (a letter is the section's when a capital word follows it). */
static int heading_unpunctuated(const char *t, size_t q, size_t e, Ref *ref, size_t *content) {
	size_t q2 = read_num(t, q, e, &ref->num);
	ref->let = 0;
	if (q2 >= e || !is_ws((unsigned char)t[q2])) return 0;
	size_t s = skip_blank(t, q2, e);
	if (s - q2 == 1 && s + 2 < e && t[s] >= 'a' && t[s] <= 'z' && is_ws((unsigned char)t[s + 1])) {
		size_t w = skip_ws(t, s + 1, e), len;
		int up;
		if (w < e && letter_at(t, w, e, &len, &up) && up) {
			ref->let = t[s] - 'a' + 1;
			*content = w;
			return 1;
		}
	}
	*content = skip_ws(t, q2, e);
	return 1;
}

/* 1 when t[s] is the period that ends a heading ("69 k. "); sets *content. */
static int heading_period(const char *t, size_t s, size_t e, size_t *content) {
	if (!(s < e && t[s] == '.' && (s + 1 == e || is_ws((unsigned char)t[s + 1])))) return 0;
	*content = skip_ws(t, s + 1, e);
	return 1;
}

/* The heading of a § paragraph, t[p..e) starting just after the "§" (or
** "§§"). On success fills refs (1 or 2), *range (1: "14-16", 0: "14 og
** 16" or a single section) and *content (the text after the heading).
** strict: only headings with a period or a range, not "§ 7 Loven ...". */
static int read_heading(const char *t, size_t p, size_t e, int strict, Ref ref[2], int *n_ref,
                        int *range, size_t *content) {
	size_t q = skip_blank(t, p, e), r;
	Ref a;
	*range = 0;
	r = read_ref(t, q, e, &a);
	if (r == q) return 0;
	ref[0] = a;
	*n_ref = 1;
	if (heading_second(t, r, e, &a, ref, range, content)) {
		*n_ref = 2;
		return 1;
	}
	/* "69 k." "69k." "69 k ." */
	if (heading_period(t, skip_blank(t, r, e), e, content)) return 1;
	/* a letter read above may be a word: "§ 12 I tilfælde" -> 12 */
	if (a.let) {
		size_t q2 = read_num(t, q, e, &ref[0].num);
		if (heading_period(t, skip_blank(t, q2, e), e, content)) {
			ref[0].let = 0;
			return 1;
		}
	}
	return strict ? 0 : heading_unpunctuated(t, q, e, &ref[0], content);
}

/* The sections a heading names: one, two ("14 og 16") or a range (see the
** top of this file). Adds a NODE_SECTION for each, all with the span
** t[s..e). */
static void add_sections(Parser *P, const Ref ref[2], int n_ref, int range, size_t s, size_t e,
                         int repealed) {
	Ref list[MAX_RANGE + 32]; /* a range names at most MAX_RANGE numbers + 29 letters */
	size_t n = 0;
	Ref a = ref[0], b = n_ref > 1 ? ref[1] : ref[0];
	int expand = range && n_ref > 1 &&
	             (b.num > a.num || (b.num == a.num && b.let > a.let)) &&
	             b.num - a.num < MAX_RANGE &&
	             P->range_nodes + (b.num - a.num) + 30 <= RANGE_BUDGET(P->n);
	if (!expand) {
		list[n++] = a;
		if (n_ref > 1) list[n++] = b;
	} else if (a.num == b.num) {
		for (int l = a.let; l <= b.let; l++) list[n++] = (Ref){a.num, l};
	} else {
		list[n++] = a;
		for (unsigned long k = a.num + 1; k <= b.num; k++) list[n++] = (Ref){k, 0};
		for (int l = 1; l <= b.let; l++) list[n++] = (Ref){b.num, l};
	}
	if (expand) P->range_nodes += n;
	char label[48];
	for (size_t i = 0; i < n; i++) {
		ref_label(&list[i], label, sizeof label);
		int k = add(P, NODE_SECTION, P->chapter >= 0 ? P->chapter : 0, label, s, e);
		P->d->nodes[k].repealed = repealed;
		P->n_sections++;
	}
}

/* "Kapitel 6 a" / "Kapitel 6A" at t[a..b): sets label and *end (the end of
** the heading); 1 on success. */
static int read_chapter(const char *t, size_t a, size_t b, char *label, size_t cap, size_t *end) {
	if (!STARTS(t, a, b, "Kapitel")) return 0;
	size_t p = a + 7;
	if (p >= b || !is_ws((unsigned char)t[p])) return 0;
	p = skip_blank(t, p, b);
	Ref r;
	size_t q = read_ref(t, p, b, &r);
	if (q == p || (q < b && !is_ws((unsigned char)t[q]))) return 0;
	ref_label(&r, label, cap);
	*end = q;
	return 1;
}

/* Where the "§" of a section heading begins in t[a..b) (after a "»"), or b. */
static size_t section_mark(const char *t, size_t a, size_t b) {
	size_t p = a;
	if (STARTS(t, p, b, "\xC2\xBB")) p += 2;
	return STARTS(t, p, b, "\xC2\xA7") ? p : b;
}

/* Past the "§", "§§" or "§ §" at t[p..e). */
static size_t skip_marks(const char *t, size_t p, size_t e) {
	for (int k = 0; k < 3 && STARTS(t, p, e, "\xC2\xA7"); k++) p = skip_blank(t, p + 2, e);
	return p;
}

/* 1 when the line t[a..b) (trimmed) begins a new paragraph even without a
** blank line before it: it is a whole "Kapitel N" line or a § heading with a
** period ("§ 5. ", "§§ 14-16."), so that a body without blank lines parses. */
static int heading_line(const char *t, size_t a, size_t b) {
	char label[48];
	Ref ref[2];
	int n_ref, range;
	size_t content;
	size_t end;
	if (read_chapter(t, a, b, label, sizeof label, &end)) return end == b;
	size_t p = section_mark(t, a, b);
	if (p == b) return 0;
	return read_heading(t, skip_marks(t, p, b), b, 1, ref, &n_ref, &range, &content);
}

/* One trimmed paragraph t[a..b). */
static void paragraph(Parser *P, size_t a, size_t b) {
	const char *t = P->t;
	char label[48];
	size_t end;
	if (read_chapter(t, a, b, label, sizeof label, &end)) {
		P->chapter = add(P, NODE_CHAPTER, 0, label, a, b);
		return;
	}
	size_t e = b, p = section_mark(t, a, b);
	if (p == b) return;
	/* a quoted section in an amending act: »§ 64. ...« */
	if (p > a && e - p >= 2 && memcmp(t + e - 2, "\xC2\xAB", 2) == 0) e -= 2;
	Ref ref[2];
	int n_ref, range;
	size_t content;
	if (!read_heading(t, skip_marks(t, p, e), e, 0, ref, &n_ref, &range, &content)) return;
	int repealed = repeal_marker(P->repeal, t, content, e);
	int first = P->d->n_nodes;
	add_sections(P, ref, n_ref, range, p, e, repealed);
	if (!repealed && P->d->n_nodes == first + 1) parse_stks(P, first, content, e);
}

static void parse_body(Parser *P) {
	const char *t = P->t;
	size_t n = P->n, p = 0, last_end = 0;
	while (p < n) {
		/* skip blank lines, then take lines up to the next blank one */
		size_t le = line_end(t, p, n);
		if (blank_line(t, p, le)) {
			p = le + 1;
			continue;
		}
		size_t a = p, b = le;
		p = le + 1;
		while (p < n) {
			le = line_end(t, p, n);
			if (blank_line(t, p, le)) break;
			size_t la = p, lb = le;
			trim(t, &la, &lb);
			if (heading_line(t, la, lb)) break;
			b = le;
			p = le + 1;
		}
		trim(t, &a, &b);
		int chapter = P->chapter;
		paragraph(P, a, b);
		if (P->chapter != chapter && chapter >= 0) P->d->nodes[chapter].end = last_end;
		last_end = b;
	}
	if (P->chapter >= 0) P->d->nodes[P->chapter].end = last_end;
}

/* ---- API --------------------------------------------------------------- */

int statute_sniff(const char *buf, size_t n) {
	size_t p = 0;
	if (STARTS(buf, p, n, "\xEF\xBB\xBF")) p = 3;
	if (STARTS(buf, p, n, "Title:")) return 1;
	while (p < n) {
		size_t le = line_end(buf, p, n);
		if (STARTS(buf, p, le, "\xC2\xA7 1.")) return 1;
		if (STARTS(buf, p, le, "Kapitel 1") && (p + 9 == le || !is_digit((unsigned char)buf[p + 9])))
			return 1;
		p = le + 1;
	}
	return 0;
}

/* The field of d that header key k fills, or NULL (Year is not kept). */
static char **header_field(Doc *d, int k) {
	switch (k) {
	case H_TITLE: return &d->title;
	case H_TYPE: return &d->type;
	case H_NUMBER: return &d->number;
	case H_DATE: return &d->date;
	case H_ELI: return &d->eli;
	case H_ACCESSION: return &d->accession;
	default: return NULL;
	}
}

/* Reads the "Key: value" header at buf[*p..n) into d, up to the blank line
** that ends it; *p is then where the body starts. Returns 0 when no body follows. */
static int read_header(Doc *d, const char *buf, size_t n, size_t *p) {
	size_t v;
	int ended = 0;
	while (*p < n) {
		size_t le = line_end(buf, *p, n);
		if (blank_line(buf, *p, le)) {
			*p = le < n ? le + 1 : n;
			ended = 1;
			break;
		}
		int k = header_line(buf, *p, le, &v);
		char **field = k >= 0 ? header_field(d, k) : NULL;
		if (field) {
			char *val = clean_value(buf + v, le - v);
			if (*val) {
				free(*field);
				*field = val;
			} else {
				free(val);
			}
		}
		*p = le + 1;
	}
	return ended && *p < n && !blank_line(buf, *p, n);
}

/* Without a header: an executive order says "Bekendtgørelsen træder i kraft"
** (the lexicon's order_commencement); else the text is an act. */
static const char *type_of_body(const LexList *order, const Doc *d) {
	return doc_kind_name(lexlist_first(order, d->text, d->text_len, NULL) ? DOC_BEK : DOC_LOV);
}

int statute_parse(const Lexicon *lex, const char *name, const char *path, const char *buf,
                  size_t n, Doc **out, char **err) {
	static const char *const LISTS[] = {"repeal_marker", "order_commencement", NULL};
	const LexList *lx[2];
	*out = NULL;
	*err = NULL;
	if (lexicon_lists(lex, LISTS, lx, err) != LG_OK) return LG_ERROR;
	Doc *d = doc_new(name ? name : "statute", path);
	size_t p = 0, v;
	if (STARTS(buf, p, n, "\xEF\xBB\xBF")) p = 3;
	if (header_line(buf, p, line_end(buf, p, n), &v) >= 0 && !read_header(d, buf, n, &p)) {
		doc_free(d);
		*err = xstrdup("header but no body");
		return LG_ERROR;
	}
	if (p > n) p = n;
	char *nm = d->eli ? name_from_eli(d->eli) : NULL;
	if (nm) {
		free(d->name);
		d->name = nm;
	}
	Buf b = BUF_INIT;   /* the body: a cleaned copy */
	clean_into(&b, buf + p, n - p);
	doc_set_text(d, b.s ? b.s : "", b.n);
	buf_free(&b);
	if (!d->type) doc_set(&d->type, type_of_body(lx[1], d));

	Parser P = {lx[0], d, d->text, d->text_len, -1, 0, 0};
	parse_body(&P);
	if (P.n_sections == 0) {
		doc_free(d);
		*err = xstrdup("no sections found");
		return LG_ERROR;
	}
	*out = d;
	return LG_OK;
}
