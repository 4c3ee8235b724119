/*
** letter_quote.c -- quotations in a letter and their attribution.
**
** Quotation marks of every kind pair within their family: ” “ „ » « " and the
** single ' ‘ ’ ‚ (a single mark that is never closed was an apostrophe).
**
** A quotation's attribution is the sentence that holds the opening mark, up to
** the mark; when that sentence names a provision but no act ("af § 4, at") the
** span reaches back to the nearest earlier sentence of the same row or answer
** that names one; when it names nothing ("Samtidig gælder, at", or the quotation
** opens the sentence), the citation right after the quotation is its attribution
** ("”...”, jf. LAB § 113, stk. 3", "”...” (§ 53, stk. 4, i lov om ...)"), else the
** previous quotation's attribution is reused when it stands in the same
** paragraph or the sentence says so ("Bestemmelsen fastslår desuden, at").
**
** The backward sentence scans are capped (tighter where quotation marks are
** dense), so that a scan stays linear in the text.
*/
#include "letter_parts.h"

#include <stdlib.h>
#include <string.h>

typedef struct QRec {
	size_t open, close_end;     /* the marks, for skipping while scanning back */
	size_t attr_s, attr_e;
	int blk;
} QRec;

typedef struct QScan {
	LetterParser *p;
	Doc *d;
	const Blocks *bs;
	int b1;                     /* the end of the group's blocks */
	size_t lo;                  /* the group's start in Doc.text */
	QRec *q;
	int nq, capq;
	size_t cap_local, cap_total;
	size_t fixed_s, fixed_e;    /* a fixed attribution (the question label) or fixed_e == 0 */
	size_t inner_lo;            /* a quotation inside another: its attribution starts
	                               after the outer one's opening mark (else 0) */
} QScan;

/* ---- quotation marks ----------------------------------------------------- */

enum { QM_NONE, QM_OPEN, QM_CLOSE, QM_AMBIG };

/* How a mark looks: which way it can point. */
enum {
	SH_NONE = -1,
	SH_BOTH,          /* " ' ” */
	SH_OPENS,         /* „ ‚ */
	SH_CLOSES,        /* ’: only ever closes (it is also the apostrophe) */
	SH_OPEN_CLOSE,    /* “ ‘: opens, or closes when a quotation is open */
	SH_LEFT_GUILL,    /* «: closes, or (when none is open) opens */
	SH_RIGHT_GUILL    /* »: opens, or (when open) closes */
};

/* The shape of the quotation mark at t[i] and its length; *single: a single
** mark (' ‘ ’ ‚), which pairs only with single marks. */
static int mark_shape(const char *t, size_t i, size_t hi, size_t *len, int *single) {
	unsigned char c = (unsigned char)t[i];
	*single = 0;
	if (c == '"') { *len = 1; return SH_BOTH; }
	if (c == '\'') { *len = 1; *single = 1; return SH_BOTH; }
	if (c == 0xC2 && i + 1 < hi && (unsigned char)t[i + 1] == 0xBB) { *len = 2; return SH_RIGHT_GUILL; }
	if (c == 0xC2 && i + 1 < hi && (unsigned char)t[i + 1] == 0xAB) { *len = 2; return SH_LEFT_GUILL; }
	if (!(c == 0xE2 && i + 2 < hi && (unsigned char)t[i + 1] == 0x80)) return SH_NONE;
	*len = 3;
	switch ((unsigned char)t[i + 2]) {
	case 0x9D: return SH_BOTH;                          /* ” */
	case 0x9E: return SH_OPENS;                         /* „ */
	case 0x9C: return SH_OPEN_CLOSE;                    /* “ */
	case 0x9A: *single = 1; return SH_OPENS;            /* ‚ */
	case 0x98: *single = 1; return SH_OPEN_CLOSE;       /* ‘ */
	case 0x99: *single = 1; return SH_CLOSES;           /* ’ */
	default: return SH_NONE;
	}
}

/* A mark at t[i] stands after a space or an opening bracket (or at lo). */
static int space_before(const char *t, size_t i, size_t lo) {
	char c = i == lo ? ' ' : t[i - 1];
	return c == ' ' || c == '\n' || c == '(' || c == '[' || c == '/';
}

/* A mark ending before t[j] stands before a space or punctuation (or at hi). */
static int space_after(const char *t, size_t j, size_t hi) {
	return j >= hi || t[j] == ' ' || t[j] == '\n' || strchr(".,;:!?)]", t[j]) != NULL;
}

