/*
** cite.c -- the citation grammar: finds "§ 6, nr. 1-3, 7, 8 og 12",
** "kapitel 6 a i lov om aktiv socialpolitik", "LAB § 53", "1. pkt.",
** "vejledningens afsnit 4.1" and the like in Danish text, and says what each
** element names. It looks nothing up; the resolver does that.
**
** cite_extract() works in three passes over one text:
**
**   1. Mentions: every act named in the text. At each word start the act table
**      is asked for the longest known name (acts_match); where it knows none, a
**      pattern takes "lov om ...", "bekendtgørelse om ..." and "...loven" as an
**      act named but unknown, and "vejledningen om ..." as a guideline named
**      but unknown when a part of it follows ("afsnit 5").
**   2. Parts of guidelines and letters, right after a mention of one
**      ("vejledningen om tilkendelse af førtidspension afsnit 4.1").
**   3. Expressions: a pattern finds where one may start (§, §§, stk., nr.,
**      kapitel, N. pkt., vejledningens, afsnit); from there a small hand-written
**      parser reads the list of elements (stk., nr. and pkt. refine the element
**      before them; a bare number or a repeated keyword after "," / "og" /
**      "eller" starts a sibling), then looks for the act before the expression
**      (a mention ending right before it) or after it ("i lov om ...", "i denne
**      lov", "i samme lov", "i bekendtgørelsen").
**
** Mentions that no expression used become CITE_ACT. Everything is linear in the
** length of the text; the patterns are compiled once, with JIT.
**
** A CiteParser keeps scratch arrays between calls, so one parser must not be
** used by two threads at once.
*/
#define PCRE2_CODE_UNIT_WIDTH 8
#include "cite.h"
#include "ref.h"
#include "util.h"

#include <pcre2.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ---------- patterns ---------- */

/* Where an expression may start. Each alternative is a named group; the
** parser below reads the rest. The leading look-ahead on the first characters
** lets the JIT skip most of the text (four times faster than without it). */
static const char RE_TRIGGER[] =
	"(?= [§KkSsnlVvCcap\\d] )\n"
	"(?: (?<sec> §§? )\n"
	"  | (?<![\\w.]) (?<kap> [Kk]apit(?:el|lerne) ) (?!\\w)\n"
	"  | (?<![\\w.]) (?<stk> [Ss]tk\\. )\n"
	"  | (?<![\\w.]) (?<nr> nr\\. )\n"
	"  | (?<![\\w.]) (?<litra> litra ) (?= \\s+ [a-z] (?!\\w) )\n"
	"  | (?<![\\w.,]) (?<pkt> \\d{1,2} \\. \\s* (?: (?:og|eller|-|–|,) \\s* \\d{1,2} \\. \\s* )? pkt\\. )\n"
	"  | (?<![\\w.]) (?<guide> [Vv]ejledningens | [Ss]krivelsens | [Cc]irkulærets ) (?!\\w)\n"
	"  | (?<![\\w.]) (?<afsnit> afsnit | punkt ) (?= \\s+ \\d ) )";

/* "2. pkt.", "1. og 2. pkt.", "1.-3. pkt." at a point (anchored). */
static const char RE_PKT[] =
	"(?<p1> \\d{1,2} ) \\. \\s*\n"
	"(?: (?<sep> og | eller | - | – | , ) \\s* (?<p2> \\d{1,2} ) \\. \\s* )?\n"
	"pkt\\.";

/* A document named by its number and date (anchored): "bekendtgørelse nr. 2409
** af 13. december 2021", "lov nr. 1750 af 29. december 2025". */
static const char RE_NUMBERED[] =
	"(?i) (?: lov | bekendtgørelse | lovbekendtgørelse ) \\s+ nr\\. \\s* \\d+ \\s+ af \\s+\n"
	"\\d{1,2} \\. \\s* (?: januar|februar|marts|april|maj|juni|juli|august|september|oktober\n"
	"|november|december ) \\s+ \\d{4} (?!\\d)";

/* A part of a guideline or letter at a point (anchored). */
static const char RE_PART[] =
	"  afsnit \\s+ (?<afsnit> \\d+ (?: \\.\\d+ )* )\n"
	"| punkt \\s+ (?<punkt> \\d+ (?: \\.\\d+ )* )\n"
	"| (?<indl> indledning ) (?:en)? (?!\\w)\n"
	"| om \\s+ § \\s* (?<om> \\d+ (?: \\s? [a-zA-Z] (?!\\w) )? )\n"
	"      (?: ,? \\s+ stk\\. \\s* (?<omstk> \\d+ ) )?";

/* An act named but not in the table, at a "lov", "bekendtgørelse" or
** "vejledning(en)" (anchored): "lov om pas til danske statsborgere m.v.". The
** name runs for at most eight words and stops before a word that cannot be
** part of a title, a number or the name of a part ("afsnit 5"); long titles
** are in the table anyway once their documents are indexed. */
static const char RE_UNKNOWN[] =
	"(?: [Ll]ov | [Bb]ekendtgørelse | [Vv]ejledning(?:en)? ) \\s+ om \\s+ (?&w)\n"
	"(?: \\s+ (?! (?&stop) (?![\\w-]) | mv?\\. | \\d ) (?&w) ){0,7}\n"
	"(?: \\s+ m\\.v\\. | \\s+ mv\\. )?\n"
	"(?(DEFINE) (?<w> [\\w\\x{AD}\\x{200B}-\\x{200D}-]+ ) )\n"
	"(?(DEFINE) (?<stop> og | eller | samt | jf | som | der | hvis | når | at | skal | kan\n"
	"    | er | har | finder | gælder | efter | herunder | i | for | med | ikke\n"
	"    | afsnit | punkt | kapitel | stk | nr | pkt | litra ) )";

typedef struct Mention {
	size_t start, end;
	const char *key;      /* known act: its key; NULL when unknown */
	char name[128];       /* unknown act: the name, normalised */
	char kind;            /* 'L' act, 'B' executive order, 'V' guideline, 'S' letter, 'O' other */
	int used;
} Mention;

typedef struct Range { size_t start, end; } Range;

struct CiteParser {
	const Acts *acts;
	pcre2_code *re_trigger, *re_pkt, *re_part, *re_unknown, *re_numbered;
	pcre2_match_data *md;
	uint32_t g_sec, g_kap, g_stk, g_nr, g_litra, g_pkt, g_guide, g_afsnit;
	/* scratch, reused between calls */
	Mention *men;
	int n_men, cap_men;
	Range *used;
	int n_used, cap_used;
};

typedef struct Out {
	Cite *v;
	int n, cap;
} Out;

