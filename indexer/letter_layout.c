/*
** letter_layout.c -- the layout of a letter's lines and the class of each:
** the PDF style with a blank line between every line (a single blank is then
** a line break, two are a paragraph break), the usual wrap width, the prefix
** PDF conversion leaves on lines ("Text Box: ", dropped), and which line is a
** letterhead, page furniture (contact lines, page numbers, the sender's
** address), a date (or only a month and year), a J.nr., a heading, a question
** or answer label, a salutation, a closing, an annex heading, a "Kilder:" list
** or a table row.
*/
#include "letter_parts.h"

#include <string.h>

int lt_layout_doubled(Lines *ls) {
	int cont_blank = 0, cont_direct = 0;
	for (int i = 0; i + 1 < ls->n; i++) {
		Line *a = &ls->v[i], *b = &ls->v[i + 1];
		if (!lt_ends_midsentence(lt_text(ls, a), a->c_len) || !b->c_len) continue;
		if (lt_class_at(lt_text(ls, b), 0, b->c_len) != CH_LOWER) continue;
		if (b->blank_before == 1) cont_blank++;
		else if (b->blank_before == 0) cont_direct++;
	}
	int doubled = cont_blank >= 3 && cont_blank > 2 * cont_direct;
	for (int i = 0; i < ls->n; i++) {
		int bb = ls->v[i].blank_before;
		ls->v[i].blank_before = doubled ? bb >= 2 : bb >= 1;
	}
	return doubled;
}

size_t lt_layout_width(const Lines *ls) {
	size_t w = 0;
	for (int i = 0; i < ls->n; i++) {
		const Line *l = &ls->v[i];
		if (l->c_len < 20 || l->c_len > 200) continue;
		size_t k = lt_cp_count(lt_text(ls, l), l->c_len);
		if (k > w) w = k;
	}
	return w;
}

/* A short line that looks like part of an address or a contact block. */
static int looks_addressy(LetterParser *p, const char *s, size_t n) {
	if (n == 0 || n > 50) return 0;
	if (lt_match(p, RX_FURN, s, n)) return 1;
	if (lt_match(p, RX_DATE, s, n) || lt_match(p, RX_JNR, s, n)) return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9') return 1;
	return memchr(s, '@', n) != NULL;
}

/* A short line of an address: a street and number, a postcode and town. */
static int furn_address(LetterParser *p, const char *s, size_t n) {
	if (n == 0 || n > 40 || lt_class_at(s, 0, n) == CH_LOWER || memmem(s, n, "§", 2)) return 0;
	if (strchr(".,:;?!", s[n - 1]) || lt_match(p, RX_DATE, s, n)) return 0;
	return looks_addressy(p, s, n);
}

/* A table's separator row: dashes, colons and bars between tabs. */
static int is_tabsep(const char *s, size_t n) {
	int dash = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-' || s[i] == ':' || s[i] == '|') dash = 1;
		else if (s[i] != '\t' && s[i] != ' ') return 0;
	}
	return dash;
}

/* The bytes of the label (the whole match of pattern id) in a label line. */
static size_t label_len(LetterParser *p, int id) {
	size_t st, len;
	lt_group(p, id, "", &st, &len);
	return st + len;
}

/* Whether line i stands on its own, not inside a paragraph: the line before
** it (with no blank line between) neither breaks off in mid-sentence nor ends
** a sentence ("... af ordføreren." / "Karina Holm (SF)"), and the line after it
** does not go on in lower case ("Karina Holm (SF)" / "spurgte til, om ..."). */
static int own_line(const Lines *ls, int i) {
	const Line *l = &ls->v[i];
	if (i > 0 && !l->blank_before) {
		const Line *pv = &ls->v[i - 1];
		const char *t = lt_text(ls, pv);
		size_t n = pv->c_len;
		if (lt_ends_midsentence(t, n) || (n && strchr(".!?", t[n - 1]))) return 0;
	}
	if (i + 1 < ls->n && !ls->v[i + 1].blank_before) {
		const Line *nx = &ls->v[i + 1];
		if (nx->c_len && lt_class_at(lt_text(ls, nx), 0, nx->c_len) == CH_LOWER) return 0;
	}
	return 1;
}

