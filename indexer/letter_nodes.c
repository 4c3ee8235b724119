/*
** letter_nodes.c -- the kind and the nodes of one letter document, from its
** blocks: an annex (BILAG) has a NODE_ROW per table row with a NODE_PARA per
** cell; an answer (SVAR) the committee's question (NODE_QUESTION) and the
** answer (NODE_ANSWER) with its paragraphs; another letter (BREV) the
** paragraphs of its body, from the salutation to the closing. The quotations of
** each row, question, answer or body are paired there (letter_quote.c) and the
** metadata read (letter_meta.c).
*/
#include "letter_parts.h"

#include "kind.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The first block of each kind the structure hangs on; the first date line
** that reads as a date is the document's own date. */
static void find_marks(LetterParser *p, const Blocks *bs, Meta *mt, Marks *mk) {
	*mk = (Marks){-1, -1, -1, -1, -1, -1, -1};
	for (int i = 0; i < bs->n; i++) {
		const Block *b = &bs->v[i];
		if (mk->first < 0) mk->first = i;
		switch (b->kind) {
		case BK_HEADING: if (mk->heading < 0) mk->heading = i; break;
		case BK_SALUT: if (mk->salut < 0) mk->salut = i; break;
		case BK_CLOSING: if (mk->closing < 0) mk->closing = i; break;
		case BK_QLABEL: if (mk->qlabel < 0) mk->qlabel = i; break;
		case BK_ALABEL: if (mk->alabel < 0 && mk->qlabel >= 0) mk->alabel = i; break;
		case BK_JNR: if (mk->jnr < 0) mk->jnr = i; break;
		case BK_DATE:
			if (!mt->has_own_date && lt_match(p, RX_DATE, b->t.s, b->t.n)) {
				lt_date_from(p, RX_DATE, b->t.s, &mt->y, &mt->m, &mt->dd);
				mt->has_own_date = mt->m > 0;
			} else if (!mt->my_m && lt_match(p, RX_MONTHYEAR, b->t.s, b->t.n)) {
				int y, m, dd;   /* dd: 1, a placeholder (letter.c takes the month's end) */
				lt_date_from(p, RX_MONTHYEAR, b->t.s, &y, &m, &dd);
				if (m > 0) {
					mt->my_y = y;
					mt->my_m = m;
					mt->month_line = xstrndup(b->t.s, b->t.n);
				}
			}
			break;
		default: break;
		}
	}
}

/* An annex has table rows or opens with a "Bilag N" heading; an answer has a
** question label or the formula that introduces the committee's question. */
static DocKind kind_of(LetterParser *p, const Doc *d, const Blocks *bs, const Marks *mk) {
	const Block *f = mk->first >= 0 ? &bs->v[mk->first] : NULL;
	if (bs->rows > 0 || (f && f->kind == BK_HEADING && lt_match(p, RX_BILAG, f->t.s, f->t.n)))
		return DOC_BILAG;
	if (mk->qlabel >= 0 || lt_find_any(p->w.question_intro, d->text, d->text_len, NULL) ||
	    lt_find_any(p->w.question_reply, d->text, d->text_len, NULL))
		return DOC_SVAR;
	return DOC_BREV;
}

/* NODE_PARA "1", "2", ... under parent for the text blocks of [a, z). */
static void number_paras(Doc *d, Blocks *bs, int a, int z, int parent) {
	int k = 0;
	for (int i = a; i < z; i++) {
		if (bs->v[i].kind != BK_TEXT) continue;
		char lab[16];
		snprintf(lab, sizeof lab, "%d", ++k);
		bs->v[i].node = doc_add_node(d, NODE_PARA, parent, lab, bs->v[i].start, bs->v[i].end);
	}
}

/* One NODE_ROW per topic (label: the topic), one NODE_PARA per cell. */
static void build_annex(LetterParser *p, Doc *d, Blocks *bs, const Marks *mk) {
	if (mk->heading >= 0) doc_set(&d->title, bs->v[mk->heading].t.s);
	for (int i = 0; i < bs->n;) {
		if (bs->v[i].kind != BK_TOPIC) { i++; continue; }
		int r = bs->v[i].row, j = i + 1;
		while (j < bs->n && bs->v[j].kind == BK_CELL && bs->v[j].row == r) j++;
		int row = doc_add_node(d, NODE_ROW, 0, bs->v[i].t.s, bs->v[i].start, bs->v[j - 1].end);
		bs->v[i].node = row;
		for (int k = i + 1; k < j; k++) {
			char lab[16];
			snprintf(lab, sizeof lab, "%d", k - i);
			bs->v[k].node = doc_add_node(d, NODE_PARA, row, lab, bs->v[k].start, bs->v[k].end);
		}
		lt_scan_quotes(p, d, bs, i, j, 0, 0);
		i = j;
	}
}