static pcre2_code *compile(const char *pat, char **err) {
	int ec;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	                               PCRE2_UTF | PCRE2_UCP | PCRE2_EXTENDED | PCRE2_NO_UTF_CHECK,
	                               &ec, &off, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		*err = xprintf("cannot compile citation pattern at offset %zu: %s", (size_t)off, (char *)msg);
		return NULL;
	}
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);  /* falls back to the interpreter */
	return re;
}

const Acts *cite_parser_acts(const CiteParser *p) { return p->acts; }

CiteParser *cite_parser_new(const Acts *acts, const Lexicon *lex, char **err) {
	(void)lex;
	CiteParser *p = xcalloc(1, sizeof *p);
	p->acts = acts;
	if (!(p->re_trigger = compile(RE_TRIGGER, err)) || !(p->re_pkt = compile(RE_PKT, err)) ||
	    !(p->re_part = compile(RE_PART, err)) || !(p->re_unknown = compile(RE_UNKNOWN, err)) ||
	    !(p->re_numbered = compile(RE_NUMBERED, err))) {
		cite_parser_free(p);
		return NULL;
	}
	p->md = pcre2_match_data_create(16, NULL);
	p->g_sec = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"sec");
	p->g_kap = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"kap");
	p->g_stk = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"stk");
	p->g_nr = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"nr");
	p->g_litra = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"litra");
	p->g_pkt = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"pkt");
	p->g_guide = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"guide");
	p->g_afsnit = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"afsnit");
	return p;
}

void cite_parser_free(CiteParser *p) {
	if (!p) return;
	pcre2_code_free(p->re_trigger);
	pcre2_code_free(p->re_pkt);
	pcre2_code_free(p->re_part);
	pcre2_code_free(p->re_unknown);
	pcre2_code_free(p->re_numbered);
	pcre2_match_data_free(p->md);
	free(p->men);
	free(p->used);
	free(p);
}

/* Span of named group name in the last match; 0 if it did not take part. */
static int group(const CiteParser *p, const pcre2_code *re, const char *name, size_t *s, size_t *e) {
	int g = pcre2_substring_number_from_name(re, (PCRE2_SPTR)name);
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
	if (g < 0 || ov[2 * g] == PCRE2_UNSET) return 0;
	*s = ov[2 * g];
	*e = ov[2 * g + 1];
	return 1;
}

/* Runs an anchored pattern at t[pos..n); returns the end of the match or 0. */
static size_t match_at(CiteParser *p, pcre2_code *re, const char *t, size_t n, size_t pos) {
	int rc = pcre2_match(re, (PCRE2_SPTR)t, n, pos, PCRE2_ANCHORED | PCRE2_NO_UTF_CHECK, p->md, NULL);
	return rc > 0 ? pcre2_get_ovector_pointer(p->md)[1] : 0;
}

/* ---------- characters ---------- */

static size_t ulen(const char *t, size_t i, size_t n) {
	unsigned char c = (unsigned char)t[i];
	size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	return i + k <= n ? k : n - i;
}

/* Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible
** characters inside words. Returns their length or 0. */
static size_t invisible_at(const char *t, size_t i, size_t n) {
	const unsigned char *s = (const unsigned char *)t;
	if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xAD) return 2;
	if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] >= 0x8B && s[i + 2] <= 0x8D) return 3;
	if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x81 && s[i + 2] == 0xA0) return 3;
	if (s[i] == 0xEF && i + 2 < n && s[i + 1] == 0xBB && s[i + 2] == 0xBF) return 3;
	return 0;
}

/* 1 if the character at t[i] is a letter or digit, or invisible inside a word
** (see acts.c). */
static int word_at(const char *t, size_t i, size_t n) {
	const unsigned char *s = (const unsigned char *)t;
	if (i >= n) return 0;
	unsigned char c = s[i];
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	if (invisible_at(t, i, n)) return 1;
	if (c == 0xC2 || c == 0xE2) return 0;
	if (c == 0xC3) return !(i + 1 < n && (s[i + 1] == 0x97 || s[i + 1] == 0xB7));
	return c >= 0xC0;
}

/* 1 if the character ending just before t[i] is a letter or digit. */
static int word_before(const char *t, size_t i) {
	if (i == 0) return 0;
	size_t j = i - 1;
	while (j > 0 && ((unsigned char)t[j] & 0xC0) == 0x80) j--;
	return word_at(t, j, i);
}

static size_t space_len(const char *t, size_t i, size_t n) {
	unsigned char c = (unsigned char)t[i];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
	if (c == 0xC2 && i + 1 < n && (unsigned char)t[i + 1] == 0xA0) return 2;
	return 0;
}

static size_t skip_ws(const char *t, size_t n, size_t i) {
	size_t w;
	while (i < n && (w = space_len(t, i, n))) i += w;
	return i;
}

