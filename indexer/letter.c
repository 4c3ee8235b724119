/*
** letter.c -- the letter parser's handle and orchestration (see letter.h):
** the patterns, whose words come from the lexicon and which are compiled once
** per parser, with JIT; the lists the parts compare words with; and
** letter_parse(), which runs the stages over a file:
**
**   1. lines (letter_text.c): split, strip trailing blanks, clean markdown
**      ("## ", "**", "[text](url)") and note leading spaces and tabs;
**   2. layout (letter_layout.c): the PDF style with a blank line between every
**      line and the usual wrap width; then the class of each line: letterhead
**      and page furniture (dropped), date, J.nr., heading, "Spørgsmål nr. N:",
**      "Svar:", "Kære ...", "Venlig hilsen", annex table row, "Kilder:" list;
**   3. documents (letter_split.c): at a letterhead, at a "Bilag N" heading,
**      and after a signature;
**   4. per document: blocks (letter_blocks.c) joined into Doc.text, then its
**      kind, nodes, quotations and metadata (letter_nodes.c, letter_quote.c,
**      letter_meta.c);
**   5. a date without a year takes the year of the file's other documents.
**
** Every scan is linear in the input: line patterns only run on short lines,
** the intro patterns on a window around their key words, and the backward
** sentence scans of the attribution finder are capped.
*/
#include "letter_parts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- patterns ------------------------------------------------------------ */

/* "{list}" stands for the words of a lexicon list (lexicon_expand). */

/* The case in parentheses after a question's number, with the bill's title after
** a dash (any: "–", "—", "-"): "(alm. del)", "(L 73 – Forslag til lov om ændring
** af lov om sygedagpenge (Forlængelse af perioden))"; the title may hold one
** level of parentheses of its own. */
#define CASE_BILL(c, b) \
	"(?: \\s* \\( (?<" c ">[^()]{1,30}?)" \
	" (?: \\s* \\p{Pd} \\s* (?<" b ">(?:{bill_lead}) (?:[^()]|\\([^()]{0,200}\\)){3,300}) )? \\) )?"