/* A mark that points both ways (" ' ”): its side of the word tells. */
static int both_ways(int single, int is_open, int before_sp, int after_sp) {
	if (single) {
		/* a straight ' is mostly an apostrophe: only clear openings and closings */
		if (!is_open) return before_sp && !after_sp ? QM_OPEN : QM_NONE;
		return !before_sp && after_sp ? QM_CLOSE : QM_NONE;
	}
	if (before_sp && !after_sp) return QM_OPEN;
	if (!before_sp && after_sp) return QM_CLOSE;
	return QM_AMBIG;
}

/* The quotation mark at t[i], if any: its kind by shape and context, and length.
** is_open: a quotation of the same family is open. */
static int quote_mark(const char *t, size_t i, size_t lo, size_t hi, int is_open, size_t *len,
                      int *single) {
	int shape = mark_shape(t, i, hi, len, single);
	if (shape == SH_NONE) return QM_NONE;
	int before_sp = space_before(t, i, lo), after_sp = space_after(t, i + *len, hi);
	switch (shape) {
	case SH_OPENS: return QM_OPEN;
	case SH_CLOSES: return is_open && !before_sp ? QM_CLOSE : QM_NONE;
	case SH_OPEN_CLOSE: return is_open ? QM_CLOSE : QM_OPEN;
	/* «...» (the other way round): « opens and » closes only where nothing else fits */
	case SH_LEFT_GUILL: return !is_open && before_sp && !after_sp ? QM_OPEN : QM_CLOSE;
	case SH_RIGHT_GUILL: return is_open && !before_sp && after_sp ? QM_CLOSE : QM_OPEN;
	default: return both_ways(*single, is_open, before_sp, after_sp);
	}
}

/* ---- sentences ----------------------------------------------------------- */

/* The word before the period at t[dot] is an abbreviation ("jf.", "m.v."). */
static int is_abbrev(const QScan *qs, const char *t, size_t lo, size_t dot) {
	size_t a = dot;
	while (a > lo && dot - a < 8 && t[a - 1] != ' ' && t[a - 1] != '\n' && t[a - 1] != '(') a--;
	return lexlist_find(qs->p->w.abbreviation, t + a, dot - a, LEX_CASELESS) >= 0;
}