/* Past white space and one comma: "vejledningen om X, afsnit 5". */
static size_t skip_comma(const char *t, size_t n, size_t i) {
	i = skip_ws(t, n, i);
	return i < n && t[i] == ',' ? skip_ws(t, n, i + 1) : i;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* If the word w (lower-case ASCII or UTF-8) stands at t[i] on word boundaries,
** case-insensitively for ASCII, returns its length, else 0. */
static size_t word_is(const char *t, size_t n, size_t i, const char *w) {
	size_t k = strlen(w);
	if (i + k > n || strncasecmp(t + i, w, k) != 0 || word_at(t, i + k, n)) return 0;
	return k;
}

/* A dash of a range at t[i] ("-", "–", "—"), with the white space around it. */
static size_t dash_at(const char *t, size_t n, size_t i) {
	size_t j = skip_ws(t, n, i);
	if (j < n && t[j] == '-') j++;
	else if (j + 2 < n && (unsigned char)t[j] == 0xE2 && (unsigned char)t[j + 1] == 0x80 &&
	         ((unsigned char)t[j + 2] == 0x93 || (unsigned char)t[j + 2] == 0x94)) j += 3;
	else return 0;
	return skip_ws(t, n, j) - i;
}

/* ---------- labels ---------- */

/* Reads a number label at t[i]: digits and, if letters, a one-letter suffix
** ("18a", "18 a", "18 A"). The suffix "i" followed by a word is the preposition
** ("§ 46 i denne lov"). Numbers that go on as decimals or dates ("4.1", "1.590",
** "1,5") are not labels. Returns the end, or 0; writes the label to out. */
static size_t scan_label(const char *t, size_t n, size_t i, int letters, char *out, size_t cap) {
	size_t d = i;
	while (i < n && is_digit(t[i])) i++;
	if (i == d || i - d > 4) return 0;
	if (i + 1 < n && (t[i] == '.' || t[i] == ',') && is_digit(t[i + 1])) return 0;
	size_t nd = i - d;
	char letter = 0;
	if (i < n && word_at(t, i, n)) {
		/* glued suffix: "18a", "69k" */
		if (!letters || !is_alpha(t[i]) || word_at(t, i + 1, n)) return 0;
		letter = t[i] | 0x20;
		i++;
	} else if (letters && i + 1 < n && t[i] == ' ' && is_alpha(t[i + 1]) && !word_at(t, i + 2, n)) {
		int take = 1;
		if ((t[i + 1] | 0x20) == 'i') {
			size_t j = skip_ws(t, n, i + 2);
			if (j > i + 2 && word_at(t, j, n) && !word_is(t, n, j, "og") &&
			    !word_is(t, n, j, "eller") && !word_is(t, n, j, "samt"))
				take = 0;
		}
		if (take && i + 2 < n && t[i + 2] == '.' && i + 3 < n && is_alpha(t[i + 3]))
			take = 0;  /* "§ 5 a.b." is not a suffix; rare, but cheap to refuse */
		if (take) {
			letter = t[i + 1] | 0x20;
			i += 2;
		}
	}
	if (cap < nd + 3) return 0;
	memcpy(out, t + d, nd);
	if (letter) {
		out[nd++] = ' ';
		out[nd++] = letter;
	}
	out[nd] = 0;
	return i;
}

/* The upper bound of a range after label lo at t[i]: "-16", "–69 e", "-e"
** (the letter alone inherits lo's number), "- § 16". Returns the end or 0. */
static size_t scan_hi(const char *t, size_t n, size_t i, int letters, const char *lo, char *hi, size_t cap) {
	size_t k = dash_at(t, n, i);
	if (!k) return 0;
	size_t j = i + k;
	if (j + 1 < n && (unsigned char)t[j] == 0xC2 && (unsigned char)t[j + 1] == 0xA7)
		j = skip_ws(t, n, j + 2);
	size_t e = scan_label(t, n, j, letters, hi, cap);
	if (e) return e;
	if (letters && j < n && is_alpha(t[j]) && !word_at(t, j + 1, n)) {
		size_t nd = 0;
		while (is_digit(lo[nd])) nd++;
		if (nd == 0 || cap < nd + 3) return 0;
		memcpy(hi, lo, nd);
		hi[nd] = ' ';
		hi[nd + 1] = t[j] | 0x20;
		hi[nd + 2] = 0;
		return j + 1;
	}
	return 0;
}

/* A number that is an ordinal, a date or an amount rather than a label:
** "3. juni", "2. halvår", "10 timer", "15 mio. kr." */
static int not_a_label(const char *t, size_t n, size_t e) {
	if (e + 2 < n && t[e] == '.' && space_len(t, e + 1, n)) {
		size_t j = skip_ws(t, n, e + 1);
		if (j < n && word_at(t, j, n) && !(t[j] >= 'A' && t[j] <= 'Z') &&
		    !((unsigned char)t[j] == 0xC3 && j + 1 < n && (unsigned char)t[j + 1] < 0xA0))
			return 1;
	}
	static const char *const units[] = {"kr", "mio", "mia", "pct", "procent", "år", "dage", "uger",
	                                    "måneder", "timer", "personer", "gange", "%"};
	size_t j = skip_ws(t, n, e);
	if (j < n && t[j] == '%') return 1;
	for (size_t u = 0; u < sizeof units / sizeof *units; u++)
		if (word_is(t, n, j, units[u])) return 1;
	return 0;
}

static int atoi_n(const char *s) {
	int v = 0;
	while (is_digit(*s) && v < 100000) v = v * 10 + (*s++ - '0');
	return v;
}

/* ---------- output ---------- */

static Cite *push(Out *o) {
	if (o->n == o->cap) {
		o->cap = o->cap ? 2 * o->cap : 16;
		o->v = xrealloc(o->v, o->cap * sizeof(Cite));
	}
	Cite *c = &o->v[o->n++];
	memset(c, 0, sizeof *c);
	return c;
}

static void copy_str(char *dst, size_t cap, const char *src, size_t n) {
	if (n >= cap) n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = 0;
}

static void set_act(Cite *c, const Mention *m) {
	if (!m) {
		c->act[0] = 0;
		c->act_known = 0;
	} else if (m->key) {
		copy_str(c->act, sizeof c->act, m->key, strlen(m->key));
		c->act_known = 1;
	} else {
		copy_str(c->act, sizeof c->act, m->name, strlen(m->name));
		c->act_known = 0;
	}
}

/* ---------- pass 1: mentions ---------- */

static char kind_of(const Acts *a, const char *key) {
	const char *k = acts_kind(a, key);
	if (!k) return 'O';
	if (!strcmp(k, "LOV") || !strcmp(k, "LBK")) return 'L';
	if (!strcmp(k, "BEK")) return 'B';
	if (!strcmp(k, "VEJ")) return 'V';
	if (!strcmp(k, "SKR") || !strcmp(k, "CIR")) return 'S';
	return 'O';
}

static Mention *add_mention(CiteParser *p, size_t s, size_t e) {
	if (p->n_men == p->cap_men) {
		p->cap_men = p->cap_men ? 2 * p->cap_men : 16;
		p->men = xrealloc(p->men, p->cap_men * sizeof(Mention));
	}
	Mention *m = &p->men[p->n_men++];
	memset(m, 0, sizeof *m);
	m->start = s;
	m->end = e;
	return m;
}

/* Unknown names are kept as written, lower-case, one space between words,
** "-lovens" as "-loven" and without a trailing "m.v.". */
static void norm_unknown(char *out, size_t cap, const char *t, size_t n) {
	size_t o = 0;
	int sp = 0;
	for (size_t i = 0; i < n && o + 4 < cap;) {
		size_t w = space_len(t, i, n);
		if (w) { sp = 1; i += w; continue; }
		if ((w = invisible_at(t, i, n))) { i += w; continue; }
		if (sp && o) out[o++] = ' ';
		sp = 0;
		size_t k = ulen(t, i, n);
		unsigned char c = (unsigned char)t[i];
		if (k == 1 && c >= 'A' && c <= 'Z') out[o++] = c + 32;
		else if (k == 2 && c == 0xC3 && (unsigned char)t[i + 1] >= 0x80 && (unsigned char)t[i + 1] <= 0x9E) {
			out[o++] = c;
			out[o++] = t[i + 1] + 0x20;
		} else {
			memcpy(out + o, t + i, k);
			o += k;
		}
		i += k;
	}
	out[o] = 0;
	if (o > 5 && !strcmp(out + o - 5, " m.v.")) out[o -= 5] = 0;
	else if (o > 4 && !strcmp(out + o - 4, " mv.")) out[o -= 4] = 0;
	if (o > 6 && !strcmp(out + o - 6, "lovens")) out[--o] = 0;
}

/* Drops small words that cannot end a title from the end of an unknown
** "lov om ..." cut short by the word limit ("... udbetalt af"). Keeps three
** words at least. Returns the new end. */
static size_t trim_tail(const char *t, size_t s, size_t e) {
	for (;;) {
		size_t ls = e, words = 1;
		while (ls > s && t[ls - 1] != ' ' && t[ls - 1] != '\n' && t[ls - 1] != '\t') ls--;
		for (size_t k = s; k < ls; k++)
			if (t[k] == ' ' || t[k] == '\n' || t[k] == '\t') words++;
		if (ls == s || words <= 3) return e;
		if (!acts_cannot_end(t + ls, e - ls)) return e;
		e = ls;
		while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t')) e--;
	}
}

/* 1 if a known name starts at a word start inside t(s..e). */
static int known_inside(CiteParser *p, const char *t, size_t s, size_t e) {
	for (size_t j = s + 1; j < e; j += ulen(t, j, e))
		if (word_at(t, j, e) && !word_before(t, j) && acts_match(p->acts, t + j, e - j, NULL))
			return 1;
	return 0;
}

static void scan_mentions(CiteParser *p, const char *t, size_t n) {
	p->n_men = 0;
	for (size_t i = 0; i < n;) {
		if (!word_at(t, i, n) || word_before(t, i) || (i > 0 && t[i - 1] == '-')) {
			i += ulen(t, i, n);
			continue;
		}
		/* A known name. */
		const char *key = NULL;
		size_t len = acts_match(p->acts, t + i, n - i, &key), we = i, e;
		if (len) {
			Mention *m = add_mention(p, i, i + len);
			m->key = key;
			m->kind = kind_of(p->acts, key);
			i += len;
			continue;
		}
		while (we < n && (word_at(t, we, n) || (t[we] == '-' && word_at(t, we + 1, n))))
			we += ulen(t, we, n);
		/* A document by number: the resolver finds it by number and year. */
		if ((word_is(t, n, i, "lov") || word_is(t, n, i, "bekendtgørelse") ||
		     word_is(t, n, i, "lovbekendtgørelse")) &&
		    (e = match_at(p, p->re_numbered, t, n, i))) {
			Mention *m = add_mention(p, i, e);
			norm_unknown(m->name, sizeof m->name, t + i, e - i);
			m->kind = (t[i] | 0x20) == 'b' ? 'B' : 'L';
			i = e;
			continue;
		}
		/* An unknown "lov om ..." / "bekendtgørelse om ...", unless a known
		** name starts inside it ("lov om ændring af lov om ..."); an unknown
		** "vejledningen om ..." only when a part of it follows ("afsnit 5"):
		** "vejledning om" is as often guidance given as a guideline named. */
		int guide = word_is(t, n, i, "vejledning") || word_is(t, n, i, "vejledningen");
		if ((guide || word_is(t, n, i, "lov") || word_is(t, n, i, "bekendtgørelse")) &&
		    (e = match_at(p, p->re_unknown, t, n, i)) && !known_inside(p, t, i, e) &&
		    (e = trim_tail(t, i, e)) &&
		    (!guide || match_at(p, p->re_part, t, n, skip_comma(t, n, e)))) {
			Mention *m = add_mention(p, i, e);
			norm_unknown(m->name, sizeof m->name, t + i, e - i);
			m->kind = guide ? 'V' : (t[i] | 0x20) == 'b' ? 'B' : 'L';
			i = e;
			continue;
		}
		/* An unknown "...loven", "...lovens" ("renteloven", "ATP-lovens"). */
		size_t wl = we - i;
		if ((wl > 7 && !strncmp(t + we - 5, "loven", 5)) || (wl > 8 && !strncmp(t + we - 6, "lovens", 6))) {
			Mention *m = add_mention(p, i, we);
			norm_unknown(m->name, sizeof m->name, t + i, we - i);
			m->kind = 'L';
		}
		i = we;
	}
}

/* The mention that starts exactly at i, or NULL. */
static Mention *mention_at(CiteParser *p, size_t i) {
	int lo = 0, hi = p->n_men;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (p->men[mid].start < i) lo = mid + 1;
		else hi = mid;
	}
	return lo < p->n_men && p->men[lo].start == i ? &p->men[lo] : NULL;
}

