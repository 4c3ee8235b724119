/*
** check_words.c -- the words of a quotation and of a provision, and their
** alignment (see check_words.h).
**
** The alignment is a semi-global edit distance over words: skipping law words
** before the quotation, after it and at a "[...]" costs nothing, so a quotation
** of a part of a provision matches; every other skipped, added or changed word
** costs one (a law word left out costs less than a word added or changed).
** White space, line breaks, hyphenation across lines, letter case and
** punctuation are not words, so they cost nothing either.
*/
#include "check_words.h"
#include "danish.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define MAX_CELLS (24u << 20)        /* alignment matrix cap: quote words x law words */

/* ------------------------------------------------------------------------ */
/* Words. */

static void tok_push(Toks *t, const char *w, size_t wn, size_t s, size_t e, unsigned flags) {
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->v = xrealloc(t->v, (size_t)t->cap * sizeof *t->v);
	}
	t->v[t->n++] = (Tok){xstrndup(w, wn), s, e, flags};
}

void toks_free(Toks *t) {
	for (int i = 0; i < t->n; i++) free(t->v[i].w);
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}

/* What stands between two words: "§" signs are words too; "[...]", "[…]", "…"
** mark an omission; "-" then a line break or space joins a hyphenated word. */
static void gap(Toks *t, size_t a, size_t b) {
	const char *s = t->src;
	for (size_t i = a; i < b; i++) {
		if ((unsigned char)s[i] == 0xC2 && i + 1 < b && (unsigned char)s[i + 1] == 0xA7) {
			tok_push(t, "§", 2, i, i + 2, t->pending);
			t->pending = 0;
			i++;
		} else if ((unsigned char)s[i] == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80 &&
		           (unsigned char)s[i + 2] == 0xA6) {
			t->pending |= T_SEG;  /* … */
			i += 2;
		} else if (s[i] == '.' && i + 2 < b && s[i + 1] == '.' && s[i + 2] == '.') {
			t->pending |= T_SEG;
			i += 2;
		}
	}
	if (t->n > 0 && a < b && s[a] == '-' && a + 1 < b && (s[a + 1] == '\n' || s[a + 1] == ' ') &&
	    t->v[t->n - 1].e == a)
		t->v[t->n - 1].flags |= T_JOIN;
}

static int on_word(void *ctx, const char *w, size_t wn, size_t start, size_t end) {
	Toks *t = ctx;
	gap(t, t->prev_end, start);
	tok_push(t, w, wn, start, end, t->pending);
	t->pending = 0;
	t->prev_end = end;
	return 0;
}

/* Square brackets in a quotation are the writer's: a word split by one ("[e]n",
** "kommunen[s]") is one word again, and words inside them ("[borgerens]") are
** marked T_EDIT. "[...]" is an omission (see gap()). */
static void brackets(Toks *t, size_t n) {
	const char *s = t->src;
	int m = 0;
	for (int i = 0; i < t->n; i++) {
		Tok *k = &t->v[i];
		Tok *p = m > 0 ? &t->v[m - 1] : NULL;
		if (p && k->s == p->e + 1 && (s[p->e] == '[' || s[p->e] == ']')) {
			char *w = xprintf("%s%s", p->w, k->w);
			free(p->w);
			free(k->w);
			p->w = w;
			p->e = k->e;
			if (p->s > 0 && s[p->s - 1] == '[') p->s--;
			if (p->e < n && s[p->e] == ']') p->e++;
			continue;
		}
		t->v[m++] = *k;
	}
	t->n = m;
	int depth = 0;
	size_t prev = 0;
	for (int i = 0; i < t->n; i++) {
		for (size_t j = prev; j < t->v[i].s; j++) {
			if (s[j] == ']' && depth > 0) depth--;
			if (s[j] != '[') continue;
			size_t k = j + 1;   /* "[...]", "[…]": an omission, not the writer's words */
			while (k < t->v[i].s && (s[k] == '.' || s[k] == ' ' || (unsigned char)s[k] >= 0x80)) k++;
			if (k < n && s[k] == ']') j = k;
			else depth++;
		}
		if (depth > 0) t->v[i].flags |= T_EDIT;
		prev = t->v[i].e;
	}
}