/* Index of the first recorded quote whose opening mark is at or after pos. */
static int q_lower(const QScan *qs, size_t pos) {
	int lo = 0, hi = qs->nq;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (qs->q[mid].open < pos) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/* A capital or a quotation mark begins at t[i]: a sentence may begin there. */
static int opens_sentence(const QScan *qs, size_t i, size_t hi) {
	int c = lt_class_at(qs->d->text, i, hi);
	return c == CH_UPPER || c == CH_QUOTE;
}

/* Start of the sentence that holds t[pos-1], not before lo nor more than cap
** bytes back; quotations already recorded are skipped whole. */
static size_t sent_start(const QScan *qs, size_t pos, size_t lo, size_t cap) {
	const char *t = qs->d->text;
	size_t i = pos;
	int k = q_lower(qs, pos);
	while (i > lo) {
		while (k > 0 && qs->q[k - 1].open >= i) k--;
		if (k > 0 && i > qs->q[k - 1].open && i <= qs->q[k - 1].close_end) {
			i = qs->q[k - 1].open;
			continue;
		}
		if (t[i - 1] == '\n') break;
		if (t[i - 1] == ' ' && i >= lo + 2 && strchr(".?!", t[i - 2]) && t[i - 2] &&
		    opens_sentence(qs, i, qs->d->text_len) && !is_abbrev(qs, t, lo, i - 2))
			break;
		i--;
		if (pos - i >= cap) { i = lt_cp_floor(t, i); break; }
	}
	while (i < pos && (t[i] == ' ' || t[i] == '\n')) i++;
	return i;
}

/* The part of [s, e) before its first recorded quotation. */
static size_t before_quote(const QScan *qs, size_t s, size_t e) {
	int k = q_lower(qs, s);
	if (k < qs->nq && qs->q[k].open < e) return qs->q[k].open;
	return e;
}

/* ---- attribution --------------------------------------------------------- */

/* Where a citation after a quotation begins: inside "(" or at "jf." ("jf. dog"
** points elsewhere). Returns 0 when neither follows close_end. */
static int after_start(const QScan *qs, size_t close_end, size_t hi, size_t *start, int *paren) {
	const char *t = qs->d->text;
	const LetterLists *w = &qs->p->w;
	size_t p = close_end;
	if (p < hi && (t[p] == ',' || t[p] == ';')) p++;
	while (p < hi && t[p] == ' ') p++;
	*paren = p < hi && t[p] == '(';
	size_t s = *paren ? p + 1 : p;
	while (s < hi && t[s] == ' ') s++;
	size_t jf = lexlist_prefix(w->see_also, t + s, hi - s, LEX_NOBOUND, NULL);
	if (!*paren && !jf) return 0;
	if (jf && s + jf + 1 < hi && t[s + jf] == ' ' &&
	    lexlist_prefix(w->see_also_not, t + s + jf + 1, hi - s - jf - 1, LEX_NOBOUND, NULL))
		return 0;
	*start = s;
	return 1;
}

/* The period at t[e] ends the sentence that began at s. */
static int dot_ends(const QScan *qs, size_t s, size_t e, size_t hi) {
	const char *t = qs->d->text;
	if (t[e] != '.') return 0;
	int end = e + 1 >= hi || t[e + 1] == '\n' ||
	          (t[e + 1] == ' ' && e + 2 < hi && opens_sentence(qs, e + 2, hi));
	return end && !is_abbrev(qs, t, s, e);
}

/* The attribution after a quotation whose own sentence names no source:
** "”...”, jf. LAB § 113, stk. 3." or "”...” (§ 53, stk. 4, i lov om ...)": from
** "jf." or "(" to the end of the parenthesis or sentence, when it names a
** provision or a source. */
static int attribute_after(const QScan *qs, size_t close_end, size_t *as, size_t *ae) {
	const char *t = qs->d->text;
	size_t hi = qs->bs->v[qs->b1 - 1].end, s;
	int paren;
	if (!after_start(qs, close_end, hi, &s, &paren)) return 0;
	size_t e = s;
	for (; e < hi && e - s < 300 && t[e] != '\n'; e++) {
		if (paren && t[e] == ')') break;
		if (!paren && (t[e] == ';' || t[e] == ')' || dot_ends(qs, s, e, hi))) break;
	}
	if (paren && (e >= hi || t[e] != ')')) return 0;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == ',')) e--;
	if (e <= s || (!memmem(t + s, e - s, "§", 2) && !lt_match(qs->p, RX_SOURCE, t + s, e - s)))
		return 0;
	*as = s;
	*ae = e;
	return 1;
}

/* The sentence [s, e) names a provision or part only: reach back to the
** sentence that names the source (for "bekendtgørelsens § 2", the one naming an
** executive order); moves *as there when one is found. */
static void reach_back(const QScan *qs, size_t open, size_t s, size_t e, size_t *as) {
	const char *t = qs->d->text;
	int order = lt_match(qs->p, RX_ORDER_REF, t + s, e - s);
	size_t cur = s;
	for (int step = 0; step < 6 && cur > qs->lo && open - cur < qs->cap_total; step++) {
		size_t p = cur;
		while (p > qs->lo && (t[p - 1] == ' ' || t[p - 1] == '\n')) p--;
		if (p <= qs->lo) break;
		size_t s2 = sent_start(qs, p, qs->lo, qs->cap_local);
		if (s2 >= cur) break;
		size_t z = before_quote(qs, s2, p);
		cur = s2;
		if (z > s2 && lt_match(qs->p, order ? RX_ORDER : RX_SOURCE, t + s2, z - s2)) {
			*as = s2;
			return;
		}
	}
}

static void attribute(QScan *qs, size_t open, size_t close_end, int blk, size_t *as, size_t *ae) {
	const char *t = qs->d->text;
	size_t lo = qs->inner_lo > qs->lo ? qs->inner_lo : qs->lo, e = open;
	while (e > lo && (t[e - 1] == ' ' || t[e - 1] == '\n')) e--;
	size_t s = sent_start(qs, open, lo, qs->cap_local);
	if (s > e) s = e;
	*as = s;
	*ae = e;
	if (lt_match(qs->p, RX_SOURCE, t + s, e - s)) return;
	if (qs->fixed_e) {
		/* in the question: a quotation its sentence (or the citation right after
		** it) attributes is of that; the question itself is the label's */
		if (!attribute_after(qs, close_end, as, ae)) {
			*as = qs->fixed_s;
			*ae = qs->fixed_e;
		}
		return;
	}
	if (lt_match(qs->p, RX_ANAPH, t + s, e - s)) {
		reach_back(qs, open, s, e, as);
		return;
	}
	/* names nothing ("Samtidig gælder, at", or the quotation opens the sentence):
	** the citation after it, else the previous attribution when the quotation
	** stands in the same paragraph or the text says it is from the same source */
	if (attribute_after(qs, close_end, as, ae)) return;
	if (qs->nq > 0 && (qs->q[qs->nq - 1].blk == blk || lt_match(qs->p, RX_AGAIN, t + s, e - s))) {
		*as = qs->q[qs->nq - 1].attr_s;
		*ae = qs->q[qs->nq - 1].attr_e;
	}
}

