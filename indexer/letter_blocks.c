/*
** letter_blocks.c -- the blocks of one document: its lines joined into
** paragraphs (a blank line, a short line ending a sentence before a capital,
** or a labelled line ends one; page furniture between two halves of a sentence
** does not), the lines that stand alone (headings, dates, labels, the
** signature), and an annex table's rows: a topic heading (BK_TOPIC) with the
** paragraphs of its cells (BK_CELL), rows continued across page breaks
** rejoined. Then Doc.text: the blocks separated by one blank line.
*/
#include "letter_parts.h"

#include <stdlib.h>
#include <string.h>

static Block *blk_new(Blocks *bs, int kind) {
	if (bs->n == bs->cap) {
		bs->cap = bs->cap ? bs->cap * 2 : 32;
		bs->v = xrealloc(bs->v, (size_t)bs->cap * sizeof *bs->v);
	}
	Block *b = &bs->v[bs->n++];
	memset(b, 0, sizeof *b);
	b->kind = kind;
	b->node = -1;
	b->row = -1;
	return b;
}

void lt_blocks_free(Blocks *bs) {
	for (int i = 0; i < bs->n; i++) buf_free(&bs->v[i].t);
	free(bs->v);
	memset(bs, 0, sizeof *bs);
}

/* ---- annex tables -------------------------------------------------------- */

/* Parses the cells of an annex row: "<p>a</p> <p>b</p>" -> "a", "b"; text
** outside <p> tags is a cell of its own. Calls add(ctx, text, n) for each. */
static void parse_cells(const char *s, size_t n, void (*add)(void *, const char *, size_t), void *ctx) {
	size_t i = 0;
	Buf c = BUF_INIT;
	while (i < n) {
		const char *p = memmem(s + i, n - i, "<p>", 3);
		size_t stop = p ? (size_t)(p - s) : n;
		buf_reset(&c);
		lt_clean_into(&c, s + i, stop - i);
		if (c.n) add(ctx, c.s, c.n);
		if (!p) break;
		size_t a = stop + 3;
		const char *q = memmem(s + a, n - a, "</p>", 4);
		size_t z = q ? (size_t)(q - s) : n;
		buf_reset(&c);
		lt_clean_into(&c, s + a, z - a);
		if (c.n) add(ctx, c.s, c.n);
		i = q ? z + 4 : n;
	}
	buf_free(&c);
}

typedef struct CellCtx {
	const LetterParser *p;
	Blocks *bs;
	int row;
	int first;           /* the next cell is the first of a continuation line */
	int cont;            /* this line continues the previous row */
} CellCtx;

static void add_cell(void *vctx, const char *s, size_t n) {
	CellCtx *cx = vctx;
	Blocks *bs = cx->bs;
	if (cx->first && cx->cont && bs->n > 0 && bs->v[bs->n - 1].kind == BK_CELL &&
	    lt_class_at(s, 0, n) == CH_LOWER) {
		lt_para_join(cx->p, &bs->v[bs->n - 1].t, s, n); /* a cell cut by the page break */
	} else {
		Block *b = blk_new(bs, BK_CELL);
		b->row = cx->row;
		buf_add(&b->t, s, n);
	}
	cx->first = 0;
}

/* A table line "topic<TAB>cells": a new row, a group heading (no cells), or
** (no topic) the row before a page break continued. */
static void table_line(const LetterParser *p, Blocks *bs, const Line *l) {
	const char *tab = memchr(l->raw, '\t', l->rawn);
	size_t tn = (size_t)(tab - l->raw);
	const char *cells = tab + 1;
	size_t cn = l->rawn - tn - 1;
	Buf topic = BUF_INIT;
	lt_clean_into(&topic, l->raw, tn);
	int has_cells = 0;
	for (size_t i = 0; i < cn && !has_cells; i++) has_cells = !lt_is_space(cells[i]);
	CellCtx cx = {p, bs, bs->rows - 1, 1, 0};
	if (topic.n == 0) {
		/* continues the row before a page break; a group header followed by a
		** continuation was in fact a row whose cells moved to the next page */
		if (bs->n > 0 && bs->v[bs->n - 1].kind == BK_GROUP) {
			bs->v[bs->n - 1].kind = BK_TOPIC;
			bs->v[bs->n - 1].row = bs->rows++;
			cx.row = bs->rows - 1;
		}
		cx.cont = 1;
		if (cx.row >= 0) parse_cells(cells, cn, add_cell, &cx);
	} else if (!has_cells) {
		Block *b = blk_new(bs, BK_GROUP);
		buf_add(&b->t, topic.s, topic.n);
	} else {
		Block *b = blk_new(bs, BK_TOPIC);
		b->row = bs->rows++;
		buf_add(&b->t, topic.s, topic.n);
		cx.row = b->row;
		parse_cells(cells, cn, add_cell, &cx);
	}
	buf_free(&topic);
}

/* ---- paragraphs ---------------------------------------------------------- */

/* The state of joining one document's lines into blocks. */
typedef struct Join {
	const LetterParser *p;
	Blocks *bs;
	Layout lay;
	int bilag;           /* an annex: table lines are rows */
	Block *para;         /* the open BK_TEXT paragraph */
	int sig;             /* after "Venlig hilsen": every line stands alone */
	int kilder;          /* in a "Kilder:" list (dropped) */
	int gap;             /* furniture came between the open paragraph and this line */
} Join;