/* "Stk. 2.": a subsection's heading in a provision's text. */
static int is_heading(const Toks *t, int i, size_t n, const WordLists *wl) {
	const Tok *k = &t->v[i];
	const char *s = t->src;
	return lexlist_find(wl->subsection_heading, s + k->s, k->e - k->s, LEX_EXACT) >= 0 &&
	       i + 1 < t->n && k->e < n && s[k->e] == '.' && t->v[i + 1].e < n &&
	       s[t->v[i + 1].e] == '.';
}

void tokenize(Toks *t, const char *s, size_t n, int law, const WordLists *wl) {
	memset(t, 0, sizeof *t);
	t->src = s;
	danish_words(s, n, on_word, t);
	gap(t, t->prev_end, n);
	for (int i = 0; i < t->n; i++) {
		Tok *k = &t->v[i];
		/* "1)", "a)": an item label */
		if (k->e < n && s[k->e] == ')' && k->e - k->s <= 3 && (k->s == 0 || s[k->s - 1] == ' ' ||
		                                                       s[k->s - 1] == '\n'))
			k->flags |= T_FREE;
		if (law && is_heading(t, i, n, wl)) {
			k->flags |= T_FREE;
			t->v[i + 1].flags |= T_FREE;
		}
	}
	if (!law) {
		brackets(t, n);
		/* a leading "at" (”at afviser en person ...”) is the letter's, not the law's */
		for (int i = 0; i < t->n; i++)
			if ((i == 0 || (t->v[i].flags & T_SEG)) &&
			    lexlist_find(wl->quote_lead, t->v[i].w, strlen(t->v[i].w), LEX_CASELESS) >= 0)
				t->v[i].flags |= T_FREE;
	}
}

/* The text after a section's heading "§ 53." / "§§ 58-68.". */
const char *skip_heading(const char *text, size_t *n) {
	if (*n > 2 && (unsigned char)text[0] == 0xC2 && (unsigned char)text[1] == 0xA7) {
		const char *dot = memchr(text, '.', *n < 24 ? *n : 24);
		if (dot) {
			size_t k = (size_t)(dot - text) + 1;
			*n -= k;
			return text + k;
		}
	}
	return text;
}

/* ------------------------------------------------------------------------ */
/* Alignment. */

/* Costs: a law word left out costs less than a word added or changed, so that a
** dropped sentence reads as one missing run rather than the next sentence added. */
enum { C_DEL = 1, C_INS = 2, C_SUB = 2 };

enum { OP_MATCH, OP_JOIN, OP_SUB, OP_INS, OP_DEL, OP_FREE_INS, OP_FREE_DEL, OP_GAP };

void diffs_free(CheckDiff *d, int n) {
	for (int i = 0; i < n; i++) {
		free(d[i].quote);
		free(d[i].law);
		free(d[i].context);
	}
	free(d);
}

void align_clear(Align *a) {
	diffs_free(a->diffs, a->n_diffs);
	memset(a, 0, sizeof *a);
}

/* src[a..b) with every run of white space as one space. */
char *span_text(const char *src, size_t a, size_t b) {
	Buf o = BUF_INIT;
	int sp = 0;
	for (size_t i = a; i < b; i++) {
		char ch = src[i];
		if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
			sp = 1;
			continue;
		}
		if (sp && o.n) buf_putc(&o, ' ');
		sp = 0;
		buf_putc(&o, ch);
	}
	return buf_take(&o);
}

/* Whether two words of six letters or more are one or two letters apart (a
** misspelling or an inflection: "arbejdssevne", "personen"), and not numbers. */
static int near_word(const char *a, const char *b) {
	size_t m = strlen(a), n = strlen(b);
	if (m < 6 || n < 6 || m > 40 || n > 40 || (m > n ? m - n : n - m) > 2) return 0;
	for (size_t i = 0; i < m; i++)
		if (a[i] >= '0' && a[i] <= '9') return 0;
	return edit_distance(a, b, 0) <= 2;
}