/* The mention that ends exactly at i, or NULL. */
static Mention *mention_ending(CiteParser *p, size_t i) {
	int lo = 0, hi = p->n_men;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (p->men[mid].end < i) lo = mid + 1;
		else hi = mid;
	}
	return lo < p->n_men && p->men[lo].end == i ? &p->men[lo] : NULL;
}

/* The last mention ending at or before i whose kind is one of kinds. */
static Mention *last_mention(CiteParser *p, size_t i, const char *kinds) {
	for (int k = p->n_men - 1; k >= 0; k--)
		if (p->men[k].end <= i && strchr(kinds, p->men[k].kind)) return &p->men[k];
	return NULL;
}

/* ---------- pass 2: parts of guidelines ---------- */

static void mark_used(CiteParser *p, size_t s, size_t e) {
	if (p->n_used == p->cap_used) {
		p->cap_used = p->cap_used ? 2 * p->cap_used : 16;
		p->used = xrealloc(p->used, p->cap_used * sizeof(Range));
	}
	p->used[p->n_used].start = s;
	p->used[p->n_used].end = e;
	p->n_used++;
}

/* Reads a list of parts at t[i] ("afsnit 4.1, punkt 8, om § 53") into o, each
** a CITE_PART of act m (NULL: the act the text stands in). Returns the end of
** the last part, or 0 if there is none. */
/* Past the separator before another part: ", ", " og ", " eller ". */
static size_t part_sep(const char *t, size_t n, size_t e) {
	size_t r = skip_comma(t, n, e), w;
	if ((w = word_is(t, n, r, "og")) || (w = word_is(t, n, r, "eller"))) r = skip_ws(t, n, r + w);
	return r;
}

/* A bare number after a part, "4.2" in "afsnit 4.1 og 4.2": another part of
** the same kind as the last one in o. Returns its end, or 0. */
static size_t bare_part(const char *t, size_t n, size_t q, Out *o) {
	if (!is_digit(t[q]) || o->n == 0 || o->v[o->n - 1].kind != CITE_PART) return 0;
	size_t kw = strcspn(o->v[o->n - 1].part, " ");
	if (!((kw == 6 && !strncmp(o->v[o->n - 1].part, "afsnit", 6)) ||
	      (kw == 5 && !strncmp(o->v[o->n - 1].part, "punkt", 5))))
		return 0;
	size_t d = q;
	while (d < n && (is_digit(t[d]) || (t[d] == '.' && d + 1 < n && is_digit(t[d + 1])))) d++;
	Cite *c = push(o);
	*c = o->v[o->n - 2];
	c->el_start = q;
	c->el_end = d;
	snprintf(c->part, sizeof c->part, "%.*s %.*s", (int)kw, o->v[o->n - 2].part, (int)(d - q),
	         t + q);
	return d;
}