/* ---- pairing ------------------------------------------------------------- */

static int block_at(const QScan *qs, size_t pos, int from) {
	int b = from;
	while (b + 1 < qs->b1 && qs->bs->v[b].end < pos) b++;
	return b;
}

/* Whether t[s, e) holds a letter or a digit (a quotation of marks only is none). */
static int has_word(const char *t, size_t s, size_t e) {
	for (size_t i = s; i < e; i++) {
		if (((unsigned char)t[i] & 0xC0) == 0x80) continue;
		int c = lt_class_at(t, i, e);
		if (c == CH_LOWER || c == CH_UPPER || c == CH_DIGIT) return 1;
	}
	return 0;
}

/* Records the quotation [open, close_end) of block blk. An outer quotation is
** recorded after the ones nested in it: it is moved before them, so that both
** lists stay in the order of the opening marks (q_lower searches them). */
static void record(QScan *qs, size_t open, size_t open_len, size_t close, size_t close_end, int blk) {
	const char *t = qs->d->text;
	size_t s = open + open_len, e = close;
	while (s < e && (t[s] == ' ' || t[s] == '\n')) s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n')) e--;
	if (s >= e || !has_word(t, s, e)) return;
	size_t as, ae;
	attribute(qs, open, close_end, blk, &as, &ae);
	int node = qs->bs->v[blk].node >= 0 ? qs->bs->v[blk].node : 0;
	Doc *d = qs->d;
	int at = doc_add_quote(d, node, s, e, as, ae);
	for (; at > 0 && d->quotes[at - 1].start > s; at--) {
		Quote x = d->quotes[at];
		d->quotes[at] = d->quotes[at - 1];
		d->quotes[at - 1] = x;
	}
	if (qs->nq == qs->capq) {
		qs->capq = qs->capq ? qs->capq * 2 : 16;
		qs->q = xrealloc(qs->q, (size_t)qs->capq * sizeof *qs->q);
	}
	int k = q_lower(qs, open);
	memmove(&qs->q[k + 1], &qs->q[k], (size_t)(qs->nq - k) * sizeof *qs->q);
	qs->nq++;
	QRec *r = &qs->q[k];
	r->open = open;
	r->close_end = close_end;
	r->attr_s = as;
	r->attr_e = ae;
	r->blk = blk;
}

/* The offset after the last single quotation mark that closes in [lo, hi), or 0:
** a single mark opening before it may be closed; one that is never closed was
** an apostrophe. One pass per block, so that a line of apostrophes stays linear. */
static size_t last_single_close(const char *t, size_t lo, size_t hi) {
	size_t last = 0;
	for (size_t k = lo; k < hi; k++) {
		unsigned char c = (unsigned char)t[k];
		if (c != '\'' && c != 0xE2) continue;
		size_t len = 0;
		int single = 0;
		if (quote_mark(t, k, lo, hi, 1, &len, &single) == QM_CLOSE && single) last = k + 1;
	}
	return last;
}

/* An opening mark whose quotation is never closed: counted. Its quotation ends with
** its paragraph, unless another opening mark follows in that paragraph: then it is
** not stored (a paragraph of many open marks would be stored once per mark). */
static void unclosed(Doc *d, size_t pos) {
	if (!d->n_unclosed++) d->first_unclosed = pos;
}

/* Many quotation marks in little text: keep the backward scans short. */
static void set_caps(QScan *qs, size_t hi) {
	const char *t = qs->d->text;
	size_t marks = 0;
	for (size_t i = qs->lo; i + 2 < hi; i++) {
		unsigned char c = (unsigned char)t[i], n1 = (unsigned char)t[i + 1];
		marks += c == '"' || (c == 0xC2 && (n1 == 0xAB || n1 == 0xBB)) ||
		         (c == 0xE2 && n1 == 0x80 && ((unsigned char)t[i + 2] & 0xFC) == 0x9C);
	}
	if (marks * 64 > hi - qs->lo) { qs->cap_local = 64; qs->cap_total = 128; }
}

