/*
** letter_meta.c -- the metadata of one letter document: the date of a date
** line or of the committee's letter an answer replies to (in the intro or the
** older opening "besvarelse af spørgsmål nr. 9 af 8. december 2006 fra ..."),
** the committee (also from a heading "Svar på spørgsmål nr. N (CASE) fra ..."
** or a line of its own), question number and case (and the bill's title after
** it: "(L 73 – Forslag til lov om ændring af lov om sygedagpenge)"), the asker and party ("efter ønske fra Finn Sørensen
** (EL)", or a line of its own: "Finn Sørensen (EL)"), the signing minister, the journal number, and the title lovgraf gives
** the document ("Svar på spørgsmål nr. 497 (alm. del) fra ...", "Brev til
** borgmestrene: ..."), whose words come from the lexicon's letter_title list.
*/
#include "letter_parts.h"

#include <stdlib.h>
#include <string.h>

/* The entry s[0..n) ends with (no word boundary needed), or NULL. */
static const LexEntry *suffix_entry(const LexList *l, const char *s, size_t n) {
	size_t len;
	if (!lexlist_suffix(l, s, n, LEX_NOBOUND, &len)) return NULL;
	int at = lexlist_find(l, s + n - len, len, LEX_EXACT);
	return at >= 0 ? &l->v[at] : NULL;
}

static int digits(const char *s, size_t n) {
	int v = 0;
	for (size_t k = 0; k < n; k++) v = v * 10 + (s[k] - '0');
	return v;
}

void lt_date_from(LetterParser *p, int id, const char *s, int *y, int *m, int *dd) {
	size_t st, len;
	*y = *m = *dd = 0;
	if (lt_group(p, id, "m", &st, &len)) {
		int at = lexlist_find(p->w.month, s + st, len, LEX_CASELESS);
		if (at >= 0) *m = atoi(p->w.month->v[at].value);
	}
	if (lt_group(p, id, "d", &st, &len)) *dd = digits(s + st, len);
	else if (id == RX_MONTHYEAR) *dd = 1;   /* no day: the caller chooses one */
	if (lt_group(p, id, "y", &st, &len)) *y = digits(s + st, len);
	if (lt_group(p, id, "nm", &st, &len)) {   /* "08-12-2006" */
		*m = digits(s + st, len);
		if (*m > 12) *m = 0;
		if (lt_group(p, id, "nd", &st, &len)) *dd = digits(s + st, len);
		if (lt_group(p, id, "ny", &st, &len)) *y = digits(s + st, len);
	}
	if (*m == 0 || *dd < 1 || *dd > 31) *y = *m = *dd = 0;
}

/* A window of the text around the first place where an entry of key stands,
** snapped to code points. */
static int window(const Doc *d, const LexList *key, size_t before, size_t after, size_t *ws,
                  size_t *wn) {
	const char *p = lt_find_any(key, d->text, d->text_len, NULL);
	if (!p) return 0;
	size_t at = (size_t)(p - d->text);
	size_t s = at > before ? at - before : 0;
	size_t e = at + after < d->text_len ? at + after : d->text_len;
	/* start at a word boundary, so that a name is not cut */
	for (size_t k = 0; k < 100 && s > 0 && d->text[s - 1] != ' ' && d->text[s - 1] != '\n'; k++) s--;
	s = lt_cp_floor(d->text, s);
	e = lt_cp_floor(d->text, e);
	if (e < at) e = d->text_len;
	*ws = s;
	*wn = e - s;
	return 1;
}

static void set_trimmed(char **field, const char *s, size_t n) {
	while (n && (*s == ' ' || *s == '\n')) { s++; n--; }
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == ',')) n--;
	char *v = xstrndup(s, n);
	doc_set(field, v);
	free(v);
}

/* The committee in its definite form: "Beskæftigelsesudvalg" -> "...udvalget". */
static void set_committee(LetterParser *p, char **field, const char *s, size_t n) {
	const LexEntry *e = suffix_entry(p->w.committee, s, n);
	char *v = e && *e->value ? xprintf("%.*s%s", (int)(n - e->len), s, e->value) : xstrndup(s, n);
	doc_set(field, v);
	free(v);
}