static size_t scan_parts(CiteParser *p, const char *t, size_t n, size_t i, const Mention *m, Out *o) {
	size_t end = 0, q = skip_ws(t, n, i);
	for (;;) {
		size_t e = match_at(p, p->re_part, t, n, q);
		if (!e && end && (e = bare_part(t, n, q, o))) {
			end = e;
			q = part_sep(t, n, e);
			continue;
		}
		if (!e) break;
		Cite *c = push(o);
		c->kind = CITE_PART;
		c->el_start = q;
		c->el_end = e;
		set_act(c, m);
		size_t gs, ge, ss, se;
		if (group(p, p->re_part, "afsnit", &gs, &ge)) {
			memcpy(c->part, "afsnit ", 7);
			copy_str(c->part + 7, sizeof c->part - 7, t + gs, ge - gs);
		} else if (group(p, p->re_part, "punkt", &gs, &ge)) {
			memcpy(c->part, "punkt ", 6);
			copy_str(c->part + 6, sizeof c->part - 6, t + gs, ge - gs);
		} else if (group(p, p->re_part, "indl", &gs, &ge)) {
			strcpy(c->part, "indledning");
		} else if (group(p, p->re_part, "om", &gs, &ge)) {
			char lab[16];
			if (!ref_norm_section(t + gs, ge - gs, lab, sizeof lab)) strcpy(lab, "?");
			Buf b = BUF_INIT;
			buf_printf(&b, "om § %s", lab);
			if (group(p, p->re_part, "omstk", &ss, &se)) buf_printf(&b, ", stk. %d", atoi_n(t + ss));
			copy_str(c->part, sizeof c->part, b.s, b.n);
			buf_free(&b);
		}
		end = e;
		q = part_sep(t, n, e);
	}
	return end;
}

/* ---------- pass 3: expressions ---------- */

enum { LV_SEC, LV_STK, LV_NR, LV_LITRA, LV_PKT };

/* Parser state for one expression: the elements are o->v[first..o->n). */
typedef struct Expr {
	size_t start;
	int first;
	int cur;     /* index of the element being refined */
	int level;   /* its deepest level */
} Expr;

/* Starts a sibling of the current element at level lv: keeps what is above
** lv, clears lv and below. A sibling of "nr. 2" or "1. pkt." at a higher level
** ("og stk. 3") is of that level's kind. */
static Cite *sibling(Out *o, Expr *x, int lv, size_t el_start) {
	Cite base = o->v[x->cur];
	Cite *c = push(o);
	*c = base;
	if ((c->kind == CITE_NR || c->kind == CITE_PKT) && lv <= LV_STK) c->kind = CITE_STK;
	else if (c->kind == CITE_PKT && lv <= LV_LITRA) c->kind = CITE_NR;
	if (lv <= LV_SEC) {
		c->sec[0] = c->sec_hi[0] = c->chapter[0] = 0;
	}
	if (lv <= LV_STK) c->stk = c->stk_hi = 0;
	if (lv <= LV_NR) c->nr[0] = c->nr_hi[0] = 0;
	if (lv <= LV_LITRA) c->litra[0] = 0;
	c->pkt = 0;
	c->el_start = el_start;
	x->cur = o->n - 1;
	x->level = lv;
	return c;
}

/* The words "og", "eller", "samt" at t[i]; returns the length or 0. */
static size_t conj_at(const char *t, size_t n, size_t i) {
	size_t w;
	if ((w = word_is(t, n, i, "og")) || (w = word_is(t, n, i, "eller")) || (w = word_is(t, n, i, "samt")))
		return w;
	return 0;
}

/* Reads "stk. N[-M]" at t[i] (i at "stk."). Returns the end or 0. */
static size_t scan_stk(const char *t, size_t n, size_t i, int *lo, int *hi) {
	char lab[16], h[16];
	size_t j = skip_ws(t, n, i + 4), e;
	if (!(e = scan_label(t, n, j, 0, lab, sizeof lab))) return 0;
	*lo = atoi_n(lab);
	*hi = 0;
	size_t r = scan_hi(t, n, e, 0, lab, h, sizeof h);
	if (r) {
		*hi = atoi_n(h);
		e = r;
	}
	return e;
}

/* Reads "nr. N[-M]" at t[i] (i at "nr." or at the number when bare). */
static size_t scan_nr(const char *t, size_t n, size_t j, char *lo, char *hi) {
	size_t e = scan_label(t, n, j, 1, lo, 8);
	if (!e) return 0;
	hi[0] = 0;
	size_t r = scan_hi(t, n, e, 1, lo, hi, 8);
	return r ? r : e;
}

/* Reads "§ N[-M]" / "§§ N-M" at t[i] (i at the number). */
static size_t scan_sec(const char *t, size_t n, size_t j, char *lo, char *hi) {
	size_t e = scan_label(t, n, j, 1, lo, 16);
	if (!e) return 0;
	hi[0] = 0;
	size_t r = scan_hi(t, n, e, 1, lo, hi, 16);
	return r ? r : e;
}

/* At t[i]: "§" or "§§"; returns the length of the sign and following space. */
static size_t sec_sign(const char *t, size_t n, size_t i) {
	if (i + 1 >= n || (unsigned char)t[i] != 0xC2 || (unsigned char)t[i + 1] != 0xA7) return 0;
	size_t j = i + 2;
	if (j + 1 < n && (unsigned char)t[j] == 0xC2 && (unsigned char)t[j + 1] == 0xA7) j += 2;
	return skip_ws(t, n, j) - i;
}

/* 1 if only spaces and tabs stand between the start of the line and t[i]. */
static int at_line_start(const char *t, size_t i) {
	while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t')) i--;
	return i == 0 || t[i - 1] == '\n';
}

/* Words before "nr." that make it a number of something other than a provision
** ("lov nr. 548", "spørgsmål nr. 497", "forordning (EF) nr. 883/2004"). */
static int nr_of_other(const char *t, size_t n, size_t i) {
	static const char *const words[] = {
		"lov", "lovbekendtgørelse", "bekendtgørelse", "bkg", "spørgsmål", "spm", "cirkulære",
		"cirkulæreskrivelse", "skrivelse", "vejledning", "direktiv", "forordning", "beslutning",
		"lovforslag", "lovtidende", "j", "journal", "sag", "afgørelse", "kendelse", "dom", "l",
		"b", "konvention", "aftale", "bilag", "kategori", "protokol", "anordning", "regulativ",
		"tekstanmærkning", "konto", "hovedkonto", "cvr", "se", "lbk", "bek", "vej", "cir"};
	size_t j = i;
	while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\n' || t[j - 1] == '\t')) j--;
	if (j > 0 && (t[j - 1] == ')' || t[j - 1] == '.')) {
		if (t[j - 1] == ')') return 1;
		j--;   /* "J.nr." */
	}
	size_t e = j;
	while (j > 0 && word_before(t, j)) {
		j--;
		while (j > 0 && ((unsigned char)t[j] & 0xC0) == 0x80) j--;
	}
	for (size_t w = 0; w < sizeof words / sizeof *words; w++)
		if (e - j == strlen(words[w]) && strncasecmp(t + j, words[w], e - j) == 0) return 1;
	/* "nr. 883/2004", "nr. 5 af 3. januar" */
	size_t k = skip_ws(t, n, i + 3);
	while (k < n && is_digit(t[k])) k++;
	if (k < n && t[k] == '/') return 1;
	size_t a = skip_ws(t, n, k);
	if (word_is(t, n, a, "af")) {
		size_t d = skip_ws(t, n, a + 2);
		if (d < n && is_digit(t[d])) return 1;
	}
	return 0;
}