static const char *const rx_src[RX_COUNT] = {
	/* "Beskæftigelsesudvalget har i brev af 3. juli 2017 stillet følgende
	** spørgsmål nr. 497 (alm. del)" */
	[RX_INTRO] =
	"(?: (?<committee> (?:(?:{committee_prefix})\\s+)? [\\w-]{0,60}(?:{committee}) ) \\s+ )?"
	"(?:{question_letter}) \\s+"
	"(?<d>\\d{1,2}) \\. \\s* (?<m>\\w+) \\s+ (?<y>\\d{4}) \\s+"
	"(?:{question_intro}) \\s+ (?:{number_label}) \\s* (?<q>\\d+)"
	CASE_BILL("case", "bill"),
	/* "efter ønske fra Finn Sørensen (EL)" */
	[RX_ASKER] =
	"(?:{asker_intro}) \\s+ (?<asker>[^()\\n]{1,80}?) \\s* \\( (?<party>[^()\\n]{1,12}) \\)",
	/* the asker on a line of their own: "Karina Holm (SF)" (two to five names, a party) */
	[RX_ASKER_LINE] =
	"^ (?<asker> \\p{Lu}[\\p{L}.'-]* (?: \\s+ (?:\\p{Lu}[\\p{L}.'-]*|(?:{name_particle})) ){1,4} )"
	"\\s* \\( (?<party>{party_abbrev}) \\) $",
	/* a line holding only a date: "3. juni 2022", "3. juni", "Dato: 08-12-2006" */
	[RX_DATE] =
	"^ (?: (?:{date_label}) \\s* :? \\s* )?"
	"  (?: (?<d>\\d{1,2}) \\. \\s* (?<m>{month}) (?: \\s+ (?<y>\\d{4}) )?"
	"    | (?<nd>\\d{1,2}) [-./] (?<nm>\\d{1,2}) [-./] (?<ny>\\d{4}) ) \\s* \\.? $",
	/* a line holding only a month and year: "December 2006" */
	[RX_MONTHYEAR] = "^ (?<m>{month}) \\s+ (?<y>\\d{4}) \\s* \\.? $",
	/* the older opening: "Beskæftigelsesministerens besvarelse af spørgsmål nr.
	** 9 af 8. december 2006 fra Folketingets arbejdsmarkedsudvalg (Alm. del – L 73)"; the
	** case may be followed by the bill's title: "(L 73 – Forslag til lov om ændring af ...)" */
	[RX_OPENING] =
	"(?:{question_reply}|{answer_heading}) \\s+ (?:{question_label}) \\s+ (?:{number_label})"
	"\\s* (?<q>\\d+) " CASE_BILL("case1", "bill1")
	"(?: \\s+ (?:{question_reply_of}) \\s+"
	"    (?<d>\\d{1,2}) \\. \\s* (?<m>\\w+) \\s+ (?<y>\\d{4}) )?"
	"\\s+ (?:{question_reply_from}) \\s+ (?:(?:{committee_prefix})\\s+)?"
	"(?<committee> [\\w-]{0,60}(?:{committee}) )"
	CASE_BILL("case", "bill"),
	/* "Spørgsmål nr. 3:", "Spørgsmål 3 (L 53):" */
	[RX_QLABEL] =
	"^ (?:{question_label}) \\s+ (?:(?:{number_label}) \\s*)? (?<n>\\d+) [^:\\n]{0,20} :",
	/* "Svar:", "Endeligt svar:" */
	[RX_ALABEL] = "^ (?:(?:{answer_label_qualifier}) \\s+)? (?:{answer_label}) \\s* :",
	/* "J.nr.: 2022 - 4507" */
	[RX_JNR] =
	"^ (?:{journal_abbrev}) \\. \\s* (?:{number_label}) \\s* :? \\s*"
	"  (?<j> \\S (?:[^\\n]{0,40}\\S)? ) \\s* $",
	/* page furniture: letterhead contact lines, page numbers ("Side 2", "Side 2/3") */
	[RX_FURN] =
	"^ (?: (?:{page_label}) \\s+ \\d+ (?: \\s* (?:/|(?:{page_of})) \\s* \\d+ )?"
	"   | (?:{register_label}) (?:{register_suffix})? \\s* :? \\s* \\d[\\d\\s]*"
	"   | (?:{phone_label}) \\s* :? \\s* \\+? \\d[\\d\\s]*"
	"   | (?:{mail_label}) \\s* :? \\s* \\S+@\\S+"
	"   | (?:https?://)? www\\.\\S+"
	"   ) $",
	/* "Med venlig hilsen" */
	[RX_CLOSING] = "^ (?:(?:{closing_lead}) \\s+)? (?:{closing}) \\b",
	/* "Kære Finn Sørensen" */
	[RX_SALUT] = "^ (?:{salutation}) \\s+ (?<who>\\S[^\\n]*) $",
	/* "Bilag 1" */
	[RX_BILAG] = "^ (?:{annex_label}) \\s+ \\d+ \\b",
	/* "Kilder:" */
	[RX_KILDER] = "^ (?:{source_list_heading}) \\s* :? $",
	/* "Beskæftigelsesminister" */
	[RX_SIGTITLE] = "(?:{signature_title})",
	/* "Folketingets Beskæftigelsesudvalg" */
	[RX_COMMITTEE] =
	"^ (?:(?:{committee_prefix})\\s+)? (?<c> [\\w-]{0,60}(?:{committee}) ) $",
	/* the text names a source: an act, an order, a guideline, an abbreviation */
	[RX_SOURCE] =
	"(?i: \\b (?:{source_noun}) \\s+ (?:{source_about}) \\b )"
	"| (?i: \\b (?:{numbered_document}) \\s+ (?:{number_label}) \\s* \\d+ )"
	"| (?i: \\b \\w+(?:{act_suffix}) \\b )"
	"| \\b [A-ZÆØÅ]{2,6} \\b"
	"| (?i: \\b (?:{question_label}) \\s+ (?:{number_label}) )",
	/* the text points at a provision or part without naming the source */
	[RX_ANAPH] = "§ | (?i: \\b (?:{anaphor}) \\b )",
	/* the text says the words are from the source just named: "Bestemmelsen
	** fastslår desuden, at", "Det fremgår videre, at", "Af samme bestemmelse" */
	[RX_AGAIN] = "(?i: \\b (?: (?:{same_source_stem}) \\w* | (?:{same_source_word}) ) \\b )",
	/* "bekendtgørelsens § 2" points back at an executive order ... */
	[RX_ORDER_REF] = "(?i: \\b (?:{order_back_ref}) \\b )",
	/* ... named as one: "bekendtgørelse nr. 2409", "bekendtgørelse om ..." */
	[RX_ORDER] =
	"(?i: \\b (?:{order_noun}) \\s+ (?: (?:{number_label}) | (?:{order_about}) \\b ) )",
};

