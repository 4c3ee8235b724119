/*
** letter.c -- parses parliamentary answers, ministers' letters and annex
** tables extracted from PDFs into Docs (see letter.h).
**
** One call runs these stages over a file:
**   1. lines: split, strip trailing blanks, clean markdown ("## ", "**",
**      "[text](url)") and note leading spaces and tabs;
**   2. layout: detect the PDF style with a blank line between every line (a
**      single blank is then a line break, two are a paragraph break) and the
**      usual wrap width (a short line ending a sentence ends a paragraph there);
**   3. classify each line: letterhead block and page furniture (dropped), date,
**      J.nr., heading, "Spørgsmål nr. N:", "Svar:", "Kære ...", "Venlig hilsen",
**      annex table row, "Kilder:" list (dropped);
**   4. split the file into documents: at a letterhead, at a "Bilag N" heading,
**      and after a signature ("Venlig hilsen", name, optional title);
**   5. per document: join lines into paragraphs (words hyphenated across lines
**      are rejoined), parse annex rows and <p> cells, build Doc.text (paragraphs
**      separated by one blank line, no newline inside a paragraph), read the
**      metadata, add the nodes and pair the quotation marks.
**
** A quotation's attribution is the sentence that holds the opening mark, up to
** the mark; when that sentence names a provision but no act ("af § 4, at") the
** span reaches back to the nearest earlier sentence of the same row or answer
** that names one; when it names nothing ("Samtidig gælder, at", or the quotation
** opens the sentence), the citation right after the quotation is its attribution
** ("”...”, jf. LAB § 113, stk. 3", "”...” (§ 53, stk. 4, i lov om ...)"), else the
** previous quotation's attribution is reused when it stands in the same
** paragraph or the sentence says so ("Bestemmelsen fastslår desuden, at").
** Quotation marks of every kind pair within their family: ” “ „ » « " and the
** single ' ‘ ’ ‚ (a single mark that is never closed was an apostrophe).
**
** Every scan is linear in the input: line regexes only run on short lines,
** the intro regexes on a window around their key words, and the backward
** sentence scans of the attribution finder are capped.
*/
#define PCRE2_CODE_UNIT_WIDTH 8
#include "letter.h"
#include "danish.h"
#include "util.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------------------ */
/* Patterns: compiled once per letter_parse() call, with JIT. */

enum {
	RX_INTRO, RX_ASKER, RX_DATE, RX_QLABEL, RX_ALABEL, RX_JNR, RX_FURN, RX_CLOSING,
	RX_SALUT, RX_BILAG, RX_KILDER, RX_SIGTITLE, RX_COMMITTEE, RX_SOURCE, RX_ANAPH, RX_AGAIN,
	RX_ORDER_REF, RX_ORDER, RX_COUNT
};

static const char *const rx_src[RX_COUNT] = {
	/* "Beskæftigelsesudvalget har i brev af 3. juli 2017 stillet følgende
	** spørgsmål nr. 497 (alm. del)" */
	[RX_INTRO] =
	"(?: (?<committee> (?:Folketingets\\s+)? [\\w-]{0,60}udvalg(?:et)? ) \\s+ )?"
	"har \\s+ i \\s+ brev \\s+ af \\s+"
	"(?<d>\\d{1,2}) \\. \\s* (?<m>\\w+) \\s+ (?<y>\\d{4}) \\s+"
	"stillet \\s+ følgende \\s+ spørgsmål \\s+ nr\\. \\s* (?<q>\\d+)"
	"(?: \\s* \\( (?<case>[^()]{1,30}) \\) )?",
	/* "efter ønske fra Finn Sørensen (EL)" */
	[RX_ASKER] =
	"efter \\s+ ønske \\s+ fra \\s+ (?<asker>[^()\\n]{1,80}?) \\s* \\( (?<party>[^()\\n]{1,12}) \\)",
	/* a line holding only a date: "3. juni 2022", "3. juni" */
	[RX_DATE] =
	"^ (?<d>\\d{1,2}) \\. \\s* (?<m>januar|februar|marts|april|maj|juni|juli|august"
	"|september|oktober|november|december) (?: \\s+ (?<y>\\d{4}) )? \\s* \\.? $",
	[RX_QLABEL] = "^ spørgsmål \\s+ (?:nr\\. \\s*)? (?<n>\\d+) [^:\\n]{0,20} :",
	[RX_ALABEL] = "^ (?:(?:endeligt|supplerende|foreløbigt|uddybende) \\s+)? svar \\s* :",
	[RX_JNR] = "^ j \\. \\s* nr \\. \\s* :? \\s* (?<j> \\S (?:[^\\n]{0,40}\\S)? ) \\s* $",
	/* page furniture: letterhead contact lines, page numbers */
	[RX_FURN] =
	"^ (?: side \\s+ \\d+ \\s* (?:/|af) \\s* \\d+"
	"   | (?:cvr|ean|se) (?:-?nr\\.?)? \\s* :? \\s* \\d[\\d\\s]*"
	"   | (?:t|f|tlf\\.?|telefon|fax|direkte) \\s* :? \\s* \\+? \\d[\\d\\s]*"
	"   | (?:e|e-?mail|mail) \\s* :? \\s* \\S+@\\S+"
	"   | (?:https?://)? www\\.\\S+"
	"   ) $",
	[RX_CLOSING] = "^ (?:med \\s+)? (?:venlig|kærlig|venligst) \\s+ hilsen \\b",
	[RX_SALUT] = "^ Kære \\s+ (?<who>\\S[^\\n]*) $",
	[RX_BILAG] = "^ bilag \\s+ \\d+ \\b",
	[RX_KILDER] = "^ (?:kilder|kildeliste|links|henvisninger) \\s* :? $",
	[RX_SIGTITLE] = "minister|direktør|chef|ordfører|sekretær|formand",
	[RX_COMMITTEE] = "^ (?<c> (?:Folketingets\\s+)? [\\w-]{0,60}udvalg(?:et)? ) $",
	/* the text names a source: an act, an order, a guideline, an abbreviation */
	[RX_SOURCE] =
	"(?i: \\b (?:lov|lovbekendtgørelse|bekendtgørelse|bekendtgørelsen|vejledning|vejledningen"
	"   |skrivelse|skrivelsen|cirkulære|cirkulæret|aftale|aftalen|betænkning|betænkningen"
	"   |direktiv|direktivet|forordning|forordningen) \\s+ (?:om|til) \\b )"
	"| (?i: \\b (?:lov|lovbekendtgørelse|bekendtgørelse) \\s+ nr\\. \\s* \\d+ )"
	"| (?i: \\b \\w+lov(?:en|ens)? \\b )"
	"| \\b [A-ZÆØÅ]{2,6} \\b"
	"| (?i: \\b spørgsmål \\s+ nr\\. )",
	/* the text points at a provision or part without naming the source */
	[RX_ANAPH] =
	"§ | (?i: \\b (?:vejledningen|vejledningens|skrivelsen|skrivelsens|bekendtgørelsen"
	"   |bekendtgørelsens|loven|lovens|aftalen|aftalens|stk|pkt|punkt|afsnit|indledning"
	"   |indledningen|bilag) \\b )",
	/* the text says the words are from the source just named: "Bestemmelsen
	** fastslår desuden, at", "Det fremgår videre, at", "Af samme bestemmelse" */
	[RX_AGAIN] =
	"(?i: \\b (?:bestemmelse\\w* | paragraf\\w* | heraf | heri | samme | fremgår | følger"
	"   | fastslår | fastsætter | bestemmer) \\b )",
	/* "bekendtgørelsens § 2" points back at an executive order ... */
	[RX_ORDER_REF] = "(?i: \\b bekendtgørelsens? \\b )",
	/* ... named as one: "bekendtgørelse nr. 2409", "bekendtgørelse om ..." */
	[RX_ORDER] = "(?i: \\b bekendtgørelse \\s+ (?: nr\\. | om \\b ) )",
};

