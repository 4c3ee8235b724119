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
#include "kind.h"
#include "ref.h"
#include "util.h"

#include <limits.h>
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
	"(?= [§KkSsnlVvCcapA\\d] )\n"
	"(?: (?<sec> §§? )\n"
	"  | (?<![\\w.]) (?<kap> [Kk]apit(?:el|lerne) ) (?!\\w)\n"
	"  | (?<![\\w.]) (?<stk> [Ss]tk\\. )\n"
	"  | (?<![\\w.]) (?<nr> nr\\. )\n"
	"  | (?<![\\w.]) (?<litra> litra ) (?= \\s+ [a-z] (?!\\w) )\n"
	"  | (?<![\\w.,]) (?<pkt> \\d{1,2} \\. \\s* (?: (?: , \\s* \\d{1,2} \\. \\s* )* (?:og|eller|-|–|,) \\s* \\d{1,2} \\. \\s* )? pkt\\. )\n"
	"  | (?<![\\w.,]) (?<kapn> \\d{1,3} \\. \\s* kapitel ) (?!\\w)\n"
	"  | (?<![\\w.]) (?<guide> [Vv]ejledningens | [Ss]krivelsens | [Cc]irkulærets ) (?!\\w)\n"
	"  | (?<![\\w.]) (?<afsnit> afsnit | punkt ) (?= \\s+ \\d )\n"
	"  | (?<![\\w.]) (?<art> (?i: {foreign_article} ) ) (?= \\s* \\d ) )";

/* "2. pkt.", "1. og 2. pkt.", "1.-3. pkt.", "1., 2. og 3. pkt." at a point
** (anchored; the middle of a longer list is below what is linked). */
static const char RE_PKT[] =
	"(?<p1> \\d{1,2} ) \\. \\s*\n"
	"(?: (?: , \\s* \\d{1,2} \\. \\s* )* (?<sep> og | eller | - | – | , ) \\s* (?<p2> \\d{1,2} ) \\. \\s* )?\n"
	"pkt\\.";

/* A document named by its number and date (anchored): "bekendtgørelse nr. 2409
** af 13. december 2021", "lov nr. 1750 af 29. december 2025". */
static const char RE_NUMBERED[] =
	"(?i) (?: {numbered_document} ) \\s+ nr\\. \\s* \\d+ \\s+ af \\s+\n"
	"\\d{1,2} \\. \\s* (?: {month} ) \\s+ \\d{4} (?!\\d)";

/* A part of a guideline or letter at a point (anchored). */
static const char RE_PART[] =
	"  afsnit \\s+ (?<afsnit> \\d+ (?: \\.\\d+ )* )\n"
	"| (?: punkt \\s+ | pkt\\. \\s* ) (?<punkt> \\d+ (?: \\.\\d+ )* (?: \\s* - \\s* \\d+ (?: \\.\\d+ )+ )? )\n"
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
	"(?(DEFINE) (?<stop> {title_stop} ) )";

/* A document outside Danish statute law named so that it is identified
** (anchored; the lexicon's foreign_* lists): by EU number ("Europa-Parlamentets
** og Rådets forordning (EU) 2019/880", "direktiv 2013/34/EU"), by date
** ("kongelig resolution af 21. januar 2021", "cirkulære nr. 12 af 5. marts
** 1990") or by title ("forordningen om digitale markeder"). The issuer (group
** iss) is not part of the name it is kept under. */
static const char RE_FOREIGN[] =
	"(?i)\n"
	"  (?: (?<iss> {foreign_issuer} ) \\s+ )? (?: {foreign_numbered} ) \\s+\n"
	"  (?: \\( (?: {foreign_mark} ) \\) \\s* (?: nr\\. \\s* )? \\d{1,4} / \\d{1,4} (?: / (?: {foreign_mark} ) )?\n"
	"    | (?: nr\\. \\s* )? \\d{1,4} / \\d{1,4} / (?: {foreign_mark} )\n"
	"    | (?(<iss>) (?: nr\\. \\s* )? \\d{1,4} / \\d{1,4} | (*FAIL) ) ) (?! [\\d/] )\n"
	"| (?: {foreign_dated} ) (?: \\s+ nr\\. \\s* \\d+ )? \\s+ af \\s+\n"
	"  \\d{1,2} \\. \\s* (?: {month} ) \\s+ \\d{4} (?!\\d)\n"
	"| (?: {foreign_titled} ) \\s+ om \\s+ (?&w)\n"
	"  (?: \\s+ (?! (?&stop) (?![\\w-]) | mv?\\. | \\d ) (?&w) ){0,7}\n"
	"(?(DEFINE) (?<w> [\\w\\x{AD}\\x{200B}-\\x{200D}-]+ ) )\n"
	"(?(DEFINE) (?<stop> {title_stop} ) )";

/* An annex of an act or order (not anchored): "bilag 8", "bilag 6, kapitel 1,
** nr. 1-3", "bilag 1, pkt. 3.01.200" (the lexicon's annex_label and annex_unit);
** group ref is the unit within it. */
static const char RE_ANNEX[] =
	"(?i) (?<![\\w.]) (?: (?: {annex_label} ) \\s+ (?<num> \\d{1,3} [a-z]? ) (?![\\w])\n"
	"(?<ref> (?: ,? \\s* (?: {annex_unit} ) \\s* [0-9a-z]{1,3} (?: \\.\\d+ )* (?: \\s* [-–] \\s* \\d+ )?\n"
	"            (?![\\w]) )* )\n"
	"| (?<def> {annex_definite} ) (?![\\w]) )";

typedef struct Mention {
	size_t start, end;
	const char *key;      /* known act: its key; NULL when unknown */
	char name[ACT_KEY_MAX];       /* unknown act: the name, normalised */
	char kind;            /* 'L' act, 'B' executive order, 'V' guideline, 'S' letter, 'O' other,
	                         'E' a document outside Danish statute law (RE_FOREIGN) */
	int external;         /* a document the corpus cannot hold, identified by its name (Cite.external) */
	int used;
	int generic;          /* "lovens": the act as such, not identified (Cite.act_generic) */
	const char *alt;      /* a numbered document's act by its title (Cite.act_alt) */
} Mention;

typedef struct Range { size_t start, end; } Range;

/* The lexicon's lists the grammar reads (see corpus/lexicon.tsv). */
enum { L_NUMBERED_DOC, L_AMOUNT_UNIT, L_NUMBERED_OTHER, L_ACT_BACKREF, L_ACT_THIS, L_ACT_SAME,
       L_ACT_NOUN, L_TITLE_TAIL, L_ACT_GENERIC, L_FOREIGN_UNIT, L_LIST_JOIN, L_DESCRIPTION_LEAD,
       L_LIST_SAME_ACT, L_FOREIGN_ISSUER, L_FOREIGN_NUMBERED, L_FOREIGN_DATED, L_FOREIGN_TITLED,
       L_FOREIGN_GENITIVE, L_FOREIGN_ARTICLE, L_COMPOUND_GUIDELINE, L_SECTION_RELATIVE,
       L_SECTION_ANAPHORA, L_ACT_SAME_GENITIVE, L_ANNEX_DEFINITE, L_N };
static const char *const LIST_NAMES[L_N + 1] = {
	"numbered_document", "amount_unit", "numbered_other", "act_backref", "act_this", "act_same",
	"act_noun", "title_tail", "act_generic", "foreign_unit", "list_join", "description_lead",
	"list_same_act", "foreign_issuer", "foreign_numbered", "foreign_dated", "foreign_titled",
	"foreign_genitive", "foreign_article", "compound_guideline", "section_relative",
	"section_anaphora", "act_same_genitive", "annex_definite", NULL};

/* The first words of the names RE_FOREIGN reads: it is tried only at them. */
typedef struct FirstWord { const char *w; size_t len; } FirstWord;
enum { FIRST_MAX = 96 };

struct CiteParser {
	const Acts *acts;
	const Lexicon *lex;
	const LexList *lx[L_N];
	pcre2_code *re_trigger, *re_pkt, *re_part, *re_unknown, *re_numbered, *re_foreign, *re_annex;
	FirstWord first[FIRST_MAX];   /* where re_foreign can start */
	int n_first;
	unsigned char first_byte[256];   /* ... and their first bytes, either case */
	pcre2_match_data *md;
	uint32_t g_sec, g_kap, g_stk, g_nr, g_litra, g_pkt, g_guide, g_afsnit, g_kapn, g_art;
	/* scratch, reused between calls */
	Mention *men;
	int n_men, cap_men;
	Range *used;
	int n_used, cap_used;
	Range *place;        /* sections named by their place (section_relative, _anaphora) */
	int *place_step;     /* ... the step, or INT_MIN for the anaphora */
	int n_place, cap_place;
	int prev_cite;       /* the last element of the expression before, or -1 */
	size_t prev_end;     /* ... and where it ends */
	const char *const *prior_names;   /* cite_parser_set_prior */
	int n_prior;
	Mention prior;       /* the one of them a text points back to */
	size_t read;         /* bytes read, until the patterns are compiled to machine code */
	int jitted;
};

typedef struct Out {
	Cite *v;
	int n, cap;
} Out;

static pcre2_code *compile(const Lexicon *lex, const char *pattern, char **err) {
	int ec;
	PCRE2_SIZE off;
	char *pat = lexicon_expand(lex, pattern, err);
	if (!pat) return NULL;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	                               PCRE2_UTF | PCRE2_UCP | PCRE2_EXTENDED | PCRE2_NO_UTF_CHECK,
	                               &ec, &off, NULL);
	free(pat);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof msg);
		*err = xprintf("cannot compile citation pattern at offset %zu: %s", (size_t)off, (char *)msg);
		return NULL;
	}
	return re;
}