/* Lines that are skipped: a "Kilder:" list's links, page furniture. */
static int skipped(Join *j, const Line *l) {
	if (j->kilder) {
		if (l->cls == L_LINK || l->cls == L_FURN) return 1;
		j->kilder = 0;
	}
	if (l->cls == L_FURN) {
		/* a page number or the sender's address between two halves of a
		** sentence does not end it, blank lines around it or not */
		j->gap |= j->para != NULL;
		return 1;
	}
	return 0;
}

/* A blank line ends the open paragraph, unless furniture came between two
** halves of one sentence. */
static void blank_break(Join *j, const Line *l, const char *s, size_t n) {
	Block *para = j->para;
	if (l->blank_before && !(j->gap && para && l->cls == L_TEXT && para->t.n &&
	                         lt_ends_midsentence(para->t.s, para->t.n) &&
	                         lt_class_at(s, 0, n) == CH_LOWER))
		j->para = NULL;
	j->gap = 0;
}

/* A line that makes a block of its own, by its class. Returns 1 when the line
** is done; a label line with text after the label leaves that text in *s, *n. */
static int own_block(Join *j, const Line *l, const char **s, size_t *n) {
	switch (l->cls) {
	case L_LETTERHEAD: case L_TABSEP:
		return 1;
	case L_KILDER:
		j->kilder = 1;
		j->para = NULL;
		return 1;
	case L_TABLE:
		if (!j->bilag) return 0;
		j->para = NULL;
		table_line(j->p, j->bs, l);
		return 1;
	case L_HEADING: case L_BILAG: case L_DATE: case L_JNR: case L_SALUT: case L_CLOSING:
	case L_ADDRESSEE: {
		static const int kind[] = {[L_HEADING] = BK_HEADING, [L_BILAG] = BK_HEADING,
		                           [L_DATE] = BK_DATE, [L_JNR] = BK_JNR,
		                           [L_SALUT] = BK_SALUT, [L_CLOSING] = BK_CLOSING,
		                           [L_ADDRESSEE] = BK_ADDRESSEE};
		Block *b = blk_new(j->bs, kind[l->cls]);
		buf_add(&b->t, *s, *n);
		j->para = NULL;
		if (l->cls == L_CLOSING) j->sig = 1;
		return 1;
	}
	case L_QLABEL: case L_ALABEL: {
		size_t k = l->label_len <= *n ? l->label_len : *n;
		Block *b = blk_new(j->bs, l->cls == L_QLABEL ? BK_QLABEL : BK_ALABEL);
		buf_add(&b->t, *s, k);
		j->para = NULL;
		while (k < *n && (*s)[k] == ' ') k++;
		*s += k;
		*n -= k;
		return *n == 0;
	}
	default:
		return 0;
	}
}

/* Adds a line of text: to the signature, the open paragraph, or a new one. */
static void text_line(Join *j, const Line *l, const char *s, size_t n) {
	if (j->sig) {
		/* every line after "Venlig hilsen" stands alone: name, title */
		Block *b = blk_new(j->bs, BK_SIGN);
		buf_add(&b->t, s, n);
		return;
	}
	if (j->para) {
		/* a short line that ends a sentence, followed by a capital, ends the
		** paragraph where blank lines cannot tell (doubled style; or the
		** next line begins with a stray space) */
		int upper = lt_class_at(s, 0, n) == CH_UPPER || lt_class_at(s, 0, n) == CH_QUOTE;
		int short_ = j->lay.width > 0 && j->para->prev_w * 10 < j->lay.width * 7;
		if (j->para->prev_ends && upper && short_ && (j->lay.doubled || l->lead)) j->para = NULL;
	}
	if (!j->para) j->para = blk_new(j->bs, BK_TEXT);
	lt_para_join(j->p, &j->para->t, s, n);
	j->para->prev_w = lt_cp_count(s, n);
	j->para->prev_ends = lt_ends_sentence(s, n);
}

static void drop_empty(Blocks *bs) {
	int m = 0;
	for (int i = 0; i < bs->n; i++) {
		if (bs->v[i].t.n) bs->v[m++] = bs->v[i];
		else buf_free(&bs->v[i].t);
	}
	bs->n = m;
}

void lt_build_blocks(const LetterParser *p, const Lines *ls, Seg seg, Layout lay, int bilag,
                     Blocks *bs) {
	Join j = {.p = p, .bs = bs, .lay = lay, .bilag = bilag};
	for (int i = seg.a; i < seg.b; i++) {
		const Line *l = &ls->v[i];
		const char *s = lt_text(ls, l);
		size_t n = l->c_len;
		if (skipped(&j, l)) continue;
		blank_break(&j, l, s, n);
		if (own_block(&j, l, &s, &n)) continue;
		text_line(&j, l, s, n);
	}
	drop_empty(bs);
}

void lt_blocks_text(Doc *d, Blocks *bs) {
	Buf t = BUF_INIT;
	for (int i = 0; i < bs->n; i++) {
		if (t.n) buf_add(&t, "\n\n", 2);
		bs->v[i].start = t.n;
		buf_add(&t, bs->v[i].t.s, bs->v[i].t.n);
		bs->v[i].end = t.n;
	}
	doc_set_text(d, t.s ? t.s : "", t.n);
	buf_free(&t);
}