/* An open quotation: where its opening mark is, of which family. */
typedef struct OpenMark {
	size_t pos, len;
	int blk, single;
	int nested;                 /* a quotation opened inside it */
} OpenMark;

/* The open quotations end unclosed (a new one opens where they cannot hold it):
** each is counted, and one that held no other ends with its paragraph when the
** new mark stands in a later one (see unclosed()). */
static void drop_open(QScan *qs, const OpenMark *st, int depth, int b) {
	for (int k = 0; k < depth; k++) {
		unclosed(qs->d, st[k].pos);
		if (b != st[k].blk && !st[k].nested)
			record(qs, st[k].pos, st[k].len, qs->bs->v[st[k].blk].end, qs->bs->v[st[k].blk].end,
			       st[k].blk);
	}
}

/* A quotation left open ends with the paragraph it opened in, unless another
** quotation opens in that paragraph (see unclosed()). One quotation may open
** inside another in the same paragraph (a question in quotation marks that
** quotes the law: ”Vil ministeren ... at ”det på grund af ...”, jf. § 18 ...?”,
** or a single one inside a double one): a mark that clearly opens (a space
** before it, a word after) nests, one that could close closes the inner one.
** Marks of the other family inside the inner quotation are its text. The loop
** is one small state machine (the open quotations, which family, where) over
** the marks, kept in one piece so that its states stay in view. */
void lt_scan_quotes(LetterParser *p, Doc *d, const Blocks *bs, int b0, int b1, size_t fixed_s,
                    size_t fixed_e) {
	if (b0 >= b1) return;
	QScan qs = {.p = p, .d = d, .bs = bs, .b1 = b1, .lo = bs->v[b0].start, .cap_local = 600,
	            .cap_total = 2400, .fixed_s = fixed_s, .fixed_e = fixed_e};
	const char *t = d->text;
	size_t hi = bs->v[b1 - 1].end;
	set_caps(&qs, hi);
	OpenMark st[2];             /* the open quotations, outer first */
	int depth = 0;
	int b = b0, sb = -1;        /* sb: the block whose last single closing mark is sclose */
	size_t sclose = 0;
	for (size_t i = qs.lo; i < hi; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c != '"' && c != '\'' && c != 0xC2 && c != 0xE2) continue;
		size_t len = 0;
		int single = 0;
		b = block_at(&qs, i, b);
		size_t bs0 = bs->v[b].start, be = bs->v[b].end;
		int kind = quote_mark(t, i, bs0, be, depth > 0, &len, &single);
		if (kind == QM_NONE) continue;
		int same = depth && single == st[depth - 1].single;
		if (depth == 2 && !same && single == st[0].single && kind != QM_OPEN) {
			/* the outer one's family closing: it closes, and the inner one, of the
			** other family, was never closed (its text is the outer one's) */
			unclosed(d, st[1].pos);
			depth = 1;
			same = 1;
		} else if (depth && !same) {
			/* the other family: text, or (inside one quotation) an inner one opening */
			kind = quote_mark(t, i, bs0, be, 0, &len, &single);
			if (depth == 2 || kind != QM_OPEN) {
				i += len - 1;
				continue;
			}
		}
		i += len - 1;
		int clear_open = kind == QM_OPEN;
		if (kind == QM_AMBIG) kind = same ? QM_CLOSE : QM_OPEN;
		if (kind == QM_OPEN && single) {
			if (sb != b) {
				sb = b;
				sclose = last_single_close(t, bs0, be);
			}
			if (sclose < i + 3) continue;   /* a closing mark from t[i + 2] on */
		}
		if (kind == QM_OPEN) {
			if (depth == 1 && clear_open && b == st[0].blk) {
				st[0].nested = 1;           /* a quotation inside the open one */
			} else if (depth) {
				drop_open(&qs, st, depth, b);
				depth = 0;
			}
			st[depth++] = (OpenMark){.pos = i + 1 - len, .len = len, .blk = b, .single = single};
		} else if (depth) {
			const OpenMark *o = &st[--depth];
			qs.inner_lo = depth ? st[0].pos + st[0].len : 0;
			record(&qs, o->pos, o->len, i + 1 - len, i + 1, o->blk);
			qs.inner_lo = 0;
		}
	}
	for (int k = 0; k < depth; k++) {
		unclosed(d, st[k].pos);
		if (!st[k].nested)
			record(&qs, st[k].pos, st[k].len, bs->v[st[k].blk].end, bs->v[st[k].blk].end, st[k].blk);
	}
	free(qs.q);
}