/* Patterns matched case-sensitively (the rest are caseless). */
static int rx_case_sensitive(int id) {
	return id == RX_SALUT || id == RX_COMMITTEE || id == RX_SOURCE || id == RX_ANAPH ||
	       id == RX_AGAIN || id == RX_ORDER_REF || id == RX_ORDER ||
	       id == RX_INTRO || id == RX_ASKER;
}

typedef struct Rx {
	pcre2_code *re[RX_COUNT];
	pcre2_match_data *md;
	const char *subject;     /* of the last successful match */
} Rx;

static void rx_close(Rx *rx) {
	for (int i = 0; i < RX_COUNT; i++) pcre2_code_free(rx->re[i]);
	pcre2_match_data_free(rx->md);
}

static int rx_open(Rx *rx, char **err) {
	memset(rx, 0, sizeof *rx);
	for (int i = 0; i < RX_COUNT; i++) {
		int ec;
		PCRE2_SIZE eo;
		uint32_t opt = PCRE2_UTF | PCRE2_UCP | PCRE2_EXTENDED;
		if (!rx_case_sensitive(i)) opt |= PCRE2_CASELESS;
		rx->re[i] = pcre2_compile((PCRE2_SPTR)rx_src[i], PCRE2_ZERO_TERMINATED, opt, &ec, &eo, NULL);
		if (!rx->re[i]) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(ec, msg, sizeof msg);
			*err = xprintf("letter pattern %d does not compile at offset %zu: %s", i, (size_t)eo,
			               (char *)msg);
			rx_close(rx);
			return LG_ERROR;
		}
		pcre2_jit_compile(rx->re[i], PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
	}
	rx->md = pcre2_match_data_create(32, NULL);
	return LG_OK;
}

/* 1 when pattern id matches s[0..n); the groups stay readable with rx_group(). */
static int rx_match(Rx *rx, int id, const char *s, size_t n) {
	int rc = pcre2_match(rx->re[id], (PCRE2_SPTR)(s ? s : ""), n, 0, 0, rx->md, NULL);
	rx->subject = s;
	return rc >= 0;
}

/* Span of the whole match (group "") or a named group of the last match. */
static int rx_group(Rx *rx, int id, const char *name, size_t *start, size_t *len) {
	int num = 0;
	if (name && *name) {
		num = pcre2_substring_number_from_name(rx->re[id], (PCRE2_SPTR)name);
		if (num < 0) return 0;
	}
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx->md);
	if ((uint32_t)num >= pcre2_get_ovector_count(rx->md) || ov[2 * num] == PCRE2_UNSET) return 0;
	*start = ov[2 * num];
	*len = ov[2 * num + 1] - ov[2 * num];
	return 1;
}

static char *rx_dup(Rx *rx, int id, const char *name) {
	size_t st, len;
	if (!rx_group(rx, id, name, &st, &len)) return NULL;
	return xstrndup(rx->subject + st, len);
}

/* ------------------------------------------------------------------------ */
/* Character helpers (UTF-8, Latin-1 letters are enough for Danish). */

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

enum { CH_OTHER, CH_LOWER, CH_UPPER, CH_DIGIT, CH_QUOTE };

/* Class of the code point starting at s[i] (i < n). */
static int cp_class_at(const char *s, size_t i, size_t n) {
	unsigned char c = (unsigned char)s[i];
	if (c >= 'a' && c <= 'z') return CH_LOWER;
	if (c >= 'A' && c <= 'Z') return CH_UPPER;
	if (c >= '0' && c <= '9') return CH_DIGIT;
	if (c == '"') return CH_QUOTE;
	if (i + 1 < n) {
		unsigned char d = (unsigned char)s[i + 1];
		if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) return CH_UPPER;
		if (c == 0xC3 && d >= 0x9F && d <= 0xBF && d != 0xB7) return CH_LOWER;
		if (c == 0xC2 && (d == 0xAB || d == 0xBB)) return CH_QUOTE;
	}
	if (i + 2 < n && c == 0xE2 && (unsigned char)s[i + 1] == 0x80) {
		unsigned char e = (unsigned char)s[i + 2];
		if (e == 0x9C || e == 0x9D || e == 0x9E) return CH_QUOTE;
	}
	return CH_OTHER;
}