void lt_answer_meta(LetterParser *p, Doc *d, Meta *mt) {
	size_t ws, wn, st, len;
	if (window(d, p->w.question_intro, 300, 200, &ws, &wn) &&
	    lt_match(p, RX_INTRO, d->text + ws, wn)) {
		const char *s = d->text + ws;
		if (lt_group(p, RX_INTRO, "committee", &st, &len) && len)
			set_committee(p, &d->committee, s + st, len);
		if (lt_group(p, RX_INTRO, "q", &st, &len)) set_trimmed(&d->question, s + st, len);
		if (lt_group(p, RX_INTRO, "case", &st, &len)) set_trimmed(&d->case_, s + st, len);
		if (lt_group(p, RX_INTRO, "bill", &st, &len)) set_trimmed(&d->bill, s + st, len);
		if (!mt->has_own_date) lt_date_from(p, RX_INTRO, s, &mt->y, &mt->m, &mt->dd);
	} else if ((window(d, p->w.question_reply, 10, 300, &ws, &wn) ||
	            window(d, p->w.answer_heading, 10, 300, &ws, &wn)) &&
	           lt_match(p, RX_OPENING, d->text + ws, wn)) {
		/* the older opening; the committee is written in any case there
		** ("arbejdsmarkedsudvalg") and given a capital */
		const char *s = d->text + ws;
		if (lt_group(p, RX_OPENING, "committee", &st, &len) && len) {
			char *c = xstrndup(s + st, len);
			if (c[0] >= 'a' && c[0] <= 'z') c[0] = (char)(c[0] - 'a' + 'A');
			set_committee(p, &d->committee, c, len);
			free(c);
		}
		if (lt_group(p, RX_OPENING, "q", &st, &len)) set_trimmed(&d->question, s + st, len);
		if (lt_group(p, RX_OPENING, "case", &st, &len) ||
		    lt_group(p, RX_OPENING, "case1", &st, &len))
			set_trimmed(&d->case_, s + st, len);
		if (lt_group(p, RX_OPENING, "bill", &st, &len) ||
		    lt_group(p, RX_OPENING, "bill1", &st, &len))
			set_trimmed(&d->bill, s + st, len);
		if (!mt->has_own_date) lt_date_from(p, RX_OPENING, s, &mt->y, &mt->m, &mt->dd);
	}
	if (window(d, p->w.asker_intro, 10, 200, &ws, &wn) && lt_match(p, RX_ASKER, d->text + ws, wn)) {
		const char *s = d->text + ws;
		if (lt_group(p, RX_ASKER, "asker", &st, &len)) set_trimmed(&d->asker, s + st, len);
		if (lt_group(p, RX_ASKER, "party", &st, &len)) set_trimmed(&d->party, s + st, len);
	}
}

/* "Svar på spørgsmål nr. 497 (alm. del) fra Beskæftigelsesudvalget"; a draft
** without the intro takes the number from its question label. */
void lt_answer_title(LetterParser *p, Doc *d, const Blocks *bs, const Marks *mk) {
	size_t st, len;
	if (!d->question && mk->qlabel >= 0) {
		const Block *q = &bs->v[mk->qlabel];
		if (lt_match(p, RX_QLABEL, q->t.s, q->t.n) && lt_group(p, RX_QLABEL, "n", &st, &len))
			set_trimmed(&d->question, q->t.s + st, len);
	}
	if (!d->question) return;
	Buf t = BUF_INIT;
	buf_printf(&t, "%s %s", lexlist_value(p->w.letter_title, "answer"), d->question);
	if (d->case_) buf_printf(&t, " (%s)", d->case_);
	if (d->committee) buf_printf(&t, " %s %s", lexlist_value(p->w.letter_title, "from"), d->committee);
	doc_set(&d->title, t.s);
	buf_free(&t);
}