/* 1 if a "(" before t[start] is still open there: "(§§ 7 og 8)". Looks back
** 300 bytes at most. */
static int paren_open(const char *t, size_t start) {
	for (size_t k = start, lim = start > 300 ? start - 300 : 0; k > lim; k--) {
		if (t[k - 1] == ')') return 0;
		if (t[k - 1] == '(') return 1;
	}
	return 0;
}

/* "7)" at t[q] starts item 7 of a list ("som nævnt i nr. 2 og 3, 7) ...")
** unless a "(" before the expression is still open: "(§§ 7 og 8)". */
static int item_marker(const char *t, size_t n, size_t q, size_t start) {
	while (q < n && (is_digit(t[q]) || is_alpha(t[q]) || t[q] == ' ')) q++;
	if (q >= n || t[q] != ')') return 0;
	return !paren_open(t, start);
}

/* Reads the rest of an expression after its first element: siblings and
** refinements joined by ",", "og", "eller". Returns the end of the last element. */
static size_t scan_list(CiteParser *p, const char *t, size_t n, size_t e, Out *o, Expr *x) {
	for (;;) {
		size_t q = skip_ws(t, n, e), w;
		int comma = 0, conj = 0;
		if (q < n && t[q] == ',') { comma = 1; q = skip_ws(t, n, q + 1); }
		if ((w = conj_at(t, n, q))) { conj = 1; q = skip_ws(t, n, q + w); }
		int sep = comma || conj;
		Cite *cur = &o->v[x->cur];
		size_t r;
		char lo[16], hi[16];
		int ilo, ihi;

		if ((w = sec_sign(t, n, q))) {                          /* § N */
			if (!sep || !(r = scan_sec(t, n, q + w, lo, hi))) break;
			Cite *c = sibling(o, x, LV_SEC, q);
			c->kind = CITE_SECTION;
			strcpy(c->sec, lo);
			strcpy(c->sec_hi, hi);
			c->el_end = e = r;
		} else if (word_is(t, n, q, "kapitel") || word_is(t, n, q, "kapitlerne")) {
			size_t j = skip_ws(t, n, q + (t[q + 6] == 'l' ? 7 : 10));
			if (!sep || !(r = scan_label(t, n, j, 1, lo, sizeof lo))) break;
			Cite *c = sibling(o, x, LV_SEC, q);
			c->kind = CITE_CHAPTER;
			strcpy(c->chapter, lo);
			c->el_end = e = r;
		} else if ((r = match_at(p, p->re_pkt, t, n, q))) {      /* 2. pkt. */
			if (cur->kind == CITE_CHAPTER || cur->kind == CITE_PART) break;
			size_t s1, e1, s2, e2;
			group(p, p->re_pkt, "p1", &s1, &e1);
			int two = group(p, p->re_pkt, "p2", &s2, &e2);
			int p2 = two ? atoi_n(t + s2) : 0;
			Cite *c;
			if (x->level < LV_PKT && !conj) {
				c = cur;
				x->level = LV_PKT;
			} else {
				c = sibling(o, x, LV_PKT, q);
			}
			c->pkt = atoi_n(t + s1);
			c->el_end = r;
			if (two) {
				c = sibling(o, x, LV_PKT, s2);
				c->pkt = p2;
				c->el_end = r;
			}
			e = r;
		} else if (q + 4 <= n && !strncmp(t + q, "stk.", 4)) {
			if (cur->kind == CITE_CHAPTER || cur->kind == CITE_PART) break;
			if (!(r = scan_stk(t, n, q, &ilo, &ihi))) break;
			Cite *c;
			if (x->level < LV_STK && !conj) {
				c = cur;
				x->level = LV_STK;
			} else {
				if (!sep) break;
				c = sibling(o, x, LV_STK, q);
			}
			c->stk = ilo;
			c->stk_hi = ihi;
			c->el_end = e = r;
		} else if (q + 3 <= n && !strncmp(t + q, "nr.", 3)) {
			if (cur->kind == CITE_CHAPTER || cur->kind == CITE_PART) break;
			if (!(r = scan_nr(t, n, skip_ws(t, n, q + 3), lo, hi))) break;
			Cite *c;
			if (x->level < LV_NR && !conj) {
				c = cur;
				x->level = LV_NR;
			} else {
				if (!sep) break;
				c = sibling(o, x, LV_NR, q);
			}
			strcpy(c->nr, lo);
			strcpy(c->nr_hi, hi);
			c->el_end = e = r;
		} else if ((w = word_is(t, n, q, "litra"))) {
			size_t j = skip_ws(t, n, q + w);
			if (j >= n || !is_alpha(t[j]) || word_at(t, j + 1, n)) break;
			if (cur->kind == CITE_CHAPTER || cur->kind == CITE_PART) break;
			Cite *c;
			if (x->level < LV_LITRA && !conj) {
				c = cur;
				x->level = LV_LITRA;
			} else {
				if (!sep) break;
				c = sibling(o, x, LV_LITRA, q);
			}
			c->litra[0] = t[j] | 0x20;
			c->litra[1] = 0;
			c->el_end = e = j + 1;
		} else if (sep && q < n && is_digit(t[q]) && x->level != LV_PKT) {  /* bare number */
			Cite *c;
			if (item_marker(t, n, q, x->start)) break;
			if (cur->kind == CITE_CHAPTER) {
				if (!(r = scan_label(t, n, q, 1, lo, sizeof lo)) || not_a_label(t, n, r)) break;
				c = sibling(o, x, LV_SEC, q);
				strcpy(c->chapter, lo);
			} else if (x->level == LV_SEC && cur->kind == CITE_SECTION) {
				if (!(r = scan_sec(t, n, q, lo, hi)) || not_a_label(t, n, r)) break;
				c = sibling(o, x, LV_SEC, q);
				strcpy(c->sec, lo);
				strcpy(c->sec_hi, hi);
			} else if (x->level == LV_STK) {
				if (!(r = scan_label(t, n, q, 0, lo, sizeof lo)) || not_a_label(t, n, r)) break;
				c = sibling(o, x, LV_STK, q);
				c->stk = atoi_n(lo);
				size_t h = scan_hi(t, n, r, 0, lo, hi, sizeof hi);
				if (h) { c->stk_hi = atoi_n(hi); r = h; }
			} else if (x->level == LV_NR) {
				if (!(r = scan_nr(t, n, q, lo, hi)) || not_a_label(t, n, r)) break;
				c = sibling(o, x, LV_NR, q);
				strcpy(c->nr, lo);
				strcpy(c->nr_hi, hi);
			} else {
				break;
			}
			c->el_end = e = r;
		} else {
			break;
		}
	}
	return e;
}