static void add_diff(Align *a, const Toks *q, const Toks *l, int q0, int q1, int l0, int l1) {
	if (q0 >= q1 && l0 >= l1) return;
	a->diffs = xrealloc(a->diffs, (size_t)(a->n_diffs + 1) * sizeof *a->diffs);
	CheckDiff *d = &a->diffs[a->n_diffs++];
	d->op = q0 < q1 && l0 < l1 ? DIFF_CHANGED : q0 < q1 ? DIFF_ADDED : DIFF_MISSING;
	d->quote = q0 < q1 ? span_text(q->src, q->v[q0].s, q->v[q1 - 1].e) : NULL;
	d->law = l0 < l1 ? span_text(l->src, l->v[l0].s, l->v[l1 - 1].e) : NULL;
	int c0 = q0 - 4 < 0 ? 0 : q0 - 4;
	if (c0 < q0 && !(q->v[q0 < q->n ? q0 : q->n - 1].flags & T_SEG))
		d->context = span_text(q->src, q->v[c0].s, q->v[q0 - 1].e);
	else
		d->context = NULL;
	d->editorial = q0 < q1;
	for (int i = q0; i < q1; i++) d->editorial &= (q->v[i].flags & T_EDIT) != 0;
	d->spelling = q1 == q0 + 1 && l1 == l0 + 1 && near_word(q->v[q0].w, l->v[l0].w);
}

static int joins(const Toks *q, int i, const Tok *lw) {
	if (!(q->v[i].flags & T_JOIN) || i + 1 >= q->n) return 0;
	size_t a = strlen(q->v[i].w), b = strlen(q->v[i + 1].w);
	return strlen(lw->w) == a + b && !memcmp(lw->w, q->v[i].w, a) &&
	       !memcmp(lw->w + a, q->v[i + 1].w, b);
}

/* The matrix of an alignment: D the cost, B the step taken to each cell. */
typedef struct Matrix {
	int *D;
	unsigned char *B;
	size_t W;          /* a row's width: law words + 1 */
} Matrix;

/* The cheapest step into cell (i, j), given the cells before it. */
static void fill_cell(Matrix *x, const Toks *q, const Toks *l, int i, int j, int gap_free, int ins) {
	int *D = x->D;
	size_t W = x->W;
	const Tok *qi = &q->v[i - 1], *lj = &l->v[j - 1];
	int best, op;
	if (!strcmp(qi->w, lj->w)) {
		best = D[(i - 1) * W + j - 1];
		op = OP_MATCH;
	} else {
		best = D[(i - 1) * W + j - 1] + C_SUB;
		op = OP_SUB;
	}
	if (i >= 2 && joins(q, i - 2, lj) && D[(i - 2) * W + j - 1] < best) {
		best = D[(i - 2) * W + j - 1];
		op = OP_JOIN;
	}
	int del = gap_free ? 0 : (lj->flags & T_FREE) ? 0 : C_DEL;
	if (D[i * W + j - 1] + del < best || (del == 0 && D[i * W + j - 1] == best && op != OP_MATCH)) {
		best = D[i * W + j - 1] + del;
		op = gap_free ? OP_GAP : del ? OP_DEL : OP_FREE_DEL;
	}
	if (D[(i - 1) * W + j] + ins < best) {
		best = D[(i - 1) * W + j] + ins;
		op = ins ? OP_INS : OP_FREE_INS;
	}
	D[i * W + j] = best;
	x->B[i * W + j] = (unsigned char)op;
}

/* whole: the law's words before the first and after the last matched word are
** differences too (two versions compared), not the rest of a partial quotation. */
static void fill(Matrix *x, const Toks *q, const Toks *l, int whole) {
	int m = q->n, n = l->n;
	size_t W = x->W;
	x->D[0] = 0;
	x->B[0] = OP_GAP;
	for (int j = 1; j <= n; j++) {
		int del = !whole ? 0 : (l->v[j - 1].flags & T_FREE) ? 0 : C_DEL;
		x->D[j] = whole ? x->D[j - 1] + del : 0;
		x->B[j] = !whole ? OP_GAP : del ? OP_DEL : OP_FREE_DEL;
	}
	for (int i = 1; i <= m; i++) {
		int gap_free = (i == m && !whole) || (i < m && (q->v[i].flags & T_SEG));
		int ins = q->v[i - 1].flags & T_FREE ? 0 : C_INS;
		x->D[i * W] = x->D[(i - 1) * W] + ins;
		x->B[i * W] = ins ? OP_INS : OP_FREE_INS;
		for (int j = 1; j <= n; j++) fill_cell(x, q, l, i, j, gap_free, ins);
	}
}