/* Class of the code point that ends just before s[i] (i > 0). */
static int cp_class_before(const char *s, size_t i) {
	size_t k = i - 1;
	while (k > 0 && i - k < 4 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
	return cp_class_at(s, k, i);
}

/* Number of code points in s[0..n). */
static size_t cp_count(const char *s, size_t n) {
	size_t k = 0;
	for (size_t i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

/* Moves i back to the start of the code point it is in. */
static size_t cp_floor(const char *s, size_t i) {
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
	return i;
}

/* ------------------------------------------------------------------------ */
/* Stage 1-3: lines. */

enum {
	L_TEXT, L_FURN, L_LETTERHEAD, L_HEADING, L_BILAG, L_DATE, L_JNR, L_QLABEL, L_ALABEL,
	L_SALUT, L_CLOSING, L_KILDER, L_LINK, L_TABSEP, L_TABLE
};

typedef struct Line {
	const char *raw;     /* without leading spaces and trailing blanks */
	size_t rawn;
	size_t c_off, c_len; /* the cleaned text in the arena */
	int blank_before;    /* blank lines before it (after the layout pass: 0 or 1) */
	int lead;            /* began with a space */
	int heading;         /* began with "#" */
	int bold;            /* was one "**...**" span */
	int cls;             /* L_* */
	size_t label_len;    /* L_QLABEL / L_ALABEL: bytes of the label in the cleaned text */
} Line;

typedef struct Lines {
	Line *v;
	int n, cap;
	Buf arena;           /* cleaned texts */
} Lines;

static const char *ltext(const Lines *ls, const Line *l) { return ls->arena.s + l->c_off; }

/* Appends s[0..n) to b with markdown removed ("**", "[t](u)" -> "t", "\(" -> "("),
** tabs as spaces, runs of spaces collapsed, and HTML <p>/<br> tags as spaces. */
static void clean_into(Buf *b, const char *s, size_t n) {
	size_t i = 0;
	int space = b->n == 0 || b->s[b->n - 1] == ' ';
	while (i < n) {
		char c = s[i];
		if (c == '*' && i + 1 < n && s[i + 1] == '*') { i += 2; continue; }
		if (c == '\\' && i + 1 < n && s[i + 1] && strchr("()[]*_#\\.-", s[i + 1])) {
			c = s[i + 1];
			i++;
		} else if (c == '\\' && i + 1 < n && s[i + 1] == 'n') {
			/* a literal "\n" left by the converter inside link texts */
			c = ' ';
			i++;
		} else if (c == ']' && i + 1 < n && s[i + 1] == '(') {
			/* end of a markdown link text: skip "(url)" */
			const char *close = memchr(s + i + 2, ')', n - i - 2);
			if (close && close - (s + i) < 400) { i = (size_t)(close - s) + 1; continue; }
		} else if (c == '[') {
			/* start of a link text only when "](" follows on the line */
			const char *rb = memchr(s + i + 1, ']', n - i - 1 < 400 ? n - i - 1 : 400);
			if (rb && (size_t)(rb - s) + 1 < n && rb[1] == '(') { i++; continue; }
		} else if (c == '<') {
			static const char *const tags[] = {"<p>", "</p>", "<br>", "<br/>", "<br />", "<P>", "</P>"};
			int hit = 0;
			for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
				size_t tl = strlen(tags[t]);
				if (i + tl <= n && memcmp(s + i, tags[t], tl) == 0) { i += tl; hit = 1; break; }
			}
			if (hit) { c = ' '; i--; }
		} else if (c == '&' && i + 5 <= n && memcmp(s + i, "&amp;", 5) == 0) {
			i += 4;
		} else if (c == '&' && i + 6 <= n && memcmp(s + i, "&nbsp;", 6) == 0) {
			i += 5;
			c = ' ';
		}
		if (is_space(c) || c == '\n' || c == 0) c = ' ';
		if (c == ' ') {
			if (!space) buf_putc(b, ' ');
			space = 1;
		} else {
			buf_putc(b, c);
			space = 0;
		}
		i++;
	}
	while (b->n > 0 && b->s[b->n - 1] == ' ') b->s[--b->n] = 0;
}

static void lines_split(Lines *ls, const char *buf, size_t n) {
	size_t i = 0;
	int blanks = 0;
	while (i < n) {
		const char *nl = memchr(buf + i, '\n', n - i);
		size_t e = nl ? (size_t)(nl - buf) : n;
		size_t a = i, z = e;
		while (z > a && (buf[z - 1] == ' ' || buf[z - 1] == '\r' || buf[z - 1] == '\f' ||
		                 buf[z - 1] == '\v'))
			z--;
		int lead = a < z && buf[a] == ' ';
		while (a < z && (buf[a] == ' ' || buf[a] == '\r')) a++;
		int only_tabs = 1;
		for (size_t k = a; k < z && only_tabs; k++) only_tabs = buf[k] == '\t';
		if (a == z || only_tabs) {
			blanks++;
		} else {
			if (ls->n == ls->cap) {
				ls->cap = ls->cap ? ls->cap * 2 : 256;
				ls->v = xrealloc(ls->v, (size_t)ls->cap * sizeof *ls->v);
			}
			Line *l = &ls->v[ls->n++];
			memset(l, 0, sizeof *l);
			l->raw = buf + a;
			l->rawn = z - a;
			l->blank_before = blanks;
			l->lead = lead;
			blanks = 0;
			const char *s = l->raw;
			size_t m = l->rawn;
			if (s[0] == '#') {
				size_t h = 0;
				while (h < m && s[h] == '#') h++;
				if (h < m && s[h] == ' ') { l->heading = 1; s += h; m -= h; }
			}
			while (m > 0 && *s == ' ') { s++; m--; }
			l->bold = m > 4 && s[0] == '*' && s[1] == '*' && s[m - 1] == '*' && s[m - 2] == '*';
			l->c_off = ls->arena.n;
			clean_into(&ls->arena, s, m);
			l->c_len = ls->arena.n - l->c_off;
			buf_putc(&ls->arena, 0);
		}
		i = nl ? e + 1 : n;
	}
}

/* Ends like a wrapped line in the middle of a sentence ("... ressource-", "den,"). */
static int ends_midsentence(const char *s, size_t n) {
	if (!n) return 0;
	char c = s[n - 1];
	if (c == ',' || c == '-') return 1;
	return cp_class_before(s, n) == CH_LOWER;
}

/* Detects the style with a blank line between every line and rewrites
** blank_before to 0 (same paragraph, if nothing else says otherwise) or 1. */
static int layout_doubled(Lines *ls) {
	int cont_blank = 0, cont_direct = 0;
	for (int i = 0; i + 1 < ls->n; i++) {
		Line *a = &ls->v[i], *b = &ls->v[i + 1];
		if (!ends_midsentence(ltext(ls, a), a->c_len) || !b->c_len) continue;
		if (cp_class_at(ltext(ls, b), 0, b->c_len) != CH_LOWER) continue;
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

/* The usual width (code points) of wrapped lines; 0 when lines are not wrapped. */
static size_t layout_width(const Lines *ls) {
	size_t w = 0;
	for (int i = 0; i < ls->n; i++) {
		const Line *l = &ls->v[i];
		if (l->c_len < 20 || l->c_len > 200) continue;
		size_t k = cp_count(ltext(ls, l), l->c_len);
		if (k > w) w = k;
	}
	return w;
}

static int looks_addressy(Rx *rx, const char *s, size_t n) {
	if (n == 0 || n > 50) return 0;
	if (rx_match(rx, RX_FURN, s, n)) return 1;
	if (rx_match(rx, RX_DATE, s, n) || rx_match(rx, RX_JNR, s, n)) return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9') return 1;
	return memchr(s, '@', n) != NULL;
}

/* A short line of an address: a street and number, a postcode and town. */
static int furn_address(Rx *rx, const char *s, size_t n) {
	if (n == 0 || n > 40 || cp_class_at(s, 0, n) == CH_LOWER || memmem(s, n, "§", 2)) return 0;
	if (strchr(".,:;?!", s[n - 1]) || rx_match(rx, RX_DATE, s, n)) return 0;
	return looks_addressy(rx, s, n);
}

static int is_tabsep(const char *s, size_t n) {
	int dash = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-' || s[i] == ':' || s[i] == '|') dash = 1;
		else if (s[i] != '\t' && s[i] != ' ') return 0;
	}
	return dash;
}

static void lines_classify(Rx *rx, Lines *ls) {
	int in_letterhead = 0;
	for (int i = 0; i < ls->n; i++) {
		Line *l = &ls->v[i];
		const char *s = ltext(ls, l);
		size_t n = l->c_len;
		int short_ = n <= 400;
		l->cls = L_TEXT;
		if (memchr(l->raw, '\t', l->rawn)) {
			l->cls = is_tabsep(l->raw, l->rawn) ? L_TABSEP : L_TABLE;
			in_letterhead = 0;
			continue;
		}
		if (in_letterhead) {
			if (looks_addressy(rx, s, n)) { l->cls = L_FURN; continue; }
			in_letterhead = 0;
		}
		if (n == 0) { l->cls = L_FURN; continue; }
		if (!short_) continue;
		if (l->bold && !l->heading && i + 1 < ls->n) {
			const Line *nx = &ls->v[i + 1];
			if (looks_addressy(rx, ltext(ls, nx), nx->c_len)) {
				l->cls = L_LETTERHEAD;
				in_letterhead = 1;
				continue;
			}
		}
		if (rx_match(rx, RX_BILAG, s, n) && (l->heading || l->bold)) l->cls = L_BILAG;
		else if (l->heading) l->cls = L_HEADING;
		else if (rx_match(rx, RX_FURN, s, n)) l->cls = L_FURN;
		else if (rx_match(rx, RX_DATE, s, n)) l->cls = L_DATE;
		else if (rx_match(rx, RX_JNR, s, n)) l->cls = L_JNR;
		else if (rx_match(rx, RX_QLABEL, s, n)) {
			size_t st, len;
			rx_group(rx, RX_QLABEL, "", &st, &len);
			l->cls = L_QLABEL;
			l->label_len = st + len;
		} else if (rx_match(rx, RX_ALABEL, s, n)) {
			size_t st, len;
			rx_group(rx, RX_ALABEL, "", &st, &len);
			l->cls = L_ALABEL;
			l->label_len = st + len;
		} else if (rx_match(rx, RX_SALUT, s, n)) l->cls = L_SALUT;
		else if (rx_match(rx, RX_CLOSING, s, n)) l->cls = L_CLOSING;
		else if (rx_match(rx, RX_KILDER, s, n)) l->cls = L_KILDER;
		else if (l->raw[0] == '[' && l->rawn > 4 && memmem(l->raw, l->rawn, "](", 2) &&
		         l->raw[l->rawn - 1] == ')')
			l->cls = L_LINK;
		else if (rx_match(rx, RX_BILAG, s, n) && n < 200 && i == 0) l->cls = L_BILAG;
	}
	/* the sender's address beside a page number or contact line ("Holmens Kanal
	** 20", "1060 København K" next to "T +45 ...", "Side 1/2") is furniture too */
	for (int pass = 0; pass < 2; pass++)
		for (int k = 0; k < ls->n; k++) {
			int i = pass ? ls->n - 1 - k : k;
			int nb = pass ? i + 1 : i - 1;
			if (nb < 0 || nb >= ls->n || ls->v[nb].cls != L_FURN || !ls->v[nb].c_len) continue;
			Line *l = &ls->v[i];
			if (l->cls == L_TEXT && furn_address(rx, ltext(ls, l), l->c_len)) l->cls = L_FURN;
		}
}

/* ------------------------------------------------------------------------ */
/* Stage 4: documents. */

typedef struct Seg { int a, b; } Seg;

/* A line that shows a document has begun in earnest. */
static int is_body(const Line *l) {
	if (l->cls == L_TABLE || l->cls == L_CLOSING || l->cls == L_QLABEL || l->cls == L_SALUT)
		return 1;
	return l->cls == L_TEXT && l->c_len >= 60;
}

static int is_sig_title(Rx *rx, const Lines *ls, const Line *l) {
	const char *s = ltext(ls, l);
	return l->cls == L_TEXT && l->c_len < 60 && !memchr(s, '.', l->c_len) &&
	       rx_match(rx, RX_SIGTITLE, s, l->c_len);
}

static int split_docs(Rx *rx, const Lines *ls, Seg **out) {
	Seg *v = NULL;
	int nv = 0, cap = 0;
	int start = 0, body = 0, sig = 0; /* sig: 1 after "Venlig hilsen", 2 after the name, 3 after a title */
	for (int i = 0; i <= ls->n; i++) {
		int cut = i == ls->n;
		const Line *l = i < ls->n ? &ls->v[i] : NULL;
		if (l && l->cls != L_FURN) {
			if (sig == 2 && is_sig_title(rx, ls, l)) { sig = 3; continue; }
			if (sig >= 2) cut = 1;
			if ((l->cls == L_BILAG || l->cls == L_LETTERHEAD) && body) cut = 1;
		}
		if (cut && i > start) {
			if (nv == cap) {
				cap = cap ? cap * 2 : 4;
				v = xrealloc(v, (size_t)cap * sizeof *v);
			}
			v[nv].a = start;
			v[nv].b = i;
			nv++;
			start = i;
			body = sig = 0;
		}
		if (!l) break;
		if (l->cls == L_CLOSING) sig = 1;
		else if (sig == 1 && l->cls != L_FURN) sig = 2;
		if (is_body(l)) body = 1;
	}
	/* A tail without a body of its own (a second signatory, a stray line) stays
	** with the document before it. */
	int m = 0;
	for (int k = 0; k < nv; k++) {
		int has = 0;
		for (int i = v[k].a; i < v[k].b && !has; i++) has = is_body(&ls->v[i]);
		if (m > 0 && !has) v[m - 1].b = v[k].b;
		else v[m++] = v[k];
	}
	*out = v;
	return m;
}

/* ------------------------------------------------------------------------ */
/* Stage 5: blocks (paragraphs) of one document. */

enum {
	BK_TEXT, BK_HEADING, BK_DATE, BK_JNR, BK_QLABEL, BK_ALABEL, BK_SALUT, BK_CLOSING,
	BK_SIGN, BK_GROUP, BK_TOPIC, BK_CELL
};

typedef struct Block {
	int kind;
	Buf t;
	int row;             /* BK_TOPIC, BK_CELL: the row number */
	int node;            /* the node the block's text belongs to, -1 none */
	size_t start, end;   /* span in Doc.text */
	size_t prev_w;       /* BK_TEXT: code points of the last line joined */
	int prev_ends;       /* BK_TEXT: the last line joined ends a sentence */
} Block;

typedef struct Blocks {
	Block *v;
	int n, cap;
	int rows;
} Blocks;

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

static void blocks_free(Blocks *bs) {
	for (int i = 0; i < bs->n; i++) buf_free(&bs->v[i].t);
	free(bs->v);
	memset(bs, 0, sizeof *bs);
}

static int starts_conj(const char *s, size_t n) {
	static const char *const w[] = {"og", "eller", "samt", "and", "or"};
	for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
		size_t l = strlen(w[k]);
		if (n >= l && memcmp(s, w[k], l) == 0 && (n == l || s[l] == ' ' || s[l] == ','))
			return 1;
	}
	return 0;
}

/* Appends a wrapped line to a paragraph, rejoining a word hyphenated across
** the line end: "Søren-" + "sen" -> "Sørensen"; "LAB-" + "sager" -> "LAB-sager";
** "sundheds-" + "og" -> "sundheds- og"; "tiltag -" + "fx" -> "tiltag - fx". */
static void para_join(Buf *b, const char *s, size_t n) {
	if (!n) return;
	if (b->n == 0) { buf_add(b, s, n); return; }
	if (b->s[b->n - 1] == '-' && b->n >= 2 && b->s[b->n - 2] != ' ' && !starts_conj(s, n)) {
		int before = cp_class_before(b->s, b->n - 1);
		int after = cp_class_at(s, 0, n);
		if (before == CH_LOWER && after == CH_LOWER) {
			b->s[--b->n] = 0;
			buf_add(b, s, n);
			return;
		}
		if ((before == CH_LOWER || before == CH_UPPER || before == CH_DIGIT) &&
		    (after == CH_LOWER || after == CH_UPPER || after == CH_DIGIT)) {
			buf_add(b, s, n);
			return;
		}
	}
	buf_putc(b, ' ');
	buf_add(b, s, n);
}

static int ends_sentence(const char *s, size_t n) {
	if (!n) return 0;
	char c = s[n - 1];
	if (c == '.' || c == '?' || c == '!' || c == ':') return 1;
	if (cp_class_before(s, n) == CH_QUOTE && n >= 4) {
		size_t k = cp_floor(s, n - 1);
		return k > 0 && strchr(".?!", s[k - 1]) != NULL;
	}
	return 0;
}

/* Parses the cells of an annex row: "<p>a</p> <p>b</p>" -> "a", "b"; text
** outside <p> tags is a cell of its own. Calls add(ctx, text, n) for each. */
static void parse_cells(const char *s, size_t n, void (*add)(void *, const char *, size_t), void *ctx) {
	size_t i = 0;
	Buf c = BUF_INIT;
	while (i < n) {
		const char *p = memmem(s + i, n - i, "<p>", 3);
		size_t stop = p ? (size_t)(p - s) : n;
		buf_reset(&c);
		clean_into(&c, s + i, stop - i);
		if (c.n) add(ctx, c.s, c.n);
		if (!p) break;
		size_t a = stop + 3;
		const char *q = memmem(s + a, n - a, "</p>", 4);
		size_t z = q ? (size_t)(q - s) : n;
		buf_reset(&c);
		clean_into(&c, s + a, z - a);
		if (c.n) add(ctx, c.s, c.n);
		i = q ? z + 4 : n;
	}
	buf_free(&c);
}

typedef struct CellCtx {
	Blocks *bs;
	int row;
	int first;           /* the next cell is the first of a continuation line */
	int cont;            /* this line continues the previous row */
} CellCtx;

static void add_cell(void *vctx, const char *s, size_t n) {
	CellCtx *cx = vctx;
	Blocks *bs = cx->bs;
	if (cx->first && cx->cont && bs->n > 0 && bs->v[bs->n - 1].kind == BK_CELL &&
	    cp_class_at(s, 0, n) == CH_LOWER) {
		para_join(&bs->v[bs->n - 1].t, s, n); /* a cell cut by the page break */
	} else {
		Block *b = blk_new(bs, BK_CELL);
		b->row = cx->row;
		buf_add(&b->t, s, n);
	}
	cx->first = 0;
}

static void table_line(Blocks *bs, const Line *l) {
	const char *tab = memchr(l->raw, '\t', l->rawn);
	size_t tn = (size_t)(tab - l->raw);
	const char *cells = tab + 1;
	size_t cn = l->rawn - tn - 1;
	Buf topic = BUF_INIT;
	clean_into(&topic, l->raw, tn);
	int has_cells = 0;
	for (size_t i = 0; i < cn && !has_cells; i++) has_cells = !is_space(cells[i]);
	CellCtx cx = {bs, bs->rows - 1, 1, 0};
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

static void build_blocks(const Lines *ls, Seg seg, int doubled, size_t width, int bilag, Blocks *bs) {
	Block *para = NULL;   /* the open BK_TEXT paragraph */
	int sig = 0, kilder = 0, gap = 0;
	for (int i = seg.a; i < seg.b; i++) {
		const Line *l = &ls->v[i];
		const char *s = ltext(ls, l);
		size_t n = l->c_len;
		if (kilder) {
			if (l->cls == L_LINK || l->cls == L_FURN) continue;
			kilder = 0;
		}
		if (l->cls == L_FURN) {
			/* a page number or the sender's address between two halves of a
			** sentence does not end it, blank lines around it or not */
			gap |= para != NULL;
			continue;
		}
		if (l->blank_before && !(gap && para && l->cls == L_TEXT && para->t.n &&
		                         ends_midsentence(para->t.s, para->t.n) &&
		                         cp_class_at(s, 0, n) == CH_LOWER))
			para = NULL;
		gap = 0;
		switch (l->cls) {
		case L_LETTERHEAD: case L_TABSEP:
			continue;
		case L_KILDER:
			kilder = 1;
			para = NULL;
			continue;
		case L_TABLE:
			if (bilag) {
				para = NULL;
				table_line(bs, l);
				continue;
			}
			break;
		case L_HEADING: case L_BILAG: case L_DATE: case L_JNR: case L_SALUT: case L_CLOSING: {
			static const int kind[] = {[L_HEADING] = BK_HEADING, [L_BILAG] = BK_HEADING,
			                           [L_DATE] = BK_DATE, [L_JNR] = BK_JNR,
			                           [L_SALUT] = BK_SALUT, [L_CLOSING] = BK_CLOSING};
			Block *b = blk_new(bs, kind[l->cls]);
			buf_add(&b->t, s, n);
			para = NULL;
			if (l->cls == L_CLOSING) sig = 1;
			continue;
		}
		case L_QLABEL: case L_ALABEL: {
			size_t k = l->label_len <= n ? l->label_len : n;
			Block *b = blk_new(bs, l->cls == L_QLABEL ? BK_QLABEL : BK_ALABEL);
			buf_add(&b->t, s, k);
			para = NULL;
			while (k < n && s[k] == ' ') k++;
			s += k;
			n -= k;
			if (!n) continue;
			break;
		}
		default:
			break;
		}
		if (sig) {
			/* every line after "Venlig hilsen" stands alone: name, title */
			Block *b = blk_new(bs, BK_SIGN);
			buf_add(&b->t, s, n);
			continue;
		}
		if (para) {
			/* a short line that ends a sentence, followed by a capital, ends the
			** paragraph where blank lines cannot tell (doubled style; or the
			** next line begins with a stray space) */
			int upper = cp_class_at(s, 0, n) == CH_UPPER || cp_class_at(s, 0, n) == CH_QUOTE;
			int short_ = width > 0 && para->prev_w * 10 < width * 7;
			if (para->prev_ends && upper && short_ && (doubled || l->lead)) para = NULL;
		}
		if (!para) para = blk_new(bs, BK_TEXT);
		para_join(&para->t, s, n);
		para->prev_w = cp_count(s, n);
		para->prev_ends = ends_sentence(s, n);
	}
	/* drop empty blocks */
	int m = 0;
	for (int i = 0; i < bs->n; i++) {
		if (bs->v[i].t.n) bs->v[m++] = bs->v[i];
		else buf_free(&bs->v[i].t);
	}
	bs->n = m;
}

/* Joins the blocks into Doc.text, one blank line between paragraphs. */
static void blocks_text(Doc *d, Blocks *bs) {
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

/* ------------------------------------------------------------------------ */
/* Quotations. */

typedef struct QRec {
	size_t open, close_end;     /* the marks, for skipping while scanning back */
	size_t attr_s, attr_e;
	int blk;
} QRec;

typedef struct QScan {
	Rx *rx;
	Doc *d;
	const Blocks *bs;
	int b0, b1;                 /* the group's blocks */
	size_t lo;                  /* the group's start in Doc.text */
	QRec *q;
	int nq, capq;
	size_t cap_local, cap_total;
	size_t fixed_s, fixed_e;    /* a fixed attribution (the question label) or fixed_e == 0 */
} QScan;

enum { QM_NONE, QM_OPEN, QM_CLOSE, QM_AMBIG };

/* The quotation mark at t[i], if any: its kind by shape and context, and length.
** *single: a single mark (' ‘ ’ ‚), which pairs only with single marks; ’ is
** also the apostrophe, so it only ever closes. is_open: a quotation of the same
** family is open. */
static int quote_mark(const char *t, size_t i, size_t lo, size_t hi, int is_open, size_t *len,
                      int *single) {
	unsigned char c = (unsigned char)t[i];
	int shape;  /* 0 both ways, 1 opening, 2 closing, 3 opening or (when open) closing,
	               4 closing or (when not open) opening, 5 opening or (when open) closing */
	*single = 0;
	if (c == '"') { *len = 1; shape = 0; }
	else if (c == '\'') { *len = 1; shape = 0; *single = 1; }
	else if (c == 0xC2 && i + 1 < hi && (unsigned char)t[i + 1] == 0xBB) { *len = 2; shape = 5; }
	else if (c == 0xC2 && i + 1 < hi && (unsigned char)t[i + 1] == 0xAB) { *len = 2; shape = 4; }
	else if (c == 0xE2 && i + 2 < hi && (unsigned char)t[i + 1] == 0x80) {
		unsigned char e = (unsigned char)t[i + 2];
		*len = 3;
		if (e == 0x9D) shape = 0;       /* ” */
		else if (e == 0x9E) shape = 1;  /* „ */
		else if (e == 0x9C) shape = 3;  /* “ */
		else if (e == 0x9A) { shape = 1; *single = 1; }  /* ‚ */
		else if (e == 0x98) { shape = 3; *single = 1; }  /* ‘ */
		else if (e == 0x99) { shape = 2; *single = 1; }  /* ’ */
		else return QM_NONE;
	} else
		return QM_NONE;
	size_t j = i + *len;
	int before_sp = i == lo || t[i - 1] == ' ' || t[i - 1] == '\n' || t[i - 1] == '(' ||
	                t[i - 1] == '[' || t[i - 1] == '/';
	int after_sp = j >= hi || t[j] == ' ' || t[j] == '\n' || strchr(".,;:!?)]", t[j]) != NULL;
	if (shape == 1) return QM_OPEN;
	if (shape == 2) return is_open && !before_sp ? QM_CLOSE : QM_NONE;
	if (shape == 3) return is_open ? QM_CLOSE : QM_OPEN;
	/* «...» (the other way round): « opens and » closes only where nothing else fits */
	if (shape == 4) return !is_open && before_sp && !after_sp ? QM_OPEN : QM_CLOSE;
	if (shape == 5) return is_open && !before_sp && after_sp ? QM_CLOSE : QM_OPEN;
	if (*single) {
		/* a straight ' is mostly an apostrophe: only clear openings and closings */
		if (!is_open) return before_sp && !after_sp ? QM_OPEN : QM_NONE;
		return !before_sp && after_sp ? QM_CLOSE : QM_NONE;
	}
	if (before_sp && !after_sp) return QM_OPEN;
	if (!before_sp && after_sp) return QM_CLOSE;
	return QM_AMBIG;
}

static int is_abbrev(const char *t, size_t lo, size_t dot) {
	static const char *const ab[] = {"jf", "jvf", "stk", "nr", "pkt", "bl.a", "f.eks", "m.v", "mv",
	                                 "m.m", "mm", "evt", "ca", "dvs", "inkl", "vedr", "kr", "mio",
	                                 "mia", "hhv", "pga", "iht", "ang", "alm", "tlf", "ff", "el",
	                                 "f", "s", "a", "if", "ifm", "o.l", "lign", "bek", "lbk", "nb"};
	size_t a = dot;
	while (a > lo && dot - a < 8 && t[a - 1] != ' ' && t[a - 1] != '\n' && t[a - 1] != '(') a--;
	size_t n = dot - a;
	for (size_t k = 0; k < sizeof ab / sizeof *ab; k++)
		if (strlen(ab[k]) == n && strncasecmp(ab[k], t + a, n) == 0) return 1;
	return 0;
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
		    (cp_class_at(t, i, qs->d->text_len) == CH_UPPER ||
		     cp_class_at(t, i, qs->d->text_len) == CH_QUOTE) &&
		    !is_abbrev(t, lo, i - 2))
			break;
		i--;
		if (pos - i >= cap) { i = cp_floor(t, i); break; }
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

/* The attribution after a quotation whose own sentence names no source:
** "”...”, jf. LAB § 113, stk. 3." or "”...” (§ 53, stk. 4, i lov om ...)": from
** "jf." or "(" to the end of the parenthesis or sentence, when it names a
** provision or a source. "jf. dog" points elsewhere and is not one. */
static int attribute_after(const QScan *qs, size_t close_end, size_t *as, size_t *ae) {
	const char *t = qs->d->text;
	size_t hi = qs->bs->v[qs->b1 - 1].end, p = close_end;
	if (p < hi && (t[p] == ',' || t[p] == ';')) p++;
	while (p < hi && t[p] == ' ') p++;
	int paren = p < hi && t[p] == '(';
	size_t s = paren ? p + 1 : p;
	while (s < hi && t[s] == ' ') s++;
	size_t jf = s + 3 <= hi && !strncmp(t + s, "jf.", 3) ? 3
	            : s + 4 <= hi && !strncmp(t + s, "jvf.", 4) ? 4 : 0;
	if (!paren && !jf) return 0;
	if (jf && s + jf + 4 <= hi && !strncmp(t + s + jf, " dog", 4)) return 0;
	size_t e = s;
	for (; e < hi && e - s < 300 && t[e] != '\n'; e++) {
		if (paren && t[e] == ')') break;
		if (!paren && (t[e] == ';' || t[e] == ')')) break;
		if (!paren && t[e] == '.' && (e + 1 >= hi || t[e + 1] == '\n' ||
		                             (t[e + 1] == ' ' && e + 2 < hi &&
		                              (cp_class_at(t, e + 2, hi) == CH_UPPER ||
		                               cp_class_at(t, e + 2, hi) == CH_QUOTE))) &&
		    !is_abbrev(t, s, e))
			break;
	}
	if (paren && (e >= hi || t[e] != ')')) return 0;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == ',')) e--;
	if (e <= s || (!memmem(t + s, e - s, "§", 2) && !rx_match(qs->rx, RX_SOURCE, t + s, e - s)))
		return 0;
	*as = s;
	*ae = e;
	return 1;
}

static void attribute(QScan *qs, size_t open, size_t close_end, int blk, size_t *as, size_t *ae) {
	const char *t = qs->d->text;
	size_t e = open;
	while (e > qs->lo && (t[e - 1] == ' ' || t[e - 1] == '\n')) e--;
	size_t s = sent_start(qs, open, qs->lo, qs->cap_local);
	if (s > e) s = e;
	*as = s;
	*ae = e;
	if (qs->fixed_e) {
		*as = qs->fixed_s;
		*ae = qs->fixed_e;
		return;
	}
	if (rx_match(qs->rx, RX_SOURCE, t + s, e - s)) return;
	if (rx_match(qs->rx, RX_ANAPH, t + s, e - s)) {
		/* names a provision or part only: reach back to the sentence naming the source
		** (for "bekendtgørelsens § 2", the one naming an executive order) */
		int order = rx_match(qs->rx, RX_ORDER_REF, t + s, e - s);
		size_t cur = s;
		for (int step = 0; step < 6 && cur > qs->lo && open - cur < qs->cap_total; step++) {
			size_t p = cur;
			while (p > qs->lo && (t[p - 1] == ' ' || t[p - 1] == '\n')) p--;
			if (p <= qs->lo) break;
			size_t s2 = sent_start(qs, p, qs->lo, qs->cap_local);
			if (s2 >= cur) break;
			size_t z = before_quote(qs, s2, p);
			cur = s2;
			if (z > s2 && rx_match(qs->rx, order ? RX_ORDER : RX_SOURCE, t + s2, z - s2)) {
				*as = s2;
				return;
			}
		}
		return;
	}
	/* names nothing ("Samtidig gælder, at", or the quotation opens the sentence):
	** the citation after it, else the previous attribution when the quotation
	** stands in the same paragraph or the text says it is from the same source */
	if (attribute_after(qs, close_end, as, ae)) return;
	if (qs->nq > 0 && (qs->q[qs->nq - 1].blk == blk || rx_match(qs->rx, RX_AGAIN, t + s, e - s))) {
		*as = qs->q[qs->nq - 1].attr_s;
		*ae = qs->q[qs->nq - 1].attr_e;
	}
}

static int block_at(const QScan *qs, size_t pos, int from) {
	int b = from;
	while (b + 1 < qs->b1 && qs->bs->v[b].end < pos) b++;
	return b;
}

static void record(QScan *qs, size_t open, size_t open_len, size_t close, size_t close_end, int blk) {
	const char *t = qs->d->text;
	size_t s = open + open_len, e = close;
	while (s < e && (t[s] == ' ' || t[s] == '\n')) s++;
	while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n')) e--;
	if (s >= e) return;
	size_t as, ae;
	attribute(qs, open, close_end, blk, &as, &ae);
	int node = qs->bs->v[blk].node >= 0 ? qs->bs->v[blk].node : 0;
	doc_add_quote(qs->d, node, s, e, as, ae);
	if (qs->nq == qs->capq) {
		qs->capq = qs->capq ? qs->capq * 2 : 16;
		qs->q = xrealloc(qs->q, (size_t)qs->capq * sizeof *qs->q);
	}
	QRec *r = &qs->q[qs->nq++];
	r->open = open;
	r->close_end = close_end;
	r->attr_s = as;
	r->attr_e = ae;
	r->blk = blk;
}

/* Whether a single quotation mark opening before t[i] is closed before hi: a
** single mark that is never closed was an apostrophe. */
static int single_closes(const char *t, size_t i, size_t hi) {
	for (size_t k = i; k < hi; k++) {
		unsigned char c = (unsigned char)t[k];
		if (c != '\'' && c != 0xE2) continue;
		size_t len = 0;
		int single = 0;
		if (quote_mark(t, k, i, hi, 1, &len, &single) == QM_CLOSE && single) return 1;
	}
	return 0;
}

/* Pairs the quotation marks of blocks [b0, b1) (one row, one answer, one
** letter body) in order and records a Quote for each pair. A quotation left
** open ends with the paragraph it opened in. Marks of the other family inside
** a quotation (a single quotation inside a double one) are its text. */
static void scan_quotes(Rx *rx, Doc *d, const Blocks *bs, int b0, int b1, size_t fixed_s, size_t fixed_e) {
	if (b0 >= b1) return;
	QScan qs = {rx, d, bs, b0, b1, bs->v[b0].start, NULL, 0, 0, 600, 2400, fixed_s, fixed_e};
	const char *t = d->text;
	size_t hi = bs->v[b1 - 1].end;
	/* many quotation marks in little text: keep the backward scans short */
	size_t marks = 0;
	for (size_t i = qs.lo; i + 2 < hi; i++) {
		unsigned char c = (unsigned char)t[i], n1 = (unsigned char)t[i + 1];
		marks += c == '"' || (c == 0xC2 && (n1 == 0xAB || n1 == 0xBB)) ||
		         (c == 0xE2 && n1 == 0x80 && ((unsigned char)t[i + 2] & 0xFC) == 0x9C);
	}
	if (marks * 64 > hi - qs.lo) { qs.cap_local = 64; qs.cap_total = 128; }
	int open = 0, osingle = 0, oblk = b0;
	size_t opos = 0, olen = 0;
	int b = b0;
	for (size_t i = qs.lo; i < hi; i++) {
		unsigned char c = (unsigned char)t[i];
		if (c != '"' && c != '\'' && c != 0xC2 && c != 0xE2) continue;
		size_t len = 0;
		int single = 0;
		b = block_at(&qs, i, b);
		int kind = quote_mark(t, i, bs->v[b].start, bs->v[b].end, open, &len, &single);
		if (kind == QM_NONE) continue;
		i += len - 1;
		if (open && single != osingle) continue;
		if (kind == QM_AMBIG) kind = open ? QM_CLOSE : QM_OPEN;
		if (kind == QM_OPEN && single && !single_closes(t, i + 1, bs->v[b].end)) continue;
		if (kind == QM_OPEN) {
			if (open) record(&qs, opos, olen, bs->v[oblk].end, bs->v[oblk].end, oblk);
			open = 1;
			osingle = single;
			opos = i + 1 - len;
			olen = len;
			oblk = b;
		} else if (open) {
			record(&qs, opos, olen, i + 1 - len, i + 1, oblk);
			open = 0;
		}
	}
	if (open) record(&qs, opos, olen, bs->v[oblk].end, bs->v[oblk].end, oblk);
	free(qs.q);
}

/* ------------------------------------------------------------------------ */
/* Metadata and nodes. */

typedef struct Meta {
	int has_own_date;       /* a date line of its own */
	int y, m, dd;           /* the date found (y == 0: no year) */
} Meta;

static char *fmt_date(int y, int m, int dd) { return xprintf("%04d-%02d-%02d", y, m, dd); }

/* Reads a date from the match of RX_DATE or RX_INTRO. */
static void date_from(Rx *rx, int id, const char *s, int *y, int *m, int *dd) {
	size_t st, len;
	*y = *m = *dd = 0;
	if (rx_group(rx, id, "m", &st, &len)) *m = danish_month(s + st, len);
	if (rx_group(rx, id, "d", &st, &len)) {
		int v = 0;
		for (size_t k = 0; k < len; k++) v = v * 10 + (s[st + k] - '0');
		*dd = v;
	}
	if (rx_group(rx, id, "y", &st, &len)) {
		int v = 0;
		for (size_t k = 0; k < len; k++) v = v * 10 + (s[st + k] - '0');
		*y = v;
	}
	if (*m == 0 || *dd < 1 || *dd > 31) *y = *m = *dd = 0;
}

/* A window of the text around the first occurrence of key, snapped to code points. */
static int window(const Doc *d, const char *key, size_t before, size_t after, size_t *ws, size_t *wn) {
	const char *p = memmem(d->text, d->text_len, key, strlen(key));
	if (!p) return 0;
	size_t at = (size_t)(p - d->text);
	size_t s = at > before ? at - before : 0;
	size_t e = at + after < d->text_len ? at + after : d->text_len;
	/* start at a word boundary, so that a name is not cut */
	for (size_t k = 0; k < 100 && s > 0 && d->text[s - 1] != ' ' && d->text[s - 1] != '\n'; k++) s--;
	s = cp_floor(d->text, s);
	e = cp_floor(d->text, e);
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

/* "Beskæftigelsesudvalg" -> "Beskæftigelsesudvalget" */
static void set_committee(char **field, const char *s, size_t n) {
	char *v = xstrndup(s, n);
	if (n >= 6 && strcmp(v + n - 6, "udvalg") == 0) {
		char *w = xprintf("%set", v);
		free(v);
		v = w;
	}
	doc_set(field, v);
	free(v);
}

static void answer_meta(Rx *rx, Doc *d, Meta *mt) {
	size_t ws, wn, st, len;
	if (window(d, "følgende spørgsmål", 300, 200, &ws, &wn) &&
	    rx_match(rx, RX_INTRO, d->text + ws, wn)) {
		const char *s = d->text + ws;
		if (rx_group(rx, RX_INTRO, "committee", &st, &len) && len) set_committee(&d->committee, s + st, len);
		if (rx_group(rx, RX_INTRO, "q", &st, &len)) set_trimmed(&d->question, s + st, len);
		if (rx_group(rx, RX_INTRO, "case", &st, &len)) set_trimmed(&d->case_, s + st, len);
		if (!mt->has_own_date) date_from(rx, RX_INTRO, s, &mt->y, &mt->m, &mt->dd);
	}
	if (window(d, "efter ønske fra", 10, 200, &ws, &wn) && rx_match(rx, RX_ASKER, d->text + ws, wn)) {
		const char *s = d->text + ws;
		if (rx_group(rx, RX_ASKER, "asker", &st, &len)) set_trimmed(&d->asker, s + st, len);
		if (rx_group(rx, RX_ASKER, "party", &st, &len)) set_trimmed(&d->party, s + st, len);
	}
}

/* Builds the nodes, quotes and metadata of one document from its blocks. */
static void doc_build(Rx *rx, Doc *d, Blocks *bs, Meta *mt) {
	const char *t = d->text;
	int first = -1, heading = -1, salut = -1, closing = -1, qlabel = -1, alabel = -1, jnr = -1;
	for (int i = 0; i < bs->n; i++) {
		Block *b = &bs->v[i];
		if (first < 0) first = i;
		switch (b->kind) {
		case BK_HEADING: if (heading < 0) heading = i; break;
		case BK_SALUT: if (salut < 0) salut = i; break;
		case BK_CLOSING: if (closing < 0) closing = i; break;
		case BK_QLABEL: if (qlabel < 0) qlabel = i; break;
		case BK_ALABEL: if (alabel < 0 && qlabel >= 0) alabel = i; break;
		case BK_JNR: if (jnr < 0) jnr = i; break;
		case BK_DATE:
			if (!mt->has_own_date && rx_match(rx, RX_DATE, b->t.s, b->t.n)) {
				date_from(rx, RX_DATE, b->t.s, &mt->y, &mt->m, &mt->dd);
				mt->has_own_date = mt->m > 0;
			}
			break;
		default: break;
		}
	}
	int bilag = bs->rows > 0 || (first >= 0 && bs->v[first].kind == BK_HEADING &&
	                              rx_match(rx, RX_BILAG, bs->v[first].t.s, bs->v[first].t.n));
	int svar = !bilag && (qlabel >= 0 || memmem(t, d->text_len, "stillet følgende spørgsmål", 27));
	doc_set(&d->type, bilag ? "BILAG" : svar ? "SVAR" : "BREV");

	/* the signature */
	if (closing >= 0 && closing + 1 < bs->n && bs->v[closing + 1].kind == BK_SIGN) {
		Block *nm = &bs->v[closing + 1];
		int words = 1, ok = nm->t.n < 60 && cp_class_at(nm->t.s, 0, nm->t.n) == CH_UPPER;
		for (size_t k = 0; k < nm->t.n; k++) words += nm->t.s[k] == ' ';
		if (ok && words >= 2 && words <= 5) doc_set(&d->minister, nm->t.s);
	}
	if (jnr >= 0 && rx_match(rx, RX_JNR, bs->v[jnr].t.s, bs->v[jnr].t.n)) {
		char *j = rx_dup(rx, RX_JNR, "j");
		doc_set(&d->journal, j);
		free(j);
	}

	if (bilag) {
		if (heading >= 0) doc_set(&d->title, bs->v[heading].t.s);
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
			scan_quotes(rx, d, bs, i, j, 0, 0);
			i = j;
		}
		return;
	}

	if (svar) {
		answer_meta(rx, d, mt);
		size_t qs_, ql_;
		if (!d->question && qlabel >= 0 &&
		    rx_match(rx, RX_QLABEL, bs->v[qlabel].t.s, bs->v[qlabel].t.n) &&
		    rx_group(rx, RX_QLABEL, "n", &qs_, &ql_))
			set_trimmed(&d->question, bs->v[qlabel].t.s + qs_, ql_);   /* a draft without the intro */
		if (d->question) {
			char *title = d->case_ ? xprintf("Svar på spørgsmål nr. %s (%s)%s%s", d->question, d->case_,
			                                 d->committee ? " fra " : "", d->committee ? d->committee : "")
			                       : xprintf("Svar på spørgsmål nr. %s%s%s", d->question,
			                                 d->committee ? " fra " : "", d->committee ? d->committee : "");
			doc_set(&d->title, title);
			free(title);
		}
		int end = closing >= 0 ? closing : bs->n;
		if (qlabel >= 0) {
			int qa = qlabel + 1, qz = alabel >= 0 ? alabel : end;
			/* the question without an answer label: its first paragraph */
			if (alabel < 0 && qz > qa + 1) qz = qa + 1;
			if (qz > qa) {
				size_t st, len;
				char *lab = NULL;
				if (rx_match(rx, RX_QLABEL, bs->v[qlabel].t.s, bs->v[qlabel].t.n) &&
				    rx_group(rx, RX_QLABEL, "n", &st, &len)) {
					char *n = xstrndup(bs->v[qlabel].t.s + st, len);
					lab = xprintf("spm. %s", n);
					free(n);
				}
				int qn = doc_add_node(d, NODE_QUESTION, 0, lab ? lab : "spm.", bs->v[qa].start, bs->v[qz - 1].end);
				free(lab);
				for (int k = qa; k < qz; k++) bs->v[k].node = qn;
				size_t fs = bs->v[qlabel].start, fe = bs->v[qlabel].end;
				if (fe > fs && t[fe - 1] == ':') fe--;
				scan_quotes(rx, d, bs, qa, qz, fs, fe);
			}
			if (alabel < 0) alabel = qz - 1;
		}
		int aa = alabel >= 0 ? alabel + 1 : -1;
		if (aa < 0) {
			/* no labels: everything after the opening paragraph */
			aa = first >= 0 ? first + 1 : 0;
			while (aa < end && bs->v[aa].kind != BK_TEXT) aa++;
		}
		int az = end;
		while (az > aa && bs->v[az - 1].kind != BK_TEXT) az--;
		if (az > aa) {
			int an = doc_add_node(d, NODE_ANSWER, 0, NULL, bs->v[aa].start, bs->v[az - 1].end);
			int k = 0;
			for (int i = aa; i < az; i++) {
				if (bs->v[i].kind != BK_TEXT) continue;
				char lab[16];
				snprintf(lab, sizeof lab, "%d", ++k);
				bs->v[i].node = doc_add_node(d, NODE_PARA, an, lab, bs->v[i].start, bs->v[i].end);
			}
			scan_quotes(rx, d, bs, aa, az, 0, 0);
		}
		return;
	}

	/* a letter: the body runs from the salutation to "Venlig hilsen" */
	int ba = salut >= 0 ? salut + 1 : -1, bz = closing >= 0 ? closing : bs->n;
	if (ba < 0) {
		ba = heading >= 0 ? heading + 1 : 0;
		while (ba < bz && (bs->v[ba].kind != BK_TEXT || (bs->v[ba].t.n < 60 && ba + 1 < bz))) ba++;
	}
	const char *who = NULL;
	size_t whon = 0, st, len;
	if (salut >= 0 && rx_match(rx, RX_SALUT, bs->v[salut].t.s, bs->v[salut].t.n) &&
	    rx_group(rx, RX_SALUT, "who", &st, &len)) {
		who = bs->v[salut].t.s + st;
		whon = len;
		if (rx_match(rx, RX_COMMITTEE, who, whon)) set_committee(&d->committee, who, whon);
	}
	for (int i = 0; i < (salut >= 0 ? salut : bz) && !d->committee; i++)
		if (bs->v[i].kind == BK_TEXT && bs->v[i].t.n < 80 &&
		    rx_match(rx, RX_COMMITTEE, bs->v[i].t.s, bs->v[i].t.n))
			set_committee(&d->committee, bs->v[i].t.s, bs->v[i].t.n);
	{
		Buf title = BUF_INIT;
		if (who && !d->committee) {
			buf_puts(&title, "Brev til ");
			buf_add(&title, who, whon);
			/* "borgmestre" -> "borgmestrene", "kommuner" -> "kommunerne" */
			if (cp_class_at(who, 0, whon) == CH_LOWER &&
			    (who[whon - 1] == 'e' || (whon > 2 && memcmp(who + whon - 2, "er", 2) == 0)))
				buf_puts(&title, "ne");
			if (heading >= 0) buf_puts(&title, ": ");
		}
		if (heading >= 0) buf_add(&title, bs->v[heading].t.s, bs->v[heading].t.n);
		if (!title.n && d->committee) buf_printf(&title, "Brev til %s", d->committee);
		if (title.n) doc_set(&d->title, title.s);
		buf_free(&title);
	}
	int k = 0;
	for (int i = ba; i < bz; i++) {
		if (bs->v[i].kind != BK_TEXT) continue;
		char lab[16];
		snprintf(lab, sizeof lab, "%d", ++k);
		bs->v[i].node = doc_add_node(d, NODE_PARA, 0, lab, bs->v[i].start, bs->v[i].end);
	}
	if (bz > ba) scan_quotes(rx, d, bs, ba, bz, 0, 0);
}

/* ------------------------------------------------------------------------ */

int letter_parse(const char *name, const char *path, const char *buf, size_t n,
                 Doc ***out, int *n_out, char **err) {
	Rx rx;
	*out = NULL;
	*n_out = 0;
	if (err) *err = NULL;
	char *e = NULL;
	if (rx_open(&rx, &e) != LG_OK) {
		if (err) *err = e;
		else free(e);
		return LG_ERROR;
	}
	if (!buf) n = 0;
	Lines ls = {0};
	lines_split(&ls, buf ? buf : "", n);
	int doubled = layout_doubled(&ls);
	size_t width = layout_width(&ls);
	lines_classify(&rx, &ls);
	Seg *segs = NULL;
	int nseg = split_docs(&rx, &ls, &segs);

	Doc **docs = xcalloc((size_t)(nseg ? nseg : 1), sizeof *docs);
	Meta *meta = xcalloc((size_t)(nseg ? nseg : 1), sizeof *meta);
	for (int k = 0; k < nseg; k++) {
		char *nm = nseg > 1 ? xprintf("%s-%d", name ? name : "letter", k + 1) : xstrdup(name ? name : "letter");
		Doc *d = doc_new(nm, path);
		free(nm);
		/* an annex: a "Bilag N" heading before the body begins */
		int bilag = 0;
		for (int i = segs[k].a; i < segs[k].b && !bilag; i++) {
			bilag = ls.v[i].cls == L_BILAG;
			if (is_body(&ls.v[i])) break;
		}
		Blocks bs = {0};
		build_blocks(&ls, segs[k], doubled, width, bilag, &bs);
		blocks_text(d, &bs);
		doc_build(&rx, d, &bs, &meta[k]);
		blocks_free(&bs);
		docs[k] = d;
	}
	/* a date without a year ("3. juni") takes the year of the file's other documents */
	int year = 0;
	for (int k = 0; k < nseg && !year; k++)
		if (meta[k].has_own_date && meta[k].y) year = meta[k].y;
	for (int k = 0; k < nseg && !year; k++) year = meta[k].y;
	for (int k = 0; k < nseg; k++) {
		Meta *m = &meta[k];
		if (m->m && !m->y) m->y = year;
		if (m->m && m->y) {
			char *ds = fmt_date(m->y, m->m, m->dd);
			doc_set(&docs[k]->date, ds);
			docs[k]->date_asked = !m->has_own_date;
			free(ds);
		}
	}
	free(meta);
	free(segs);
	free(ls.v);
	buf_free(&ls.arena);
	rx_close(&rx);
	*out = docs;
	*n_out = nseg;
	return LG_OK;
}