/* The act named right before an expression that starts at i: "LAB § 53",
** "barselslovens § 6", "lov om en aktiv beskæftigelsesindsats (LAB) § 53".
** Returns the mention and sets *start, or NULL. */
static Mention *act_before(CiteParser *p, const char *t, size_t i, size_t *start) {
	size_t j = i;
	while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t' || t[j - 1] == '\n')) j--;
	if (j == i && i > 0) return NULL;
	Mention *m = mention_ending(p, j);
	if (!m && j > 0 && t[j - 1] == ')') {
		/* a parenthesised short name between: "(LAB)" */
		size_t k = j - 1;
		while (k > 0 && j - k < 40 && t[k - 1] != '(') k--;
		if (k == 0 || t[k - 1] != '(') return NULL;
		Mention *inner = mention_at(p, k);
		if (inner && inner->end == j - 1) inner->used = 1;
		k--;
		while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t' || t[k - 1] == '\n')) k--;
		m = mention_ending(p, k);
		if (!m && inner && inner->end == j - 1) m = inner;
	}
	if (m) *start = m->start;
	return m;
}

/* The act named right after an expression that starts at start and ends at e:
** ", i lov om ...", " i denne lov", " i samme lov", " i bekendtgørelsen" (also
** after an item written "nr. 3)"). Returns 1 and sets *m (NULL: the act the text
** stands in) and *end when there is one; *back = 1 when *m is a reference back
** to an act named earlier ("samme lov", "loven"). "loven" and "bekendtgørelsen"
** with no such act before them name a document that cannot be identified:
** *m is then set to generic, filled in with the word as written. */
static int act_after(CiteParser *p, const char *t, size_t n, size_t e, size_t start, Mention **m,
                     size_t *end, int *back, Mention *generic) {
	static const struct { const char *word, *kinds; } BACK[] = {
		{"loven", "L"}, {"lovbekendtgørelsen", "L"}, {"bekendtgørelsen", "B"}};
	size_t q = skip_ws(t, n, e), w;
	*back = 0;
	if (q < n && t[q] == ')' && q > 0 && is_digit(t[q - 1]) && !paren_open(t, start))
		q = skip_ws(t, n, q + 1);
	if (q < n && t[q] == ',') q = skip_ws(t, n, q + 1);
	if (!(w = word_is(t, n, q, "i"))) return 0;
	q = skip_ws(t, n, q + w);
	if ((*m = mention_at(p, q))) {
		*end = (*m)->end;
		return 1;
	}
	*m = NULL;
	if ((w = word_is(t, n, q, "denne")) || (w = word_is(t, n, q, "nærværende"))) {
		size_t r = skip_ws(t, n, q + w), v;
		if ((v = word_is(t, n, r, "lov")) || (v = word_is(t, n, r, "bekendtgørelse"))) {
			*end = r + v;
			return 1;
		}
	}
	for (size_t k = 0; k < sizeof BACK / sizeof *BACK; k++) {
		if (!(w = word_is(t, n, q, BACK[k].word))) continue;
		*m = last_mention(p, start, BACK[k].kinds);
		*back = 1;
		if (!*m) {
			memset(generic, 0, sizeof *generic);
			generic->start = q;
			generic->end = q + w;
			norm_unknown(generic->name, sizeof generic->name, t + q, w);
			generic->kind = BACK[k].kinds[0];
			*m = generic;
		}
		*end = q + w;
		return 1;
	}
	if ((w = word_is(t, n, q, "samme"))) {
		size_t r = skip_ws(t, n, q + w), v;
		const char *kinds = NULL;
		if ((v = word_is(t, n, r, "lov"))) kinds = "L";
		else if ((v = word_is(t, n, r, "bekendtgørelse"))) kinds = "B";
		if (kinds) {
			*m = last_mention(p, start, kinds);
			*back = 1;
			*end = r + v;
			return 1;
		}
	}
	return 0;
}