/* The patterns are compiled to machine code once the parser has read JIT_AFTER
** bytes: compiling costs more than the interpreter takes to read a question or
** a reference, and pays back over documents. Where PCRE2 has no JIT, the
** interpreter goes on. */
enum { JIT_AFTER = 64 * 1024 };

static void jit_when_worth_it(CiteParser *p, size_t n) {
	if (p->jitted || (p->read += n) < JIT_AFTER) return;
	pcre2_code *const re[] = {p->re_trigger, p->re_pkt,     p->re_part, p->re_unknown,
	                          p->re_numbered, p->re_foreign, p->re_annex};
	for (size_t i = 0; i < sizeof re / sizeof *re; i++) pcre2_jit_compile(re[i], PCRE2_JIT_COMPLETE);
	p->jitted = 1;
}

const Acts *cite_parser_acts(const CiteParser *p) { return p->acts; }
const Lexicon *cite_parser_lexicon(const CiteParser *p) { return p->lex; }

CiteParser *cite_parser_new(const Acts *acts, const Lexicon *lex, char **err) {
	CiteParser *p = xcalloc(1, sizeof *p);
	p->acts = acts;
	p->lex = lex;
	if (lexicon_lists(lex, LIST_NAMES, p->lx, err) != LG_OK ||
	    !(p->re_trigger = compile(lex, RE_TRIGGER, err)) || !(p->re_pkt = compile(lex, RE_PKT, err)) ||
	    !(p->re_part = compile(lex, RE_PART, err)) || !(p->re_unknown = compile(lex, RE_UNKNOWN, err)) ||
	    !(p->re_numbered = compile(lex, RE_NUMBERED, err)) ||
	    !(p->re_foreign = compile(lex, RE_FOREIGN, err)) || !(p->re_annex = compile(lex, RE_ANNEX, err))) {
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
	p->g_kapn = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"kapn");
	p->g_art = pcre2_substring_number_from_name(p->re_trigger, (PCRE2_SPTR)"art");
	const int starts[] = {L_FOREIGN_ISSUER, L_FOREIGN_NUMBERED, L_FOREIGN_DATED, L_FOREIGN_TITLED};
	for (size_t k = 0; k < sizeof starts / sizeof *starts; k++) {
		const LexList *l = p->lx[starts[k]];
		for (int i = 0; i < l->n && p->n_first < FIRST_MAX; i++) {
			FirstWord f = {l->v[i].word, strcspn(l->v[i].word, " ")};
			int seen = 0;
			for (int j = 0; j < p->n_first && !seen; j++)
				seen = p->first[j].len == f.len && !strncasecmp(p->first[j].w, f.w, f.len);
			if (!seen) p->first[p->n_first++] = f;
			unsigned char b = (unsigned char)f.w[0];
			p->first_byte[b] = p->first_byte[b >= 'a' && b <= 'z' ? b - 32 : b >= 'A' && b <= 'Z' ? b + 32 : b] = 1;
		}
	}
	return p;
}

void cite_parser_free(CiteParser *p) {
	if (!p) return;
	pcre2_code_free(p->re_trigger);
	pcre2_code_free(p->re_pkt);
	pcre2_code_free(p->re_annex);
	pcre2_code_free(p->re_part);
	pcre2_code_free(p->re_unknown);
	pcre2_code_free(p->re_numbered);
	pcre2_code_free(p->re_foreign);
	pcre2_match_data_free(p->md);
	free(p->men);
	free(p->used);
	free(p->place);
	free(p->place_step);
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
	/* the first byte first: most words of a text start with another letter */
	if (i >= n || ((unsigned char)t[i] | 0x20) != ((unsigned char)w[0] | 0x20)) return 0;
	size_t k = strlen(w);
	if (i + k > n || strncasecmp(t + i, w, k) != 0 || word_at(t, i + k, n)) return 0;
	return k;
}

/* The first word of list l (in its order) that stands at t[i] on word
** boundaries, as word_is() reads it: returns its length and sets *at (may be
** NULL) to its index, or 0. */
static size_t word_in(const LexList *l, const char *t, size_t n, size_t i, int *at) {
	for (int k = 0; k < l->n; k++) {
		size_t w = word_is(t, n, i, l->v[k].word);
		if (w) {
			if (at) *at = k;
			return w;
		}
	}
	return 0;
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
** "1,5") are not labels. Returns the end, or 0; writes the label to out.
** A hand-written scanner of one label, kept as one function so that each
** refusal stands next to the character it reads. */
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
static int not_a_label(const CiteParser *p, const char *t, size_t n, size_t e) {
	if (e + 2 < n && t[e] == '.' && space_len(t, e + 1, n)) {
		size_t j = skip_ws(t, n, e + 1);
		if (j < n && word_at(t, j, n) && !(t[j] >= 'A' && t[j] <= 'Z') &&
		    !((unsigned char)t[j] == 0xC3 && j + 1 < n && (unsigned char)t[j + 1] < 0xA0))
			return 1;
	}
	size_t j = skip_ws(t, n, e);
	if (j < n && t[j] == '%') return 1;
	return word_in(p->lx[L_AMOUNT_UNIT], t, n, j, NULL) > 0;
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

/* Copies src[0..n) into the field dst of cap bytes, NUL-terminated. What does
** not fit is cut off at a UTF-8 character boundary: the fields are sized for
** what the grammar reads into them (labels of a few letters, act keys and
** names up to ACT_KEY_MAX bytes), so a cut only shortens an overlong unknown name. */
static void copy_str(char *dst, size_t cap, const char *src, size_t n) {
	if (n >= cap) {
		n = cap - 1;
		while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80) n--;
	}
	memcpy(dst, src, n);
	dst[n] = 0;
}

static void set_str(char *dst, size_t cap, const char *src) { copy_str(dst, cap, src, strlen(src)); }

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
	c->act_generic = m && m->generic;
	c->act_alt = m ? m->alt : NULL;
	c->external = m && m->external;
}

/* ---------- pass 1: mentions ---------- */