/* The steps from the last cell back to the first, last step first; returns
** their number. ops has room for m + n + 2. */
static int trace_back(const Matrix *x, int m, int n, unsigned char *ops) {
	int k = 0, i = m, j = n;
	while (i > 0 || j > 0) {
		unsigned char op = x->B[(size_t)i * x->W + (size_t)j];   /* row 0: OP_GAP or OP_DEL */
		if (i > 0 && j == 0 && op != OP_INS && op != OP_FREE_INS)
			op = x->D[(size_t)i * x->W] ? OP_INS : OP_FREE_INS;
		ops[k++] = op;
		switch (op) {
		case OP_MATCH: case OP_SUB: i--; j--; break;
		case OP_JOIN: i -= 2; j--; break;
		case OP_INS: case OP_FREE_INS: i--; break;
		default: j--; break;
		}
	}
	return k;
}

/* Walks the steps forward, collecting runs of differences into a, counting the
** matched words and the span of the law's text they cover. */
static void collect(Align *a, const Toks *q, const Toks *l, const unsigned char *ops, int k) {
	int qi = 0, lj = 0, q0 = -1, l0 = -1, q1 = 0, l1 = 0;
	for (int x = k - 1; x >= 0; x--) {
		unsigned char op = ops[x];
		int in_run = op == OP_SUB || op == OP_INS || op == OP_DEL;
		if (in_run) {
			if (q0 < 0) {
				q0 = q1 = qi;
				l0 = l1 = lj;
			}
			if (op != OP_DEL) q1 = qi + 1;
			if (op != OP_INS) l1 = lj + 1;
		} else if (q0 >= 0 && op != OP_FREE_DEL && op != OP_FREE_INS) {
			add_diff(a, q, l, q0, q1, l0, l1);
			q0 = -1;
		}
		if (op == OP_MATCH) a->matched += !(q->v[qi].flags & T_FREE);
		if (op == OP_JOIN) a->matched += 2;
		if (op == OP_MATCH || op == OP_JOIN) {
			if (!a->law_e) a->law_s = l->v[lj].s;
			a->law_e = l->v[lj].e;
		}
		switch (op) {
		case OP_MATCH: case OP_SUB: qi++; lj++; break;
		case OP_JOIN: qi += 2; lj++; break;
		case OP_INS: case OP_FREE_INS: qi++; break;
		default: lj++; break;
		}
	}
	if (q0 >= 0) add_diff(a, q, l, q0, q1, l0, l1);
}

static void align_mode(const Toks *q, const Toks *l, Align *a, int whole) {
	memset(a, 0, sizeof *a);
	int m = q->n, n = l->n;
	for (int i = 0; i < m; i++) a->quote_words += !(q->v[i].flags & T_FREE);
	if ((size_t)(m + 1) * (size_t)(n + 1) > MAX_CELLS) return;
	a->ok = 1;
	Matrix x = {.W = (size_t)n + 1};
	x.D = xmalloc((size_t)(m + 1) * x.W * sizeof *x.D);
	x.B = xmalloc((size_t)(m + 1) * x.W);
	fill(&x, q, l, whole);
	a->cost = x.D[(size_t)m * x.W + (size_t)n];
	unsigned char *ops = xmalloc((size_t)(m + n + 2));
	int k = trace_back(&x, m, n, ops);
	collect(a, q, l, ops, k);
	free(ops);
	free(x.D);
	free(x.B);
}

void align(const Toks *q, const Toks *l, Align *a) { align_mode(q, l, a, 0); }
void align_whole(const Toks *a_, const Toks *b, Align *a) { align_mode(a_, b, a, 1); }

void align_text(const Toks *q, const char *text, const WordLists *wl, Align *a) {
	Toks l;
	tokenize(&l, text, strlen(text), 1, wl);
	align(q, &l, a);
	toks_free(&l);
}

double align_share(const Align *a) {
	return a->quote_words ? (double)a->matched / a->quote_words : 1.0;
}