/* Parses the expression whose trigger matched at [ts, te) with group g.
** Appends its elements to o; returns where scanning resumes. */
static size_t parse_expr(CiteParser *p, const char *t, size_t n, uint32_t g, size_t ts, size_t te, Out *o) {
	Expr x = {ts, o->n, o->n, LV_SEC};
	char lo[16], hi[16];
	size_t e = 0;
	int ilo, ihi;

	if (g == p->g_sec) {
		size_t j = ts + sec_sign(t, n, ts);
		if (!(e = scan_sec(t, n, j, lo, hi))) return te;
		if (at_line_start(t, ts) && e < n && t[e] == '.' && (e + 1 == n || space_len(t, e + 1, n)))
			return e + 1;   /* "§ 53." heading */
		Cite *c = push(o);
		c->kind = CITE_SECTION;
		strcpy(c->sec, lo);
		strcpy(c->sec_hi, hi);
		c->el_start = ts;
		c->el_end = e;
	} else if (g == p->g_kap) {
		size_t j = skip_ws(t, n, te);
		if (!(e = scan_label(t, n, j, 1, lo, sizeof lo))) return te;
		if (t[ts] == 'K' && at_line_start(t, ts)) {
			size_t k = e;
			while (k < n && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) k++;
			if (k == n || t[k] == '\n') return e;   /* "Kapitel 6 a" heading */
		}
		Cite *c = push(o);
		c->kind = CITE_CHAPTER;
		strcpy(c->chapter, lo);
		c->el_start = ts;
		c->el_end = e;
	} else if (g == p->g_stk) {
		if (!(e = scan_stk(t, n, ts, &ilo, &ihi))) return te;
		if (t[ts] == 'S' && e < n && t[e] == '.' && (e + 1 == n || space_len(t, e + 1, n)))
			return e + 1;   /* "Stk. 2." heading */
		if (not_a_label(t, n, e)) return e;
		Cite *c = push(o);
		c->kind = CITE_STK;
		c->stk = ilo;
		c->stk_hi = ihi;
		c->el_start = ts;
		c->el_end = e;
		x.level = LV_STK;
	} else if (g == p->g_nr) {
		if (nr_of_other(t, n, ts)) return te;
		if (!(e = scan_nr(t, n, skip_ws(t, n, te), lo, hi)) || not_a_label(t, n, e)) return te;
		Cite *c = push(o);
		c->kind = CITE_NR;
		strcpy(c->nr, lo);
		strcpy(c->nr_hi, hi);
		c->el_start = ts;
		c->el_end = e;
		x.level = LV_NR;
	} else if (g == p->g_litra) {
		size_t j = skip_ws(t, n, te);
		Cite *c = push(o);
		c->kind = CITE_NR;
		c->litra[0] = t[j];
		c->el_start = ts;
		c->el_end = e = j + 1;
		x.level = LV_LITRA;
	} else if (g == p->g_pkt) {
		if (!match_at(p, p->re_pkt, t, n, ts)) return te;
		size_t s1, e1, s2, e2;
		group(p, p->re_pkt, "p1", &s1, &e1);
		int two = group(p, p->re_pkt, "p2", &s2, &e2);
		Cite *c = push(o);
		c->kind = CITE_PKT;
		c->pkt = atoi_n(t + s1);
		c->el_start = ts;
		c->el_end = te;
		if (two) {
			c = push(o);
			c->kind = CITE_PKT;
			c->pkt = atoi_n(t + s2);
			c->el_start = s2;
			c->el_end = te;
		}
		x.cur = o->n - 1;
		x.level = LV_PKT;
		e = te;
	} else if (g == p->g_guide) {
		const char *kinds = (t[ts] | 0x20) == 'v' ? "V" : "S";
		Mention *m = last_mention(p, ts, kinds);   /* a reference back: not a use */
		e = scan_parts(p, t, n, te, m, o);
		if (!e) return te;
		for (int k = x.first; k < o->n; k++) {
			o->v[k].start = ts;
			o->v[k].end = e;
		}
		return e;
	} else if (g == p->g_afsnit) {
		e = scan_parts(p, t, n, ts, NULL, o);
		if (!e) return te;
		/* "afsnit 4.2 i vejledning om ...": the parts are of the document named */
		size_t aend;
		Mention *m = NULL, generic;
		int back = 0;
		if (act_after(p, t, n, e, ts, &m, &aend, &back, &generic) && m && m != &generic) {
			m->used = 1;
			for (int k = x.first; k < o->n; k++) set_act(&o->v[k], m);
			e = aend;
		}
		for (int k = x.first; k < o->n; k++) {
			o->v[k].start = ts;
			o->v[k].end = e;
		}
		return e;
	} else {
		return te;
	}

	e = scan_list(p, t, n, e, o, &x);

	/* The act: before the expression, or after it. Sections and chapters take
	** it. "stk. 2" is of the section the text stands in, unless the whole
	** expression is of another act named after it ("nr. 3 i bekendtgørelsen"). */
	int named = 0;
	for (int k = x.first; k < o->n; k++)
		named |= o->v[k].kind == CITE_SECTION || o->v[k].kind == CITE_CHAPTER;
	size_t start = ts, end = e, mstart = ts, aend;
	Mention *m = NULL, generic;
	int have = 0, back = 0;
	if (named && o->v[x.first].kind != CITE_STK && o->v[x.first].kind != CITE_NR &&
	    o->v[x.first].kind != CITE_PKT && (m = act_before(p, t, ts, &mstart))) {
		have = 1;
		start = mstart;
	} else if (act_after(p, t, n, e, ts, &m, &aend, &back, &generic)) {
		have = 1;
		end = aend;
	}
	/* "stk. 2 i lov om X" names no provision of X that can be found: X itself
	** stays cited as an act */
	if (have && m && !back && named) m->used = 1;
	for (int k = x.first; k < o->n; k++) {
		Cite *c = &o->v[k];
		c->start = start;
		c->end = end;
		if (have && (!named || c->kind == CITE_SECTION || c->kind == CITE_CHAPTER)) set_act(c, m);
	}
	return end;
}

static int cmp_cite(const void *a, const void *b) {
	const Cite *x = a, *y = b;
	if (x->start != y->start) return x->start < y->start ? -1 : 1;
	if (x->el_start != y->el_start) return x->el_start < y->el_start ? -1 : 1;
	if (x->el_end != y->el_end) return x->el_end < y->el_end ? -1 : 1;
	return 0;
}

int cite_extract(CiteParser *p, const char *text, size_t n, Cite **out) {
	Out o = {NULL, 0, 0};
	*out = NULL;
	if (!text || n == 0) return 0;
	/* The patterns run without PCRE2's UTF check (it would cost the whole
	** text on every call); so check once, and read only the valid prefix. */
	size_t bad;
	if (!utf8_valid(text, n, &bad)) n = bad;
	p->n_used = 0;
	scan_mentions(p, text, n);

	/* Parts right after a guideline or letter named in the text. */
	for (int k = 0; k < p->n_men; k++) {
		Mention *m = &p->men[k];
		if (m->kind != 'V' && m->kind != 'S') continue;
		int first = o.n;
		/* "vejledning om X afsnit 4.1", also "vejledning om X, afsnit 4.1" */
		size_t e = scan_parts(p, text, n, skip_comma(text, n, m->end), m, &o);
		if (!e) continue;
		m->used = 1;
		for (int j = first; j < o.n; j++) {
			o.v[j].start = m->start;
			o.v[j].end = e;
		}
		mark_used(p, m->end, e);
	}

	/* Expressions. */
	size_t pos = 0;
	int u = 0;
	while (pos < n) {
		int rc = pcre2_match(p->re_trigger, (PCRE2_SPTR)text, n, pos, PCRE2_NO_UTF_CHECK, p->md, NULL);
		if (rc <= 0) break;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
		size_t ts = ov[0], te = ov[1];
		uint32_t g = 0;
		for (uint32_t i = 1; i < (uint32_t)rc; i++)
			if (ov[2 * i] != PCRE2_UNSET) { g = i; break; }
		while (u < p->n_used && p->used[u].end <= ts) u++;
		if (u < p->n_used && p->used[u].start <= ts) {
			pos = p->used[u].end;
			continue;
		}
		size_t next = parse_expr(p, text, n, g, ts, te, &o);
		pos = next > ts ? next : te;
	}

	/* Acts named with no provision. */
	for (int k = 0; k < p->n_men; k++) {
		Mention *m = &p->men[k];
		if (m->used) continue;
		if (k > 0 && m->key && p->men[k - 1].key && !strcmp(m->key, p->men[k - 1].key) &&
		    m->start - p->men[k - 1].end <= 3)
			continue;   /* "lov om en aktiv beskæftigelsesindsats (LAB)" */
		Cite *c = push(&o);
		c->kind = CITE_ACT;
		c->start = c->el_start = m->start;
		c->end = c->el_end = m->end;
		set_act(c, m);
	}

	if (o.n > 1) qsort(o.v, o.n, sizeof(Cite), cmp_cite);
	*out = o.v;
	return o.n;
}