static char kind_of(const Acts *a, const char *key) {
	return doc_kind_class(doc_kind(acts_kind(a, key)));
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
static void norm_unknown(const CiteParser *p, char *out, size_t cap, const char *t, size_t n) {
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
	size_t tl;
	if (lexlist_suffix(p->lx[L_TITLE_TAIL], out, o, LEX_EXACT, &tl) && o > tl + 1 &&
	    out[o - tl - 1] == ' ')
		out[o -= tl + 1] = 0;
	if (o > 6 && !strcmp(out + o - 6, "lovens")) out[--o] = 0;
}

/* Drops small words that cannot end a title from the end of an unknown
** "lov om ..." cut short by the word limit ("... udbetalt af"). Keeps three
** words at least. Returns the new end. */
static size_t trim_tail(const Acts *acts, const char *t, size_t s, size_t e) {
	for (;;) {
		size_t ls = e, words = 1;
		while (ls > s && t[ls - 1] != ' ' && t[ls - 1] != '\n' && t[ls - 1] != '\t') ls--;
		for (size_t k = s; k < ls; k++)
			if (t[k] == ' ' || t[k] == '\n' || t[k] == '\t') words++;
		if (ls == s || words <= 3) return e;
		if (!acts_cannot_end(acts, t + ls, e - ls)) return e;
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

/* After a document named by number and date at t[s..*e), its title: "lov
** nr. 146 af 13. april 1938 om gældsbreve". When the noun and the words from
** "om" on name a known act, returns its key and moves *e past the title. */
static const char *titled_after(const CiteParser *p, const char *t, size_t n, size_t s, size_t *e) {
	size_t j = skip_ws(t, n, *e);
	if (!word_in(p->lx[L_DESCRIPTION_LEAD], t, n, j, NULL)) return NULL;
	size_t noun = 0;
	while (s + noun < n && word_at(t, s + noun, n)) noun++;
	char buf[ACT_KEY_MAX];
	size_t rest = n - j < sizeof buf - noun - 2 ? n - j : sizeof buf - noun - 2;
	snprintf(buf, sizeof buf, "%.*s %.*s", (int)noun, t + s, (int)rest, t + j);
	const char *key = NULL;
	size_t len = acts_match(p->acts, buf, strlen(buf), &key);
	if (!len || len <= noun + 1) return NULL;
	*e = j + (len - noun - 1);
	return key;
}

/* Whether the word t[i..we) is one a name RE_FOREIGN reads can start with. */
static int foreign_start(const CiteParser *p, const char *t, size_t i, size_t we) {
	if (!p->first_byte[(unsigned char)t[i]]) return 0;
	for (int k = 0; k < p->n_first; k++)
		if (p->first[k].len == we - i && !strncasecmp(p->first[k].w, t + i, we - i)) return 1;
	return 0;
}

/* A document outside Danish statute law at t[i] (RE_FOREIGN): its mention, kept
** under its name without the issuer. Returns its end, or 0. */
static size_t foreign_mention(CiteParser *p, const char *t, size_t n, size_t i) {
	size_t e = match_at(p, p->re_foreign, t, n, i), is, ie;
	if (!e) return 0;
	size_t from = group(p, p->re_foreign, "iss", &is, &ie) ? skip_ws(t, n, ie) : i;
	if (t[e - 1] != ')' && !is_digit(t[e - 1])) e = trim_tail(p->acts, t, i, e);   /* by title */
	Mention *m = add_mention(p, i, e);
	norm_unknown(p, m->name, sizeof m->name, t + from, e - from);
	/* one name for one EU act: "(EU) nr. 575/2013" and "(EU) 575/2013" alike */
	char *nr = strchr(m->name, '/') ? strstr(m->name, " nr. ") : NULL;
	if (nr) memmove(nr, nr + 4, strlen(nr + 4) + 1);
	m->kind = 'E';
	m->external = 1;
	return e;
}

/* A guideline by its one-word name ("Budgetvejledningens pkt. 2.4.9"), when a
** part of it follows or the name is written with a capital (a proper name, not
** "studievejledningen" given to pupils). Returns its end, or 0. */
static size_t compound_guideline(CiteParser *p, const char *t, size_t n, size_t i, size_t we) {
	const LexList *l = p->lx[L_COMPOUND_GUIDELINE];
	size_t tl = 0;
	int at = -1;
	if (we - i < 14 || (t[we - 1] != 'n' && t[we - 1] != 's')) return 0;   /* cheap refusal first */
	for (int k = 0; k < l->n && at < 0; k++)
		if (l->v[k].len + 2 < we - i && !memcmp(t + we - l->v[k].len, l->v[k].word, l->v[k].len))
			at = k, tl = l->v[k].len;
	if (at < 0) return 0;
	if (!(t[i] >= 'A' && t[i] <= 'Z') && !match_at(p, p->re_part, t, n, skip_comma(t, n, we))) return 0;
	Mention *m = add_mention(p, i, we);
	norm_unknown(p, m->name, sizeof m->name, t + i, we - tl - i);
	size_t o = strlen(m->name);
	snprintf(m->name + o, sizeof m->name - o, "%s", l->v[at].value);
	m->kind = 'V';
	m->external = 1;
	return we;
}

/* Past ", jf." at t[a] (a word of list_same_act after commas and white space):
** what follows names the same act as what comes before. 0 when it is not there. */
static size_t past_same_act(const CiteParser *p, const char *t, size_t n, size_t a) {
	size_t q = a, w;
	while (q < n && (t[q] == ',' || space_len(t, q, n))) q++;
	return (w = word_in(p->lx[L_LIST_SAME_ACT], t, n, q, NULL)) ? q + w : 0;
}

/* Whether t[a..b) is ", jf. " and nothing else. */
static int same_act_between(const CiteParser *p, const char *t, size_t a, size_t b) {
	size_t q = past_same_act(p, t, b, a);
	return q && skip_ws(t, b, q) == b;
}

/* A mention of an act that is not in the table, at the word t[i..we): "lovens"
** (the act as such: which one, the linker decides), a document by number and
** date (the resolver finds it by number and year), an unknown "lov om ..." /
** "bekendtgørelse om ...", unless a known name starts inside it ("lov om
** ændring af lov om ..."), an unknown "vejledningen om ..." only when a part
** of it follows ("afsnit 5": "vejledning om" is as often guidance given as a
** guideline named), or an unknown "...loven" ("renteloven", "ATP-lovens").
** Returns where scanning goes on. */
static size_t unknown_mention(CiteParser *p, const char *t, size_t n, size_t i, size_t we) {
	size_t e, gw = word_in(p->lx[L_ACT_GENERIC], t, n, i, NULL);
	Mention *m;
	if (gw && gw == we - i) {
		m = add_mention(p, i, we);
		norm_unknown(p, m->name, sizeof m->name, t + i, we - i);
		m->kind = 'L';
		m->generic = 1;
		return we;
	}
	if (word_in(p->lx[L_NUMBERED_DOC], t, n, i, NULL) && (e = match_at(p, p->re_numbered, t, n, i))) {
		m = add_mention(p, i, e);
		norm_unknown(p, m->name, sizeof m->name, t + i, e - i);
		m->kind = (t[i] | 0x20) == 'b' ? 'B' : 'L';
		m->alt = titled_after(p, t, n, m->start, &e);   /* "... om gældsbreve" */
		m->end = e;
		/* "lov om dansk indfødsret, jf. lovbekendtgørelse nr. 422 af 7. juni 2004":
		** a version of the act named right before it */
		const Mention *b = p->n_men > 1 ? &p->men[p->n_men - 2] : NULL;
		if (!m->alt && b && b->key && same_act_between(p, t, b->end, i)) m->alt = b->key;
		return e;
	}
	if (foreign_start(p, t, i, we) && (e = foreign_mention(p, t, n, i))) return e;
	if ((e = compound_guideline(p, t, n, i, we))) return e;
	int guide = word_is(t, n, i, "vejledning") || word_is(t, n, i, "vejledningen");
	if ((guide || word_is(t, n, i, "lov") || word_is(t, n, i, "bekendtgørelse")) &&
	    (e = match_at(p, p->re_unknown, t, n, i)) && !known_inside(p, t, i, e) &&
	    (e = trim_tail(p->acts, t, i, e)) &&
	    (!guide || match_at(p, p->re_part, t, n, skip_comma(t, n, e)))) {
		m = add_mention(p, i, e);
		norm_unknown(p, m->name, sizeof m->name, t + i, e - i);
		m->kind = guide ? 'V' : (t[i] | 0x20) == 'b' ? 'B' : 'L';
		return e;
	}
	size_t wl = we - i;
	if ((wl > 7 && !strncmp(t + we - 5, "loven", 5)) || (wl > 8 && !strncmp(t + we - 6, "lovens", 6))) {
		m = add_mention(p, i, we);
		norm_unknown(p, m->name, sizeof m->name, t + i, we - i);
		m->kind = 'L';
	}
	return we;
}

/* A section named by its place at the word t[i] ("næste Paragraf",
** "Paragraffen"): kept for sections_by_place(). Returns its end, or 0. */
static size_t section_place(CiteParser *p, const char *t, size_t n, size_t i) {
	int k, step;
	size_t w = word_in(p->lx[L_SECTION_RELATIVE], t, n, i, &k);
	if (w) step = atoi(p->lx[L_SECTION_RELATIVE]->v[k].value);
	else if ((w = word_in(p->lx[L_SECTION_ANAPHORA], t, n, i, NULL))) step = INT_MIN;
	else return 0;
	if (p->n_place == p->cap_place) {
		p->cap_place = p->cap_place ? 2 * p->cap_place : 8;
		p->place = xrealloc(p->place, p->cap_place * sizeof *p->place);
		p->place_step = xrealloc(p->place_step, p->cap_place * sizeof *p->place_step);
	}
	p->place[p->n_place] = (Range){i, i + w};
	p->place_step[p->n_place++] = step;
	return i + w;
}

/* Pass 1: every act named in the text, at word starts: the longest name the
** act table knows, else an unknown one (unknown_mention). */
static void scan_mentions(CiteParser *p, const char *t, size_t n) {
	p->n_men = 0;
	p->n_place = 0;
	for (size_t i = 0; i < n;) {
		if (!word_at(t, i, n) || word_before(t, i) || (i > 0 && t[i - 1] == '-')) {
			i += ulen(t, i, n);
			continue;
		}
		const char *key = NULL;
		size_t len = acts_match(p->acts, t + i, n - i, &key), we = i;
		if (len) {
			Mention *m = add_mention(p, i, i + len);
			m->key = key;
			m->kind = kind_of(p->acts, key);
			i += len;
			continue;
		}
		while (we < n && (word_at(t, we, n) || (t[we] == '-' && word_at(t, we + 1, n))))
			we += ulen(t, we, n);
		size_t pe = strchr("nNdDfFpP", t[i]) ? section_place(p, t, n, i) : 0;
		i = pe ? pe : unknown_mention(p, t, n, i, we);
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
			snprintf(c->part, sizeof c->part, "afsnit %.*s", (int)(ge - gs), t + gs);
		} else if (group(p, p->re_part, "punkt", &gs, &ge)) {
			snprintf(c->part, sizeof c->part, "punkt %.*s", (int)(ge - gs), t + gs);
		} else if (group(p, p->re_part, "indl", &gs, &ge)) {
			set_str(c->part, sizeof c->part, "indledning");
		} else if (group(p, p->re_part, "om", &gs, &ge)) {
			char lab[16];
			if (!ref_norm_section(t + gs, ge - gs, lab, sizeof lab)) set_str(lab, sizeof lab, "?");
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
	int plural;  /* it opened with "§§": more than one section follows */
	int article; /* it opened with "artikel": its "sections" are articles of a document
	                outside Danish law (attach_article) */
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

/* A word that joins the elements of a list at t[i] (the lexicon's list_join:
** "og", "eller", "samt", "bortset fra"); returns its length or 0. */
static size_t conj_at(const CiteParser *p, const char *t, size_t n, size_t i) {
	return word_in(p->lx[L_LIST_JOIN], t, n, i, NULL);
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
static int nr_of_other(const CiteParser *p, const char *t, size_t n, size_t i) {
	size_t j = i;
	while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\n' || t[j - 1] == '\t')) j--;
	if (j > 0 && (t[j - 1] == ')' || t[j - 1] == '.' || t[j - 1] == '-')) {
		if (t[j - 1] == ')' || t[j - 1] == '-') return 1;   /* "(EF) nr.", "CVR-nr." */
		j--;   /* "J.nr." */
	}
	size_t e = j;
	while (j > 0 && word_before(t, j)) {
		j--;
		while (j > 0 && ((unsigned char)t[j] & 0xC0) == 0x80) j--;
	}
	if (lexlist_find(p->lx[L_NUMBERED_OTHER], t + j, e - j, LEX_CASELESS) >= 0) return 1;
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

/* Where the next element of a list starts, and what separates it from the one
** before: a comma, a conjunction ("og", "eller", "samt"), both or neither. */
typedef struct ListPos {
	size_t q;
	int sep, conj;
} ListPos;

/* The element an "stk.", "nr.", "litra" or "pkt." at lv refines: the current
** one when it has nothing at that level yet and no conjunction came between,
** else a new sibling (which needs a separator unless need_sep is 0). NULL:
** the list ends. */
static Cite *refine(Out *o, Expr *x, int lv, const ListPos *lp, int need_sep) {
	if (x->level < lv && !lp->conj) {
		x->level = lv;
		return &o->v[x->cur];
	}
	if (need_sep && !lp->sep) return NULL;
	return sibling(o, x, lv, lp->q);
}

/* "§ N" in a list. Each el_*() returns the end of the element it read, or 0
** when the list ends before it. */
static size_t el_section(const char *t, size_t n, size_t w, Out *o, Expr *x, const ListPos *lp) {
	char lo[16], hi[16];
	size_t r;
	if (!lp->sep || !(r = scan_sec(t, n, lp->q + w, lo, hi))) return 0;
	Cite *c = sibling(o, x, LV_SEC, lp->q);
	c->kind = CITE_SECTION;
	set_str(c->sec, sizeof c->sec, lo);
	set_str(c->sec_hi, sizeof c->sec_hi, hi);
	return c->el_end = r;
}

/* The end of a range of chapters after chapter c's label, which ends at r:
** "kapitel 11-14". Returns the end of what was read. */
static size_t chapter_hi(const char *t, size_t n, size_t r, Cite *c) {
	char hi[16];
	size_t h = scan_hi(t, n, r, 1, c->chapter, hi, sizeof hi);
	if (!h) return r;
	set_str(c->chapter_hi, sizeof c->chapter_hi, hi);
	return h;
}

/* "kapitel N" / "kapitlerne N" in a list. */
static size_t el_chapter(const char *t, size_t n, Out *o, Expr *x, const ListPos *lp) {
	char lo[16];
	size_t q = lp->q, r;
	size_t j = skip_ws(t, n, q + (t[q + 6] == 'l' ? 7 : 10));
	if (!lp->sep || !(r = scan_label(t, n, j, 1, lo, sizeof lo))) return 0;
	Cite *c = sibling(o, x, LV_SEC, q);
	c->kind = CITE_CHAPTER;
	set_str(c->chapter, sizeof c->chapter, lo);
	return c->el_end = chapter_hi(t, n, r, c);
}

/* "2. pkt.", "1. og 2. pkt." (matched by re_pkt, ending at r). */
static size_t el_pkt(CiteParser *p, const char *t, size_t r, Out *o, Expr *x, const ListPos *lp) {
	size_t s1, e1, s2, e2;
	group(p, p->re_pkt, "p1", &s1, &e1);
	int two = group(p, p->re_pkt, "p2", &s2, &e2);
	int p2 = two ? atoi_n(t + s2) : 0;
	Cite *c = refine(o, x, LV_PKT, lp, 0);
	c->pkt = atoi_n(t + s1);
	c->el_end = r;
	if (two) {
		c = sibling(o, x, LV_PKT, s2);
		c->pkt = p2;
		c->el_end = r;
	}
	return r;
}

/* "stk. N" in a list. */
static size_t el_stk(const char *t, size_t n, Out *o, Expr *x, const ListPos *lp) {
	int ilo, ihi;
	size_t r = scan_stk(t, n, lp->q, &ilo, &ihi);
	Cite *c = r ? refine(o, x, LV_STK, lp, 1) : NULL;
	if (!c) return 0;
	c->stk = ilo;
	c->stk_hi = ihi;
	return c->el_end = r;
}

/* "nr. N" in a list. */
static size_t el_nr(const char *t, size_t n, Out *o, Expr *x, const ListPos *lp) {
	char lo[8], hi[8];
	size_t r = scan_nr(t, n, skip_ws(t, n, lp->q + 3), lo, hi);
	Cite *c = r ? refine(o, x, LV_NR, lp, 1) : NULL;
	if (!c) return 0;
	set_str(c->nr, sizeof c->nr, lo);
	set_str(c->nr_hi, sizeof c->nr_hi, hi);
	return c->el_end = r;
}

/* "litra b" in a list. */
static size_t el_litra(const char *t, size_t n, size_t w, Out *o, Expr *x, const ListPos *lp) {
	size_t j = skip_ws(t, n, lp->q + w);
	const Cite *cur = &o->v[x->cur];
	if (j >= n || !is_alpha(t[j]) || word_at(t, j + 1, n)) return 0;
	if (cur->kind == CITE_CHAPTER || cur->kind == CITE_PART) return 0;
	Cite *c = refine(o, x, LV_LITRA, lp, 1);
	if (!c) return 0;
	c->litra[0] = t[j] | 0x20;
	c->litra[1] = 0;
	return c->el_end = j + 1;
}

/* Whether a bare number at t[q], after a subsection of the current section,
** is another section: it has a subsection of its own ("§§ 155, 158, stk. 1,
** og 159, stk. 2 og 3"), or the list opened with "§§" and the number is
** higher than the current section and not the next subsection ("straffelovens
** §§ 124, stk. 2, 125, 127, stk. 1, 233, stk. 1, 235"; but "§§ 3 og 9, stk.
** 10 og 11"); after items the same ("§§ 43, stk. 1, nr. 1-4, 63 og 76"). */
static int bare_is_section(const char *t, size_t n, size_t q, const Out *o, const Expr *x) {
	const Cite *cur = &o->v[x->cur];
	if ((x->level != LV_STK && x->level != LV_NR) || cur->kind != CITE_SECTION || cur->sec_hi[0])
		return 0;
	char lo[16], hi[16];
	size_t d = scan_sec(t, n, q, lo, hi);
	if (!d) return 0;
	size_t j = skip_comma(t, n, d);
	/* a stk. after an item is the section's own ("nr. 2 og 3, stk. 2-4") */
	if (x->level == LV_STK && j + 4 <= n && !strncmp(t + j, "stk.", 4)) return 1;
	/* after items too: "dagtilbudslovens §§ 43, stk. 1, nr. 1-4, 63 og 76" */
	int last = x->level == LV_STK ? (cur->stk_hi ? cur->stk_hi : cur->stk)
	                              : atoi_n(cur->nr_hi[0] ? cur->nr_hi : cur->nr);
	return x->plural && ref_section_key(lo) > ref_section_key(cur->sec) &&
	       atoi_n(t + q) != last + 1;
}

/* A bare number after a separator: another element of the current one's level
** ("§§ 5, 7 og 9", "stk. 2 og 3", "nr. 1-3, 7"). */
static size_t el_bare(CiteParser *p, const char *t, size_t n, Out *o, Expr *x, const ListPos *lp) {
	size_t q = lp->q, r;
	char lo[16], hi[16];
	const Cite *cur = &o->v[x->cur];
	Cite *c;
	if (item_marker(t, n, q, x->start)) return 0;
	/* a section: one the grammar reads as such, or the next in a list of sections */
	if (bare_is_section(t, n, q, o, x) || (x->level == LV_SEC && cur->kind == CITE_SECTION)) {
		if (!(r = scan_sec(t, n, q, lo, hi)) || not_a_label(p, t, n, r)) return 0;
		c = sibling(o, x, LV_SEC, q);
		set_str(c->sec, sizeof c->sec, lo);
		set_str(c->sec_hi, sizeof c->sec_hi, hi);
	} else if (cur->kind == CITE_CHAPTER) {
		if (!(r = scan_label(t, n, q, 1, lo, sizeof lo)) || not_a_label(p, t, n, r)) return 0;
		c = sibling(o, x, LV_SEC, q);
		set_str(c->chapter, sizeof c->chapter, lo);
	} else if (x->level == LV_STK) {
		if (!(r = scan_label(t, n, q, 0, lo, sizeof lo)) || not_a_label(p, t, n, r)) return 0;
		c = sibling(o, x, LV_STK, q);
		c->stk = atoi_n(lo);
		size_t h = scan_hi(t, n, r, 0, lo, hi, sizeof hi);
		if (h) { c->stk_hi = atoi_n(hi); r = h; }
	} else if (x->level == LV_NR) {
		if (!(r = scan_nr(t, n, q, lo, hi)) || not_a_label(p, t, n, r)) return 0;
		c = sibling(o, x, LV_NR, q);
		set_str(c->nr, sizeof c->nr, lo);
		set_str(c->nr_hi, sizeof c->nr_hi, hi);
	} else {
		return 0;
	}
	return c->el_end = r;
}

/* "1. afsnit" (a subparagraph of an EU article, below what lovgraf links) at
** t[q]: returns its end, or 0. */
static size_t subparagraph(const char *t, size_t n, size_t q) {
	size_t d = q;
	while (d < n && is_digit(t[d])) d++;
	if (d == q || d - q > 2 || d >= n || t[d] != '.') return 0;
	size_t w = word_is(t, n, skip_ws(t, n, d + 1), "afsnit");
	return w ? skip_ws(t, n, d + 1) + w : 0;
}

/* The next element of a list at lp->q, by the word that starts it; returns its
** end, or 0 when the list ends. */
static size_t next_element(CiteParser *p, const char *t, size_t n, Out *o, Expr *x,
                           const ListPos *lp) {
	size_t q = lp->q, w, r;
	int in_part = o->v[x->cur].kind == CITE_CHAPTER || o->v[x->cur].kind == CITE_PART;
	if ((w = sec_sign(t, n, q))) return x->article ? 0 : el_section(t, n, w, o, x, lp);
	if (x->article && (w = word_in(p->lx[L_FOREIGN_ARTICLE], t, n, q, NULL)))
		return el_section(t, n, skip_ws(t, n, q + w) - q, o, x, lp);   /* "artikel 3 og artikel 5" */
	if (x->article && (r = subparagraph(t, n, q))) return r;
	if (word_is(t, n, q, "kapitel") || word_is(t, n, q, "kapitlerne")) return el_chapter(t, n, o, x, lp);
	if ((r = match_at(p, p->re_pkt, t, n, q))) return in_part ? 0 : el_pkt(p, t, r, o, x, lp);
	if (q + 4 <= n && !strncmp(t + q, "stk.", 4)) return in_part ? 0 : el_stk(t, n, o, x, lp);
	if (q + 3 <= n && !strncmp(t + q, "nr.", 3)) return in_part ? 0 : el_nr(t, n, o, x, lp);
	if ((w = word_is(t, n, q, "litra"))) return el_litra(t, n, w, o, x, lp);
	if (lp->sep && q < n && is_digit(t[q]) && x->level != LV_PKT) return el_bare(p, t, n, o, x, lp);
	return 0;
}

/* Reads the rest of an expression after its first element: siblings and
** refinements joined by ",", "og", "eller". Returns the end of the last element. */
static size_t scan_list(CiteParser *p, const char *t, size_t n, size_t e, Out *o, Expr *x) {
	for (;;) {
		ListPos lp = {skip_ws(t, n, e), 0, 0};
		size_t w, r;
		if (lp.q < n && t[lp.q] == ',') { lp.sep = 1; lp.q = skip_ws(t, n, lp.q + 1); }
		if ((w = conj_at(p, t, n, lp.q))) { lp.sep = lp.conj = 1; lp.q = skip_ws(t, n, lp.q + w); }
		if (!(r = next_element(p, t, n, o, x, &lp))) return e;
		e = r;
	}
}

/* The act named right before an expression that starts at i: "LAB § 53",
** "barselslovens § 6", "lov om en aktiv beskæftigelsesindsats (LAB) § 53".
** Returns the mention and sets *start, or NULL. */
static Mention *act_before(CiteParser *p, const char *t, size_t i, size_t *start, int *back) {
	size_t j = i;
	*back = 0;
	while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\t' || t[j - 1] == '\n')) j--;
	if (j == i && i > 0) return NULL;
	Mention *m = mention_ending(p, j);
	/* "renter efter samme lovs § 57": the last act of that kind named before */
	const LexList *g = p->lx[L_ACT_SAME_GENITIVE];
	for (int k = 0; !m && k < g->n; k++) {
		size_t len = g->v[k].len;
		if (len > j || strncasecmp(t + j - len, g->v[k].word, len) || word_before(t, j - len)) continue;
		if ((m = last_mention(p, j - len, g->v[k].value))) {
			*start = j - len;
			*back = 1;
			return m;
		}
	}
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

/* "§§ 33-35 om påbud og straf i lov om hold af heste": after a short description
** (description_lead and at most DESCRIPTION_WORDS words, no punctuation), "i" and an
** act named there: that act's mention, else NULL. */
#define DESCRIPTION_WORDS 8
static Mention *act_after_description(CiteParser *p, const char *t, size_t n, size_t q) {
	size_t w = word_in(p->lx[L_DESCRIPTION_LEAD], t, n, q, NULL);
	if (!w) return NULL;
	q = skip_ws(t, n, q + w);
	for (int words = 0; words < DESCRIPTION_WORDS && q < n; words++) {
		size_t e = q;
		while (e < n && t[e] != ' ' && t[e] != '\n') {
			if (strchr(".,;:()\xc2", t[e])) return NULL;   /* punctuation, or a § (0xC2 0xA7) */
			e++;
		}
		if (e == q) return NULL;
		size_t r = skip_ws(t, n, e);
		if (word_is(t, n, q, "i") == e - q && words > 0) {
			Mention *m = mention_at(p, r);
			if (m && !m->generic) return m;
		}
		q = r;
	}
	return NULL;
}

/* The act named right after an expression that starts at start and ends at e:
** ", i lov om ...", " i denne lov", " i samme lov", " i bekendtgørelsen" (also
** after an item written "nr. 3)"). Returns 1 and sets *m (NULL: the act the text
** stands in) and *end when there is one; *back = 1 when *m is a reference back
** to an act named earlier ("samme lov", "loven"). "loven" and "bekendtgørelsen"
** with no such act before them name a document that cannot be identified:
** *m is then set to generic, filled in with the word as written. */
static int act_after_word(CiteParser *p, const char *t, size_t n, size_t e, size_t start,
                          Mention **m, size_t *end, int *back, Mention *generic, const char *prep);

static int act_after(CiteParser *p, const char *t, size_t n, size_t e, size_t start, Mention **m,
                     size_t *end, int *back, Mention *generic) {
	return act_after_word(p, t, n, e, start, m, end, back, generic, "i");
}

/* act_after with another word than "i" before the act: "bilag 1 til denne lov" */
static int act_after_word(CiteParser *p, const char *t, size_t n, size_t e, size_t start,
                          Mention **m, size_t *end, int *back, Mention *generic, const char *prep) {
	size_t q = skip_ws(t, n, e), w;
	int k;
	*back = 0;
	*m = NULL;
	if (q < n && t[q] == ')' && q > 0 && is_digit(t[q - 1]) && !paren_open(t, start))
		q = skip_ws(t, n, q + 1);
	if (q < n && t[q] == ',') q = skip_ws(t, n, q + 1);
	if (!strcmp(prep, "i") && (*m = act_after_description(p, t, n, q))) {   /* "§§ 33-35 om påbud i lov om X" */
		*end = (*m)->end;
		return 1;
	}
	if (!(w = word_is(t, n, q, prep))) return 0;
	q = skip_ws(t, n, q + w);
	if ((*m = mention_at(p, q))) {
		*end = (*m)->end;
		return 1;
	}
	*m = NULL;
	if ((w = word_in(p->lx[L_ACT_THIS], t, n, q, NULL))) {          /* "denne lov" */
		size_t r = skip_ws(t, n, q + w), v;
		if ((v = word_in(p->lx[L_ACT_NOUN], t, n, r, NULL))) {
			*end = r + v;
			return 1;
		}
	}
	if ((w = word_in(p->lx[L_ACT_BACKREF], t, n, q, &k))) {          /* "loven" */
		const char *kinds = p->lx[L_ACT_BACKREF]->v[k].value;
		*m = last_mention(p, start, kinds);
		*back = 1;
		if (!*m) {
			memset(generic, 0, sizeof *generic);
			generic->start = q;
			generic->end = q + w;
			norm_unknown(p, generic->name, sizeof generic->name, t + q, w);
			generic->kind = kinds[0];
			generic->generic = kinds[0] == 'L';
			*m = generic;
		}
		*end = q + w;
		return 1;
	}
	if ((w = word_in(p->lx[L_ACT_SAME], t, n, q, NULL))) {          /* "samme lov" */
		size_t r = skip_ws(t, n, q + w), v;
		if ((v = word_in(p->lx[L_ACT_NOUN], t, n, r, &k))) {
			*m = last_mention(p, start, p->lx[L_ACT_NOUN]->v[k].value);
			*back = 1;
			*end = r + v;
			return 1;
		}
	}
	return 0;
}

/* "2. pkt.", "1. og 2. pkt." opening an expression: one or two elements. */
static int first_pkt(CiteParser *p, const char *t, size_t n, size_t ts, size_t te, Out *o,
                     Expr *x, size_t *e) {
	*e = te;
	if (!match_at(p, p->re_pkt, t, n, ts)) return 0;
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
	x->cur = o->n - 1;
	x->level = LV_PKT;
	return 1;
}

/* The first element of an expression. Each first_*() returns the new element,
** with *e its end, or NULL with *e where scanning resumes when there is no
** expression there (a heading "§ 53.", "Stk. 2.", "Kapitel 6 a"; an amount;
** "lov nr. 548"). */

/* "§ 53", "§§ 14-16" (te: after the trigger). */
static Cite *first_section(const char *t, size_t n, size_t ts, Out *o, size_t *e) {
	char lo[16], hi[16];
	size_t r = scan_sec(t, n, ts + sec_sign(t, n, ts), lo, hi);
	if (!r) return NULL;
	if (at_line_start(t, ts) && r < n && t[r] == '.' && (r + 1 == n || space_len(t, r + 1, n))) {
		*e = r + 1;   /* "§ 53." heading */
		return NULL;
	}
	Cite *c = push(o);
	c->kind = CITE_SECTION;
	set_str(c->sec, sizeof c->sec, lo);
	set_str(c->sec_hi, sizeof c->sec_hi, hi);
	*e = r;
	return c;
}

/* "kapitel 6 a" */
static Cite *first_chapter(const char *t, size_t n, size_t ts, size_t te, Out *o, size_t *e) {
	char lo[16];
	size_t r = scan_label(t, n, skip_ws(t, n, te), 1, lo, sizeof lo);
	if (!r) return NULL;
	if (t[ts] == 'K' && at_line_start(t, ts)) {
		size_t k = r;
		while (k < n && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) k++;
		if (k == n || t[k] == '\n') {
			*e = r;   /* "Kapitel 6 a" heading */
			return NULL;
		}
	}
	Cite *c = push(o);
	c->kind = CITE_CHAPTER;
	set_str(c->chapter, sizeof c->chapter, lo);
	*e = chapter_hi(t, n, r, c);
	return c;
}

/* The start of the word that ends right before t[e] (after white space and one
** comma), or e when there is none. */
static size_t word_back(const char *t, size_t e) {
	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t')) e--;
	if (e > 0 && t[e - 1] == ',') e--;
	while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\n' || t[e - 1] == '\t')) e--;
	size_t s = e;
	while (s > 0 && (word_before(t, s) || t[s - 1] == '.' || t[s - 1] == '-' || t[s - 1] == '/')) {
		s--;
		while (s > 0 && ((unsigned char)t[s] & 0xC0) == 0x80) s--;
	}
	return s;
}

/* Whether "stk.", "nr." or "litra" at t[ts] is a part of something that is no
** provision of ours: "artikel 92, stk. 1, litra c" (of an EU regulation),
** "bilag 5, nr. 1-9", "punkt 3, litra a" (the lexicon's foreign_unit). Walks
** back over the refinements before it ("stk. 1, litra c") to the unit. */
static int of_foreign_unit(const CiteParser *p, const char *t, size_t n, size_t ts) {
	size_t e = ts;
	for (int steps = 0; steps < 6 && e > 0; steps++) {
		size_t s = word_back(t, e);        /* the label: "92", "5", "c", "1" */
		if (s == e) return 0;
		size_t u = word_back(t, s);        /* the word before it: "artikel", "stk.", "nr." */
		if (u == s) return 0;
		size_t un = s;
		while (un > u && (t[un - 1] == ' ' || t[un - 1] == ',')) un--;
		if (lexlist_find(p->lx[L_FOREIGN_UNIT], t + u, un - u, LEX_CASELESS) >= 0) return 1;
		if (!((un - u == 4 && !strncasecmp(t + u, "stk.", 4)) ||
		      (un - u == 3 && !strncmp(t + u, "nr.", 3)) || (un - u == 5 && !strncmp(t + u, "litra", 5))))
			return 0;
		e = u;
	}
	(void)n;
	return 0;
}

/* "5. kapitel" (the older way of writing "kapitel 5"), the trigger at [ts, te). */
static Cite *first_chapter_ordinal(const char *t, size_t ts, size_t te, Out *o, size_t *e) {
	Cite *c = push(o);
	c->kind = CITE_CHAPTER;
	copy_str(c->chapter, sizeof c->chapter, t + ts, strspn(t + ts, "0123456789"));
	*e = te;
	return c;
}

/* "stk. 2" with no § before it: of the section the text stands in. */
static Cite *first_stk(CiteParser *p, const char *t, size_t n, size_t ts, Out *o, size_t *e) {
	int ilo, ihi;
	size_t r = scan_stk(t, n, ts, &ilo, &ihi);
	if (!r) return NULL;
	*e = r;
	if (t[ts] == 'S' && r < n && t[r] == '.' && (r + 1 == n || space_len(t, r + 1, n))) {
		*e = r + 1;   /* "Stk. 2." heading */
		return NULL;
	}
	if (not_a_label(p, t, n, r) || of_foreign_unit(p, t, n, ts)) return NULL;
	Cite *c = push(o);
	c->kind = CITE_STK;
	c->stk = ilo;
	c->stk_hi = ihi;
	return c;
}

/* "nr. 3" with no § or stk. before it, unless it numbers something else. */
static Cite *first_nr(CiteParser *p, const char *t, size_t n, size_t ts, size_t te, Out *o,
                      size_t *e) {
	char lo[8], hi[8];
	size_t r;
	if (nr_of_other(p, t, n, ts) || of_foreign_unit(p, t, n, ts)) return NULL;
	if (!(r = scan_nr(t, n, skip_ws(t, n, te), lo, hi)) || not_a_label(p, t, n, r)) return NULL;
	Cite *c = push(o);
	c->kind = CITE_NR;
	set_str(c->nr, sizeof c->nr, lo);
	set_str(c->nr_hi, sizeof c->nr_hi, hi);
	*e = r;
	return c;
}

/* "litra b" (the trigger's look-ahead saw the letter). */
static Cite *first_litra(CiteParser *p, const char *t, size_t n, size_t ts, size_t te, Out *o,
                         size_t *e) {
	size_t j = skip_ws(t, n, te);
	if (of_foreign_unit(p, t, n, ts)) {
		*e = j + 1;
		return NULL;
	}
	Cite *c = push(o);
	c->kind = CITE_NR;
	c->litra[0] = t[j];
	*e = j + 1;
	return c;
}

/* The first element by the trigger that matched at [ts, te) with group g:
** returns 1 with *e its end, or 0 with *e where scanning resumes. */
static int first_element(CiteParser *p, const char *t, size_t n, uint32_t g, size_t ts, size_t te,
                         Out *o, Expr *x, size_t *e) {
	Cite *c = NULL;
	*e = te;
	if (g == p->g_sec && (c = first_section(t, n, ts, o, e)))
		x->plural = sec_sign(t, n, ts) >= 4 && (unsigned char)t[ts + 2] == 0xC2;
	else if (g == p->g_kap) c = first_chapter(t, n, ts, te, o, e);
	else if (g == p->g_kapn) c = first_chapter_ordinal(t, ts, te, o, e);
	else if (g == p->g_stk && (c = first_stk(p, t, n, ts, o, e))) x->level = LV_STK;
	else if (g == p->g_nr && (c = first_nr(p, t, n, ts, te, o, e))) x->level = LV_NR;
	else if (g == p->g_litra && (c = first_litra(p, t, n, ts, te, o, e))) x->level = LV_LITRA;
	else if (g == p->g_pkt) return first_pkt(p, t, n, ts, te, o, x, e);
	else if (g == p->g_art && (c = first_section(t, n, skip_ws(t, n, te), o, e))) x->article = 1;
	if (!c) return 0;
	c->el_start = ts;
	c->el_end = *e;
	return 1;
}

/* Parts of a guideline or letter: "vejledningens afsnit 4.1" (g_guide: of the
** guideline named last) or "afsnit 4.2 i vejledning om ..." (g_afsnit: of the
** document named after them). Returns where scanning resumes. */
static size_t parse_parts(CiteParser *p, const char *t, size_t n, uint32_t g, size_t ts,
                          size_t te, Out *o) {
	int first = o->n;
	size_t e;
	if (g == p->g_guide) {
		const char *kinds = (t[ts] | 0x20) == 'v' ? "V" : "S";
		Mention *m = last_mention(p, ts, kinds);   /* a reference back: not a use */
		if (!(e = scan_parts(p, t, n, te, m, o))) return te;
	} else {
		if (!(e = scan_parts(p, t, n, ts, NULL, o))) return te;
		size_t aend;
		Mention *m = NULL, generic;
		int back = 0;
		if (act_after(p, t, n, e, ts, &m, &aend, &back, &generic) && m && m != &generic) {
			m->used = 1;
			for (int k = first; k < o->n; k++) set_act(&o->v[k], m);
			e = aend;
		}
	}
	for (int k = first; k < o->n; k++) {
		o->v[k].start = ts;
		o->v[k].end = e;
	}
	return e;
}

/* 1 when a lower-case letter (ASCII or æ, ø, å) starts at t[i]. */
static int is_lower_at(const char *t, size_t i) {
	unsigned char c = (unsigned char)t[i];
	return (c >= 'a' && c <= 'z') || (c == 0xC3 && (unsigned char)t[i + 1] >= 0xA0);
}

/* Whether the text t[a..b) between an expression and the next one goes on
** with the same list: ", " or "og", or a short description of what the one
** before is about ("Lov om kommunernes styrelse § 24 om valgmåde, §§ 25 og
** 26"): no sentence end, no § and no parenthesis in it, ending in a comma or a
** word of list_join, and a description opens with description_lead ("om"). */
static int continues_list(const CiteParser *p, const char *t, size_t a, size_t b) {
	if (b <= a || b - a > 160) return 0;
	size_t e = b;
	while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\n')) e--;
	size_t w = e;                      /* the last word before b */
	while (w > a && t[w - 1] != ' ' && t[w - 1] != '\n') w--;
	/* "straffelovens § 225, jf. § 216": what "jf." right after it points to is of
	** the same act (not after words between: "..., jf. § 9" is then the text's own) */
	int same = e > w && word_in(p->lx[L_LIST_SAME_ACT], t, e, w, NULL) == e - w;
	for (size_t k = a; same && k < w; k++) same = t[k] == ',' || t[k] == ' ' || t[k] == '\n';
	for (size_t k = a; k < b; k++) {
		if (strchr(";:()", t[k]) || ((unsigned char)t[k] == 0xC2 && (unsigned char)t[k + 1] == 0xA7))
			return 0;
		/* a full stop ends the list; the period of "m.v." (or of that "jf.") does not */
		if (t[k] == '.' && !(same && k >= w && k < e) &&
		    (k + 1 >= b || (t[k + 1] == ' ' && k + 2 < b && !is_lower_at(t, k + 2))))
			return 0;
	}
	if (same) return 1;
	if (!(e > a && t[e - 1] == ',') && word_in(p->lx[L_LIST_JOIN], t, e, w, NULL) != e - w)
		return 0;
	size_t s = skip_ws(t, b, a);
	if (s < b && t[s] == ',') s = skip_ws(t, b, s + 1);
	return s >= e || t[s] == ',' || word_in(p->lx[L_LIST_JOIN], t, b, s, NULL) ||
	       word_in(p->lx[L_DESCRIPTION_LEAD], t, b, s, NULL);
}

/* "nr. 1-21, jf. stk. 1" (e after the items): the stk. they stand in, or 0. */
static int items_of_stk(const CiteParser *p, const char *t, size_t n, size_t e) {
	size_t q = past_same_act(p, t, n, e);
	int lo, hi;
	if (!q) return 0;
	q = skip_ws(t, n, q);
	if (q + 4 > n || strncmp(t + q, "stk.", 4) || !scan_stk(t, n, q, &lo, &hi) || hi) return 0;
	return lo;
}

/* The act of the expression o->v[x->first..] that starts at ts and ends at e:
** before the expression, or after it. Sections and chapters take it. "stk. 2"
** is of the section the text stands in, unless the whole expression is of
** another act named after it ("nr. 3 i bekendtgørelsen"). Sets every
** element's span; returns the expression's end. */
static size_t attach_act(CiteParser *p, const char *t, size_t n, size_t ts, size_t e, Out *o,
                         const Expr *x) {
	int named = 0;
	for (int k = x->first; k < o->n; k++)
		named |= o->v[k].kind == CITE_SECTION || o->v[k].kind == CITE_CHAPTER;
	size_t start = ts, end = e, mstart = ts, aend;
	Mention *m = NULL, generic;
	int have = 0, back = 0;
	CiteKind k0 = o->v[x->first].kind;
	if (named && k0 != CITE_STK && k0 != CITE_NR && k0 != CITE_PKT &&
	    (m = act_before(p, t, ts, &mstart, &back))) {
		have = 1;
		start = mstart;
	} else if (act_after(p, t, n, e, ts, &m, &aend, &back, &generic)) {
		have = 1;
		end = aend;
	}
	/* "stk. 2 i lov om X" names no provision of X that can be found: X itself
	** stays cited as an act */
	if (have && m && !back && named) m->used = 1;
	/* a § with no act of its own that goes on with the list before it has
	** that list's act: "lov om X § 24 om valgmåde, §§ 25 og 26", also "the act"
	** as such: "Lovens § 11, stk. 1, nr. 2, § 11 b, jf. § 11, stk. 1, nr. 2"; so
	** has a chapter after a chapter ("forvaltningslovens kapitel 2 om inhabilitet
	** og kapitel 8") */
	const Cite *prev = !have && named && p->prev_cite >= 0 &&
	                   (k0 == CITE_SECTION ||
	                    (k0 == CITE_CHAPTER && o->v[p->prev_cite].kind == CITE_CHAPTER)) &&
	                   o->v[p->prev_cite].act[0] &&
	                   continues_list(p, t, p->prev_end, ts) ? &o->v[p->prev_cite] : NULL;
	/* "straffelovens § 210, stk. 1 eller 3, jf. stk. 1, §§ 213 ...": "jf. stk. 1"
	** right after another act's section is of that section, "jf. 1. pkt." of its
	** stk. ("straffelovens § 119, stk. 4, 2. pkt., jf. 1. pkt., § 119 b") */
	const Cite *of = !have && (k0 == CITE_STK || k0 == CITE_PKT) && p->prev_cite >= 0 &&
	                 o->v[p->prev_cite].kind == CITE_SECTION && o->v[p->prev_cite].act[0] &&
	                 !o->v[p->prev_cite].sec_hi[0] && same_act_between(p, t, p->prev_end, ts)
	                 ? &o->v[p->prev_cite] : NULL;
	int items_in = !have && k0 == CITE_NR ? items_of_stk(p, t, n, e) : 0;
	for (int k = x->first; items_in && k < o->n; k++)
		if (o->v[k].kind == CITE_NR && !o->v[k].stk) o->v[k].stk = items_in;
	for (int k = x->first; of && k < o->n; k++) {   /* ... and so are the §§ after it */
		Cite *c = &o->v[k];
		if (c->kind == CITE_STK || (c->kind == CITE_PKT && k == x->first)) {
			if (c->kind == CITE_PKT) c->stk = of->stk;
			c->kind = CITE_SECTION;
			memcpy(c->sec, of->sec, sizeof c->sec);
		} else if (c->kind != CITE_SECTION || c->act[0]) {
			continue;
		}
		memcpy(c->act, of->act, sizeof c->act);
		c->act_known = of->act_known;
		c->act_generic = of->act_generic;
		c->act_alt = of->act_alt;
		c->external = of->external;
	}
	for (int k = x->first; k < o->n; k++) {
		Cite *c = &o->v[k];
		c->start = start;
		c->end = end;
		if (have && (!named || c->kind == CITE_SECTION || c->kind == CITE_CHAPTER)) set_act(c, m);
		else if (prev && (c->kind == CITE_SECTION || c->kind == CITE_CHAPTER)) {
			memcpy(c->act, prev->act, sizeof c->act);
			c->act_known = prev->act_known;
			c->act_generic = prev->act_generic;
		}
	}
	return end;
}

void cite_parser_set_prior(CiteParser *p, const char *const *names, int n) {
	p->prior_names = names;
	p->n_prior = n;
}

/* The prior document (cite_parser_set_prior) the word w[0..n) ("forordningens",
** "forordningen") points back to: the last whose name's first word
** ("forordning") begins w and is shorter; NULL when none does. */
static Mention *prior_named(CiteParser *p, const char *w, size_t n) {
	for (int i = p->n_prior - 1; i >= 0; i--) {
		const char *name = p->prior_names[i];
		size_t k = strcspn(name, " ");
		if (k < n && !strncasecmp(w, name, k)) {
			memset(&p->prior, 0, sizeof p->prior);
			copy_str(p->prior.name, sizeof p->prior.name, name, strlen(name));
			p->prior.kind = 'E';
			p->prior.external = 1;
			return &p->prior;
		}
	}
	return NULL;
}

/* The document outside Danish law whose articles o->v[x->first..] are (read as
** sections: "artikel 92, stk. 1, litra c"), named right before them
** ("forordning (EU) 2019/880 artikel 3", "forordningens artikel 5": the last one
** named before) or after them ("artikel 38 i forordningen om digitale markeder").
** Each element becomes a CITE_PART of it; with none named they are dropped (an
** act's own annexed convention is not identified). Returns the expression's end. */
static size_t attach_article(CiteParser *p, const char *t, size_t n, size_t ts, size_t e, Out *o,
                             const Expr *x) {
	size_t start = ts, end = e, aend, g = word_back(t, ts);
	int back = 0;
	Mention generic;
	Mention *m = act_before(p, t, ts, &start, &back);
	if (m && m->kind != 'E') {
		m = NULL;
		start = ts;
		back = 0;
	}
	if (!m) {   /* "forordning (EU) 2019/1122, art. 30" */
		size_t j = ts;
		while (j > 0 && space_len(t, j - 1, n)) j--;
		if (j > 0 && t[j - 1] == ',') {
			while (j > 1 && space_len(t, j - 2, n)) j--;
			Mention *b = mention_ending(p, j - 1);
			if (b && b->kind == 'E') {
				m = b;
				start = b->start;
			}
		}
	}
	if (!m && g < ts) {
		size_t ge = ts;
		while (ge > g && (t[ge - 1] == ' ' || t[ge - 1] == '\n')) ge--;
		if (lexlist_find(p->lx[L_FOREIGN_GENITIVE], t + g, ge - g, LEX_CASELESS) >= 0 &&
		    ((m = last_mention(p, g, "E")) || (m = prior_named(p, t + g, ge - g)))) {
			start = g;
			back = 1;     /* named before: that mention is cited on its own too */
		}
	}
	Mention *a = NULL;
	if (!m && act_after(p, t, n, e, ts, &a, &aend, &back, &generic) && a) {
		if (a != &generic && a->kind == 'E') m = a;
		/* "artikel 4-8 i forordningen", the regulation named in an earlier provision */
		else if (a == &generic) m = prior_named(p, generic.name, strlen(generic.name));
		if (m) end = aend;
		if (m == &p->prior) back = 1;
	}
	if (!m) {
		o->n = x->first;
		return e;
	}
	if (!back) m->used = 1;
	for (int k = x->first; k < o->n; k++) {
		Cite *c = &o->v[k];
		Buf b = BUF_INIT;
		buf_printf(&b, "artikel %s", c->sec);
		if (c->sec_hi[0]) buf_printf(&b, "-%s", c->sec_hi);
		if (c->stk) buf_printf(&b, ", stk. %d", c->stk);
		if (c->stk_hi) buf_printf(&b, "-%d", c->stk_hi);
		if (c->nr[0]) buf_printf(&b, ", nr. %s", c->nr);
		if (c->nr_hi[0]) buf_printf(&b, "-%s", c->nr_hi);
		if (c->litra[0]) buf_printf(&b, ", litra %s", c->litra);
		size_t es = c->el_start, ee = c->el_end;
		memset(c, 0, sizeof *c);
		c->kind = CITE_PART;
		copy_str(c->part, sizeof c->part, b.s, b.n);
		buf_free(&b);
		set_act(c, m);
		c->start = start;
		c->end = end;
		c->el_start = es;
		c->el_end = ee;
	}
	return end;
}

/* Parses the expression whose trigger matched at [ts, te) with group g.
** Appends its elements to o; returns where scanning resumes. */
static size_t parse_expr(CiteParser *p, const char *t, size_t n, uint32_t g, size_t ts, size_t te,
                         Out *o) {
	if (g == p->g_guide || g == p->g_afsnit) return parse_parts(p, t, n, g, ts, te, o);
	Expr x = {ts, o->n, o->n, LV_SEC, 0, 0};
	size_t e;
	if (!first_element(p, t, n, g, ts, te, o, &x, &e)) return e;
	e = scan_list(p, t, n, e, o, &x);
	if (x.article) return attach_article(p, t, n, ts, e, o, &x);
	return attach_act(p, t, n, ts, e, o, &x);
}

static int cmp_cite(const void *a, const void *b) {
	const Cite *x = a, *y = b;
	if (x->start != y->start) return x->start < y->start ? -1 : 1;
	if (x->el_start != y->el_start) return x->el_start < y->el_start ? -1 : 1;
	if (x->el_end != y->el_end) return x->el_end < y->el_end ? -1 : 1;
	return 0;
}

/* Pass 2: parts right after a guideline or letter named in the text
** ("vejledning om X afsnit 4.1", also "vejledning om X, afsnit 4.1"). */
static void mention_parts(CiteParser *p, const char *text, size_t n, Out *o) {
	for (int k = 0; k < p->n_men; k++) {
		Mention *m = &p->men[k];
		if (m->kind != 'V' && m->kind != 'S') continue;
		int first = o->n;
		size_t e = scan_parts(p, text, n, skip_comma(text, n, m->end), m, o);
		if (!e) continue;
		m->used = 1;
		for (int j = first; j < o->n; j++) {
			o->v[j].start = m->start;
			o->v[j].end = e;
		}
		mark_used(p, m->end, e);
	}
}

/* Pass 3: every expression, from where the trigger pattern matches; text that
** pass 2 used is skipped. */
static void expressions(CiteParser *p, const char *text, size_t n, Out *o) {
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
		int before = o->n;
		size_t next = parse_expr(p, text, n, g, ts, te, o);
		if (o->n > before) {
			p->prev_cite = o->n - 1;
			p->prev_end = o->v[o->n - 1].end;
		}
		pos = next > ts ? next : te;
	}
}

/* Sections named by their place: "næste Paragraf" (of the text's own act, by
** its place from the section the text stands in) and "Paragraffen" (the section
** cited last before it in the text, when one is). */
static void sections_by_place(CiteParser *p, Out *o) {
	for (int k = 0; k < p->n_place; k++) {
		const Cite *last = NULL;
		if (p->place_step[k] == INT_MIN) {
			for (int j = 0; j < o->n; j++)
				if (o->v[j].kind == CITE_SECTION && o->v[j].end <= p->place[k].start &&
				    (!last || o->v[j].end >= last->end))
					last = &o->v[j];
			if (!last) continue;
		}
		Cite before;
		if (last) before = *last;        /* push() may move o->v */
		Cite *c = push(o);
		if (last) {
			*c = before;
			c->stk = c->stk_hi = c->pkt = 0;
			c->nr[0] = c->nr_hi[0] = c->litra[0] = c->sec_hi[0] = 0;
		} else {
			c->kind = CITE_SECTION;
			c->sec_rel = 1;
			c->sec_step = p->place_step[k];
		}
		c->start = c->el_start = p->place[k].start;
		c->end = c->el_end = p->place[k].end;
	}
}

/* The act an annex at [start, e) is of: named after it with "i" or "til"
** (act_after: "bilag 8 i lov om finansiel virksomhed", "bilag 1 til denne lov",
** "bilag 2 til bekendtgørelsen"). Returns the end of the name and sets *m
** (NULL: the act the text stands in), or returns 0. */
static size_t annex_act(CiteParser *p, const char *t, size_t n, size_t e, size_t start, Mention **m,
                        Mention *generic) {
	size_t end;
	int back;
	if (act_after(p, t, n, e, start, m, &end, &back, generic) ||
	    act_after_word(p, t, n, e, start, m, &end, &back, generic, "til"))
		return end;
	*m = NULL;
	return 0;
}

/* Pass 2b: annexes ("bilag 8 i lov om finansiel virksomhed", "bilag 1, nr. 15",
** "bilag 1 og 2"), each a CITE_PART "bilag N[, unit]" of the act named after
** it, else of the text's own act. Their units ("kapitel 1, nr. 1-3") are no
** chapters or items of the act, so their text is used. */
static void annexes(CiteParser *p, const char *t, size_t n, Out *o) {
	size_t pos = 0;
	while (pos < n) {
		int rc = pcre2_match(p->re_annex, (PCRE2_SPTR)t, n, pos, PCRE2_NO_UTF_CHECK, p->md, NULL);
		if (rc <= 0) break;
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
		size_t start = ov[0], e = ov[1];
		int first = o->n;
		char label[16];   /* the annex_label as written, lower-cased: "bilag" */
		size_t ln = strcspn(t + start, " \t\n");
		copy_str(label, sizeof label, t + start, ln);
		for (char *l = label; *l; l++)
			if (*l >= 'A' && *l <= 'Z') *l += 32;
		size_t gs = 0, ge = 0, rs = 0, re = 0, ds, de;
		int definite = group(p, p->re_annex, "def", &ds, &de), k = -1;
		group(p, p->re_annex, "num", &gs, &ge);
		group(p, p->re_annex, "ref", &rs, &re);
		Cite *c = push(o);
		c->kind = CITE_PART;
		c->annex = 1;
		c->el_start = start;
		c->el_end = e;
		Buf b = BUF_INIT;
		if (definite && (k = lexlist_find(p->lx[L_ANNEX_DEFINITE], t + ds, de - ds, LEX_CASELESS)) >= 0)
			buf_printf(&b, "%s", p->lx[L_ANNEX_DEFINITE]->v[k].value);   /* "bilaget": "bilag" */
		else buf_printf(&b, "%s %.*s", label, (int)(ge - gs), t + gs);
		for (size_t i = rs; i < re; i++) {         /* its unit, spaces collapsed */
			if (t[i] == ' ' || t[i] == '\n' || t[i] == '\t') {
				if (b.n && b.s[b.n - 1] != ' ') buf_printf(&b, " ");
			} else buf_printf(&b, "%c", t[i]);
		}
		copy_str(c->part, sizeof c->part, b.s, b.n);
		buf_free(&b);
		for (; !definite;) {   /* "bilag 1 og 2", "bilag 3, 4 eller 5": bare numbers */
			size_t q = part_sep(t, n, e), d = q;
			if (q == skip_ws(t, n, e)) break;
			while (d < n && is_digit(t[d])) d++;
			if (d == q || d - q > 3 || (d < n && (is_alpha(t[d]) || t[d] == '.'))) break;
			c = push(o);
			c->kind = CITE_PART;
			c->annex = 1;
			c->el_start = q;
			c->el_end = e = d;
			snprintf(c->part, sizeof c->part, "%s %.*s", label, (int)(d - q), t + q);
		}
		Mention generic, *m = NULL;
		size_t end = annex_act(p, t, n, o->v[o->n - 1].el_end, start, &m, &generic);
		if (!end) end = o->v[o->n - 1].el_end;
		size_t j = start;   /* "bekendtgørelse om X, bilag 1": of the act named before */
		while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\n')) j--;
		if (!m && j > 0 && t[j - 1] == ',') {
			j--;
			while (j > 0 && (t[j - 1] == ' ' || t[j - 1] == '\n')) j--;
			if ((m = mention_ending(p, j)) && !m->generic) start = m->start;
			else m = NULL;
		}
		for (int j = first; j < o->n; j++) {
			o->v[j].start = start;
			o->v[j].end = end;
			if (m) set_act(&o->v[j], m);
		}
		if (m) m->used = 1;
		mark_used(p, start, end);
		pos = end > start ? end : start + 1;
	}
}

static int cmp_range(const void *a, const void *b) {
	const Range *x = a, *y = b;
	return (x->start > y->start) - (x->start < y->start);
}

/* Acts named with no provision: the mentions no expression used. */
static void acts_named(CiteParser *p, Out *o) {
	for (int k = 0; k < p->n_men; k++) {
		Mention *m = &p->men[k];
		if (m->used || m->generic) continue;   /* "lovens formål" cites nothing */
		if (k > 0 && m->key && p->men[k - 1].key && !strcmp(m->key, p->men[k - 1].key) &&
		    m->start - p->men[k - 1].end <= 3)
			continue;   /* "lov om en aktiv beskæftigelsesindsats (LAB)" */
		Cite *c = push(o);
		c->kind = CITE_ACT;
		c->start = c->el_start = m->start;
		c->end = c->el_end = m->end;
		set_act(c, m);
	}
}

int cite_extract(CiteParser *p, const char *text, size_t n, Cite **out) {
	Out o = {NULL, 0, 0};
	*out = NULL;
	if (!text || n == 0) return 0;
	/* The patterns run without PCRE2's UTF check (it would cost the whole
	** text on every call); so check once, and read only the valid prefix. */
	size_t bad;
	if (!utf8_valid(text, n, &bad)) n = bad;
	jit_when_worth_it(p, n);
	p->n_used = 0;
	p->prev_cite = -1;
	scan_mentions(p, text, n);
	mention_parts(p, text, n, &o);
	annexes(p, text, n, &o);
	if (p->n_used > 1) qsort(p->used, (size_t)p->n_used, sizeof *p->used, cmp_range);
	expressions(p, text, n, &o);
	sections_by_place(p, &o);
	acts_named(p, &o);
	if (o.n > 1) qsort(o.v, o.n, sizeof(Cite), cmp_cite);
	*out = o.v;
	return o.n;
}