/* Patterns matched case-sensitively (the rest are caseless). */
static int rx_case_sensitive(int id) {
	return id == RX_SALUT || id == RX_COMMITTEE || id == RX_SOURCE || id == RX_ANAPH ||
	       id == RX_AGAIN || id == RX_ORDER_REF || id == RX_ORDER ||
	       id == RX_INTRO || id == RX_ASKER || id == RX_OPENING || id == RX_ASKER_LINE;
}

/* Compiles pattern id with the lexicon's words into p->re[id]. */
static int rx_compile(LetterParser *p, const Lexicon *lx, int id, char **err) {
	char *src = lexicon_expand(lx, rx_src[id], err);
	if (!src) return LG_ERROR;
	int ec;
	PCRE2_SIZE eo;
	uint32_t opt = PCRE2_UTF | PCRE2_UCP | PCRE2_EXTENDED;
	if (!rx_case_sensitive(id)) opt |= PCRE2_CASELESS;
	p->re[id] = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, opt, &ec, &eo, NULL);
	free(src);
	if (!p->re[id]) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		*err = xprintf("letter pattern %d does not compile at offset %zu: %s", id, (size_t)eo,
		               (char *)msg);
		return LG_ERROR;
	}
	pcre2_jit_compile(p->re[id], PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
	return LG_OK;
}

int lt_match(LetterParser *p, int id, const char *s, size_t n) {
	int rc = pcre2_match(p->re[id], (PCRE2_SPTR)(s ? s : ""), n, 0, 0, p->md, NULL);
	p->subject = s;
	return rc >= 0;
}

int lt_group(LetterParser *p, int id, const char *name, size_t *start, size_t *len) {
	int num = 0;
	if (name && *name) {
		num = pcre2_substring_number_from_name(p->re[id], (PCRE2_SPTR)name);
		if (num < 0) return 0;
	}
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
	if ((uint32_t)num >= pcre2_get_ovector_count(p->md) || ov[2 * num] == PCRE2_UNSET) return 0;
	*start = ov[2 * num];
	*len = ov[2 * num + 1] - ov[2 * num];
	return 1;
}

char *lt_dup(LetterParser *p, int id, const char *name) {
	size_t st, len;
	if (!lt_group(p, id, name, &st, &len)) return NULL;
	return xstrndup(p->subject + st, len);
}

/* ---- words --------------------------------------------------------------- */

const char *lt_find_any(const LexList *l, const char *s, size_t n, size_t *len) {
	const char *best = NULL;
	for (int i = 0; l && i < l->n; i++) {
		const char *at = memmem(s, n, l->v[i].word, l->v[i].len);
		if (at && (!best || at < best)) {
			best = at;
			if (len) *len = l->v[i].len;
		}
	}
	return best;
}


/* ---- the handle ---------------------------------------------------------- */

void letter_parser_free(LetterParser *p) {
	if (!p) return;
	for (int i = 0; i < RX_COUNT; i++) pcre2_code_free(p->re[i]);
	pcre2_match_data_free(p->md);
	free(p);
}

LetterParser *letter_parser_new(const Lexicon *lx, char **err) {
	static const char *const names[] = {
		"abbreviation", "conjunction", "month", "committee", "question_intro", "asker_intro",
		"recipient_plural", "letter_title", "see_also", "see_also_not", "question_reply",
		"layout_artefact", "answer_heading", NULL};
	LetterParser *p = xcalloc(1, sizeof *p);
	const LexList *l[sizeof names / sizeof *names];
	int rc = lexicon_lists(lx, names, l, err);
	for (int i = 0; rc == LG_OK && i < RX_COUNT; i++) rc = rx_compile(p, lx, i, err);
	if (rc != LG_OK) {
		letter_parser_free(p);
		return NULL;
	}
	p->w = (LetterLists){.abbreviation = l[0], .conjunction = l[1], .month = l[2],
	                     .committee = l[3], .question_intro = l[4], .asker_intro = l[5],
	                     .recipient_plural = l[6], .letter_title = l[7], .see_also = l[8],
	                     .see_also_not = l[9], .question_reply = l[10],
	                     .layout_artefact = l[11], .answer_heading = l[12]};
	p->md = pcre2_match_data_create(32, NULL);
	return p;
}