/* The question: the blocks after its label, up to the answer label (without
** one: its first paragraph). Its quotations are attributed to the label.
** Returns the block before the answer. */
static int build_question(LetterParser *p, Doc *d, Blocks *bs, const Marks *mk, int end) {
	int qa = mk->qlabel + 1, qz = mk->alabel >= 0 ? mk->alabel : end;
	if (mk->alabel < 0 && qz > qa + 1) qz = qa + 1;
	if (qz > qa) {
		const Block *ql = &bs->v[mk->qlabel];
		const char *spm = lexlist_value(p->w.letter_title, "question");
		size_t st, len;
		char *lab = lt_match(p, RX_QLABEL, ql->t.s, ql->t.n) && lt_group(p, RX_QLABEL, "n", &st, &len)
		            ? xprintf("%s %.*s", spm, (int)len, ql->t.s + st) : xstrdup(spm);
		int qn = doc_add_node(d, NODE_QUESTION, 0, lab, bs->v[qa].start, bs->v[qz - 1].end);
		free(lab);
		for (int k = qa; k < qz; k++) bs->v[k].node = qn;
		size_t fs = ql->start, fe = ql->end;
		if (fe > fs && d->text[fe - 1] == ':') fe--;
		lt_scan_quotes(p, d, bs, qa, qz, fs, fe);
	}
	return mk->alabel >= 0 ? mk->alabel : qz - 1;
}

static void build_answer(LetterParser *p, Doc *d, Blocks *bs, Meta *mt, const Marks *mk) {
	lt_answer_meta(p, d, mt);
	lt_address_lines(p, d, bs, mk->qlabel >= 0 ? mk->qlabel : mk->first + 1);
	lt_answer_title(p, d, bs, mk);
	int end = mk->closing >= 0 ? mk->closing : bs->n;
	int alabel = mk->qlabel >= 0 ? build_question(p, d, bs, mk, end) : mk->alabel;
	int aa = alabel >= 0 ? alabel + 1 : -1;
	if (aa < 0) {
		/* no labels: everything after the opening paragraph */
		aa = mk->first >= 0 ? mk->first + 1 : 0;
		while (aa < end && bs->v[aa].kind != BK_TEXT) aa++;
	}
	int az = end;
	while (az > aa && bs->v[az - 1].kind != BK_TEXT) az--;
	if (az <= aa) return;
	int an = doc_add_node(d, NODE_ANSWER, 0, NULL, bs->v[aa].start, bs->v[az - 1].end);
	number_paras(d, bs, aa, az, an);
	lt_scan_quotes(p, d, bs, aa, az, 0, 0);
}

/* A letter: the body runs from the salutation to "Venlig hilsen"; without a
** salutation, from the first long paragraph after the heading. */
static void build_letter(LetterParser *p, Doc *d, Blocks *bs, const Marks *mk) {
	int ba = mk->salut >= 0 ? mk->salut + 1 : -1, bz = mk->closing >= 0 ? mk->closing : bs->n;
	if (ba < 0) {
		ba = mk->heading >= 0 ? mk->heading + 1 : 0;
		while (ba < bz && (bs->v[ba].kind != BK_TEXT || (bs->v[ba].t.n < 60 && ba + 1 < bz))) ba++;
	}
	lt_letter_meta(p, d, bs, mk, bz);
	number_paras(d, bs, ba, bz, 0);
	if (bz > ba) lt_scan_quotes(p, d, bs, ba, bz, 0, 0);
}

void lt_doc_build(LetterParser *p, Doc *d, Blocks *bs, Meta *mt) {
	Marks mk;
	find_marks(p, bs, mt, &mk);
	DocKind kind = kind_of(p, d, bs, &mk);
	doc_set(&d->type, doc_kind_name(kind));
	lt_signature(d, bs, &mk);
	lt_journal(p, d, bs, &mk);
	if (kind == DOC_BILAG) build_annex(p, d, bs, &mk);
	else if (kind == DOC_SVAR) build_answer(p, d, bs, mt, &mk);
	else build_letter(p, d, bs, &mk);
}