/* The class of a short line (at most 400 bytes) by its text: the first pattern
** that matches decides. i: the line's index (an annex heading without markup
** counts only as the file's first line). */
static int class_by_text(LetterParser *p, Lines *ls, Line *l, const char *s, size_t n, int i) {
	if (lt_match(p, RX_BILAG, s, n) && (l->heading || l->bold)) return L_BILAG;
	if (l->heading) return L_HEADING;
	if (lt_match(p, RX_FURN, s, n)) return L_FURN;
	if (lt_match(p, RX_DATE, s, n)) return L_DATE;
	/* "December 2006" on a line of its own, not the end of a wrapped sentence */
	if ((l->blank_before || i == 0) && lt_class_at(s, 0, n) == CH_UPPER &&
	    lt_match(p, RX_MONTHYEAR, s, n))
		return L_DATE;
	if (lt_match(p, RX_JNR, s, n)) return L_JNR;
	if (lt_match(p, RX_QLABEL, s, n)) {
		l->label_len = label_len(p, RX_QLABEL);
		return L_QLABEL;
	}
	if (lt_match(p, RX_ALABEL, s, n)) {
		l->label_len = label_len(p, RX_ALABEL);
		return L_ALABEL;
	}
	if (lt_match(p, RX_SALUT, s, n)) return L_SALUT;
	if (lt_match(p, RX_CLOSING, s, n)) return L_CLOSING;
	if (lt_match(p, RX_KILDER, s, n)) return L_KILDER;
	/* "Folketingets Beskæftigelsesudvalg", "Karina Holm (SF)" above the text, not
	** a line of a paragraph (see own_line()) */
	if (n < 80 && own_line(ls, i) &&
	    (lt_match(p, RX_COMMITTEE, s, n) || lt_match(p, RX_ASKER_LINE, s, n)))
		return L_ADDRESSEE;
	if (l->raw[0] == '[' && l->rawn > 4 && memmem(l->raw, l->rawn, "](", 2) &&
	    l->raw[l->rawn - 1] == ')')
		return L_LINK;
	if (lt_match(p, RX_BILAG, s, n) && n < 200 && i == 0) return L_BILAG;
	return L_TEXT;
}

/* A prefix PDF conversion leaves ("Text Box: ") is dropped from the line's text. */
static void drop_artefact(LetterParser *p, Lines *ls, Line *l) {
	const char *s = lt_text(ls, l);
	for (int k = 0; p->w.layout_artefact && k < p->w.layout_artefact->n; k++) {
		const LexEntry *e = &p->w.layout_artefact->v[k];
		if (l->c_len < e->len || memcmp(s, e->word, e->len)) continue;
		size_t cut = e->len;
		while (cut < l->c_len && s[cut] == ' ') cut++;
		l->c_off += cut;
		l->c_len -= cut;
		return;
	}
}

/* Classifies line i; *in_letterhead: the lines before were a letterhead block
** (a bold name followed by address lines), which goes on while they look so. */
static void classify_line(LetterParser *p, Lines *ls, int i, int *in_letterhead) {
	Line *l = &ls->v[i];
	drop_artefact(p, ls, l);
	const char *s = lt_text(ls, l);
	size_t n = l->c_len;
	l->cls = L_TEXT;
	if (memchr(l->raw, '\t', l->rawn)) {
		l->cls = is_tabsep(l->raw, l->rawn) ? L_TABSEP : L_TABLE;
		*in_letterhead = 0;
		return;
	}
	if (*in_letterhead) {
		if (looks_addressy(p, s, n)) { l->cls = L_FURN; return; }
		*in_letterhead = 0;
	}
	if (n == 0) { l->cls = L_FURN; return; }
	if (n > 400) return;
	if (l->bold && !l->heading && i + 1 < ls->n) {
		const Line *nx = &ls->v[i + 1];
		if (looks_addressy(p, lt_text(ls, nx), nx->c_len)) {
			l->cls = L_LETTERHEAD;
			*in_letterhead = 1;
			return;
		}
	}
	l->cls = class_by_text(p, ls, l, s, n, i);
}

/* The sender's address beside a page number or contact line ("Holmens Kanal
** 20", "1060 København K" next to "T +45 ...", "Side 1/2") is furniture too:
** one pass down, one up. */
static void furniture_neighbours(LetterParser *p, Lines *ls) {
	for (int pass = 0; pass < 2; pass++)
		for (int k = 0; k < ls->n; k++) {
			int i = pass ? ls->n - 1 - k : k;
			int nb = pass ? i + 1 : i - 1;
			if (nb < 0 || nb >= ls->n || ls->v[nb].cls != L_FURN || !ls->v[nb].c_len) continue;
			Line *l = &ls->v[i];
			if (l->cls == L_TEXT && furn_address(p, lt_text(ls, l), l->c_len)) l->cls = L_FURN;
		}
}

void lt_lines_classify(LetterParser *p, Lines *ls) {
	int in_letterhead = 0;
	for (int i = 0; i < ls->n; i++) classify_line(p, ls, i, &in_letterhead);
	furniture_neighbours(p, ls);
}