/* ---- parsing ------------------------------------------------------------- */

/* One document of the file: lines seg, named name (or name-k of several). */
static Doc *parse_doc(LetterParser *p, const Lines *ls, Seg seg, Layout lay, const char *name,
                      const char *path, int k, int nseg, Meta *mt) {
	char *nm = nseg > 1 ? xprintf("%s-%d", name, k + 1) : xstrdup(name);
	Doc *d = doc_new(nm, path);
	free(nm);
	Blocks bs = {0};
	lt_build_blocks(p, ls, seg, lay, lt_seg_is_annex(ls, seg), &bs);
	lt_blocks_text(d, &bs);
	lt_doc_build(p, d, &bs, mt);
	lt_blocks_free(&bs);
	return d;
}

/* The last day of month m of year y. */
static int month_end(int y, int m) {
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

/* A date without a year ("3. juni") takes the year of the file's other
** documents: a date line's first, else any. Sets each document's date.
** A document with neither a date line of its own nor the question's date is
** read on the last day of a month-and-year line ("December 2006"): the answer
** was sent in that month, at the latest on its last day, and describes the law
** as it stood when sent, so the last day holds every version the writer could
** have had in view (a version in force from mid-month included); the first day
** would read a law the ministry had already seen replaced. check says that
** the date is only a month and year. */
static void settle_dates(Doc **docs, Meta *meta, int nseg) {
	int year = 0;
	for (int k = 0; k < nseg && !year; k++)
		if (meta[k].has_own_date && meta[k].y) year = meta[k].y;
	for (int k = 0; k < nseg && !year; k++) year = meta[k].y;
	for (int k = 0; k < nseg; k++) {
		Meta *m = &meta[k];
		if (m->m && !m->y) m->y = year;
		if ((!m->m || !m->y) && m->my_m && m->my_y) {
			m->y = m->my_y;
			m->m = m->my_m;
			m->dd = month_end(m->my_y, m->my_m);
			m->has_own_date = 0;
			doc_set(&docs[k]->date_month, m->month_line);
		}
		if (!m->m || !m->y) continue;
		char *ds = xprintf("%04d-%02d-%02d", m->y, m->m, m->dd);
		doc_set(&docs[k]->date, ds);
		docs[k]->date_asked = !m->has_own_date && !docs[k]->date_month;
		free(ds);
	}
}

int letter_parse(LetterParser *p, const char *name, const char *path, const char *buf, size_t n,
                 Doc ***out, int *n_out, char **err) {
	*out = NULL;
	*n_out = 0;
	if (err) *err = NULL;
	if (!p) {
		if (err) *err = xstrdup("no letter parser");
		return LG_ERROR;
	}
	if (!buf) n = 0;
	if (!name) name = "letter";
	Lines ls = {0};
	lt_lines_split(&ls, buf ? buf : "", n);
	Layout lay = {lt_layout_doubled(&ls), lt_layout_width(&ls)};
	lt_lines_classify(p, &ls);
	Seg *segs = NULL;
	int nseg = lt_split_docs(p, &ls, &segs);

	Doc **docs = xcalloc((size_t)(nseg ? nseg : 1), sizeof *docs);
	Meta *meta = xcalloc((size_t)(nseg ? nseg : 1), sizeof *meta);
	for (int k = 0; k < nseg; k++) docs[k] = parse_doc(p, &ls, segs[k], lay, name, path, k, nseg, &meta[k]);
	settle_dates(docs, meta, nseg);
	for (int k = 0; k < nseg; k++) free(meta[k].month_line);
	free(meta);
	free(segs);
	lt_lines_free(&ls);
	*out = docs;
	*n_out = nseg;
	return LG_OK;
}
