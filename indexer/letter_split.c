/*
** letter_split.c -- splits the classified lines of a file into documents: a
** new one begins at a letterhead or a "Bilag N" heading once the current one
** has a body, and after a signature ("Venlig hilsen", a name, an optional
** title). A tail without a body of its own (a second signatory, a stray line)
** stays with the document before it.
*/
#include "letter_parts.h"

#include <string.h>

/* A line that shows a document has begun in earnest. */
static int is_body(const Line *l) {
	if (l->cls == L_TABLE || l->cls == L_CLOSING || l->cls == L_QLABEL || l->cls == L_SALUT)
		return 1;
	return l->cls == L_TEXT && l->c_len >= 60;
}

/* A signatory's title under the name ("Beskæftigelsesminister"). */
static int is_sig_title(LetterParser *p, const Lines *ls, const Line *l) {
	const char *s = lt_text(ls, l);
	return l->cls == L_TEXT && l->c_len < 60 && !memchr(s, '.', l->c_len) &&
	       lt_match(p, RX_SIGTITLE, s, l->c_len);
}

typedef struct Segs {
	Seg *v;
	int n, cap;
} Segs;

static void seg_push(Segs *ss, int a, int b) {
	if (ss->n == ss->cap) {
		ss->cap = ss->cap ? ss->cap * 2 : 4;
		ss->v = xrealloc(ss->v, (size_t)ss->cap * sizeof *ss->v);
	}
	ss->v[ss->n].a = a;
	ss->v[ss->n].b = b;
	ss->n++;
}

/* Joins each segment without a body line to the one before it; returns the
** number left. */
static int merge_tails(const Lines *ls, Segs *ss) {
	int m = 0;
	for (int k = 0; k < ss->n; k++) {
		int has = 0;
		for (int i = ss->v[k].a; i < ss->v[k].b && !has; i++) has = is_body(&ls->v[i]);
		if (m > 0 && !has) ss->v[m - 1].b = ss->v[k].b;
		else ss->v[m++] = ss->v[k];
	}
	return m;
}

int lt_split_docs(LetterParser *p, const Lines *ls, Seg **out) {
	Segs ss = {0};
	int start = 0, body = 0, sig = 0; /* sig: 1 after "Venlig hilsen", 2 after the name, 3 after a title */
	for (int i = 0; i <= ls->n; i++) {
		int cut = i == ls->n;
		const Line *l = i < ls->n ? &ls->v[i] : NULL;
		if (l && l->cls != L_FURN) {
			if (sig == 2 && is_sig_title(p, ls, l)) { sig = 3; continue; }
			if (sig >= 2) cut = 1;
			if ((l->cls == L_BILAG || l->cls == L_LETTERHEAD) && body) cut = 1;
		}
		if (cut && i > start) {
			seg_push(&ss, start, i);
			start = i;
			body = sig = 0;
		}
		if (!l) break;
		if (l->cls == L_CLOSING) sig = 1;
		else if (sig == 1 && l->cls != L_FURN) sig = 2;
		if (is_body(l)) body = 1;
	}
	*out = ss.v;
	return merge_tails(ls, &ss);
}

int lt_seg_is_annex(const Lines *ls, Seg s) {
	for (int i = s.a; i < s.b; i++) {
		if (ls->v[i].cls == L_BILAG) return 1;
		if (is_body(&ls->v[i])) break;
	}
	return 0;
}