/* The name after the closing: two to five words, a capital first. */
void lt_signature(Doc *d, const Blocks *bs, const Marks *mk) {
	int c = mk->closing;
	if (c < 0 || c + 1 >= bs->n || bs->v[c + 1].kind != BK_SIGN) return;
	const Block *nm = &bs->v[c + 1];
	int words = 1, ok = nm->t.n < 60 && lt_class_at(nm->t.s, 0, nm->t.n) == CH_UPPER;
	for (size_t k = 0; k < nm->t.n; k++) words += nm->t.s[k] == ' ';
	if (ok && words >= 2 && words <= 5) doc_set(&d->minister, nm->t.s);
}

void lt_journal(LetterParser *p, Doc *d, const Blocks *bs, const Marks *mk) {
	if (mk->jnr < 0 || !lt_match(p, RX_JNR, bs->v[mk->jnr].t.s, bs->v[mk->jnr].t.n)) return;
	char *j = lt_dup(p, RX_JNR, "j");
	doc_set(&d->journal, j);
	free(j);
}

/* "Brev til borgmestrene: <heading>", or "Brev til <committee>". */
static void letter_title(LetterParser *p, Doc *d, const Blocks *bs, const Marks *mk,
                         const char *who, size_t whon) {
	Buf title = BUF_INIT;
	const char *to = lexlist_value(p->w.letter_title, "letter");
	if (who && !d->committee) {
		buf_printf(&title, "%s ", to);
		buf_add(&title, who, whon);
		/* a common noun in the plural takes its definite form: "borgmestre" ->
		** "borgmestrene", "kommuner" -> "kommunerne" */
		const LexEntry *pl = suffix_entry(p->w.recipient_plural, who, whon);
		if (lt_class_at(who, 0, whon) == CH_LOWER && pl && pl->len < whon) buf_puts(&title, pl->value);
		if (mk->heading >= 0) buf_puts(&title, ": ");
	}
	if (mk->heading >= 0) buf_add(&title, bs->v[mk->heading].t.s, bs->v[mk->heading].t.n);
	if (!title.n && d->committee) buf_printf(&title, "%s %s", to, d->committee);
	if (title.n) doc_set(&d->title, title.s);
	buf_free(&title);
}

void lt_address_lines(LetterParser *p, Doc *d, const Blocks *bs, int end) {
	size_t st, len;
	int text = 0;   /* a paragraph seen: the address block (where the asker stands) is over */
	for (int i = 0; i < end && (!d->committee || !d->asker); i++) {
		const Block *b = &bs->v[i];
		if (b->kind == BK_TEXT && b->t.n >= 80) text = 1;
		if (!d->committee && (b->kind == BK_TEXT || b->kind == BK_ADDRESSEE) && b->t.n < 80 &&
		    lt_match(p, RX_COMMITTEE, b->t.s, b->t.n) && lt_group(p, RX_COMMITTEE, "c", &st, &len))
			set_committee(p, &d->committee, b->t.s + st, len);
		if (!d->asker && !text && b->kind == BK_ADDRESSEE && lt_match(p, RX_ASKER_LINE, b->t.s, b->t.n)) {
			if (lt_group(p, RX_ASKER_LINE, "asker", &st, &len)) set_trimmed(&d->asker, b->t.s + st, len);
			if (lt_group(p, RX_ASKER_LINE, "party", &st, &len)) set_trimmed(&d->party, b->t.s + st, len);
		}
	}
}

void lt_letter_meta(LetterParser *p, Doc *d, const Blocks *bs, const Marks *mk, int body_end) {
	const char *who = NULL;
	size_t whon = 0, st, len;
	int sa = mk->salut;
	if (sa >= 0 && lt_match(p, RX_SALUT, bs->v[sa].t.s, bs->v[sa].t.n) &&
	    lt_group(p, RX_SALUT, "who", &st, &len)) {
		who = bs->v[sa].t.s + st;
		whon = len;
		if (lt_match(p, RX_COMMITTEE, who, whon)) set_committee(p, &d->committee, who, whon);
	}
	lt_address_lines(p, d, bs, sa >= 0 ? sa : body_end);
	letter_title(p, d, bs, mk, who, whon);
}
