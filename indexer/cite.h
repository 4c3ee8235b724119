/*
** cite.h -- finds Danish legal citations in text with PCRE2 and says what each
** one names, without looking anything up: that is the resolver's job.
**
**   § 53, stk. 4                       § 6, nr. 1-3, 7, 8 og 12
**   §§ 14-16                           stk. 2-8 og § 54
**   kapitel 11, 12 eller 14            kapitel 6 a i lov om aktiv socialpolitik
**   jf. § 113, stk. 3, i lov om en aktiv beskæftigelsesindsats
**   § 17 b i samme lov                 § 46 i denne lov
**   LAB § 53     SDP § 13b, stk. 5     lov om social pension §18a     §69k, stk. 2
**   1. pkt.      barselslovens § 6     vejledningens afsnit 4.1, punkt 8, om § 53
**   § 1, stk. 1, nr. 2, litra b        vejledningen om sygedagpenge afsnit 5
**
** Dates, amounts and ordinals ("3. juni 2022", "25 mio. kr.", "2. halvår") are
** not citations. A list or range yields one Cite per element (a range stays one
** Cite with a _hi bound; the resolver expands it against what exists).
**
** Ownership: cite_extract() returns a malloc()ed array the caller free()s.
*/
#ifndef LOVGRAF_CITE_H
#define LOVGRAF_CITE_H

#include <stddef.h>
#include "acts.h"
#include "lexicon.h"

typedef enum {
	CITE_SECTION,  /* § N (with optional stk./nr./pkt.), or a range § N - § M */
	CITE_CHAPTER,  /* kapitel N */
	CITE_STK,      /* stk. N without a §: a subsection of the section the text stands in */
	CITE_NR,       /* nr. N (or litra x) without § or stk.: an item of the subsection the text
	               ** stands in (a litra of the item it stands in) */
	CITE_PKT,      /* "1. pkt." alone: a sentence of the subsection the text stands in */
	CITE_PART,     /* a part of a guideline or letter: "afsnit 4.1", "punkt 8", "om § 53", "indledning";
	               ** an article of an EU act or a convention: "artikel 3, stk. 1, i forordning (EU) 2019/880" */
	CITE_ACT       /* an act or document named with no provision: "lov om social pension" */
} CiteKind;

typedef struct Cite {
	CiteKind kind;
	size_t start, end;     /* byte span of the whole citation expression in the text */
	size_t el_start, el_end; /* byte span of this element ("12" in "nr. 1-3, 7, 8 og 12") */
	/* The act. act[0] == 0: the act the text stands in (also for "denne lov").
	** "samme lov", "loven", "bekendtgørelsen" are replaced by the last act of that
	** kind named before them in the same text; when none is, "loven" and
	** "bekendtgørelsen" stay as written (act_known = 0): another document, not
	** identified. Only "stk.", "nr." and "pkt." that name an act after them
	** ("nr. 3 i bekendtgørelsen") have one; alone they are of the text's section. */
	char act[ACT_KEY_MAX];         /* key from Acts when known (act_known = 1), else the name as written */
	int act_known;
	const char *act_alt;   /* a document named by number and date with its title after it
	                          ("lov nr. 146 af 13. april 1938 om gældsbreve"): the key of
	                          the act the title names, for when that version is not indexed;
	                          NULL otherwise (borrowed from the act table) */
	int act_generic;       /* the act is "the act" as such, not identified: "lovens § 15",
	                          "§ 5 i loven" with no act named before; act holds the word.
	                          In an executive order it is the act the order is issued under,
	                          in an act the act itself: the linker decides */
	char chapter[16];      /* CITE_CHAPTER: "6 a" */
	char chapter_hi[16];   /* ... and the end of a range: "kapitel 11-14"; "" = none */
	char sec[16], sec_hi[16]; /* "69 k"; sec_hi set for "§§ 14-16" / "§§ 69 b-69 e" */
	int stk, stk_hi;       /* 0 = not given */
	char nr[8], nr_hi[8];  /* "" = not given */
	char litra[4];         /* "b" of "nr. 2, litra b"; "" = not given */
	int pkt;               /* 0 = not given */
	char part[48];         /* CITE_PART: "afsnit 4.1", "punkt 8", "om § 53", "indledning";
	                          of a document outside Danish law: "artikel 92, stk. 1, litra c";
	                          an annex (annex = 1): "bilag 8", "bilag 1, nr. 15" */
	int annex;
	int sec_rel;           /* CITE_SECTION named by its place, not its number (older texts):
	                          the section sec_step sections after the one the text stands in
	                          ("nærværende Paragraf" 0, "næste Paragraf" 1, "foregaaende
	                          Paragraf" -1); sec is "" */
	int sec_step;
	int external;          /* act is a document outside Danish statute law, named so that it
	                          is identified ("forordning (eu) nr. 575/2013", "kongelig
	                          resolution af 21. januar 2021", "budgetvejledningen"): the
	                          corpus cannot hold it, it is a document known by citation */
} Cite;

typedef struct CiteParser CiteParser;

/* acts and lex are borrowed and must outlive the parser. On failure returns NULL and sets
** *err to a malloc()ed message. Patterns are compiled once, with JIT. */
CiteParser *cite_parser_new(const Acts *acts, const Lexicon *lex, char **err);
void cite_parser_free(CiteParser *p);   /* accepts NULL */
const Acts *cite_parser_acts(const CiteParser *p);   /* the act table it was made with */
const Lexicon *cite_parser_lexicon(const CiteParser *p);   /* ... and the lexicon */

/* The documents outside Danish law (Cite.external) that the document's texts
** before this one named, the last named last (borrowed until the next call;
** n = 0 for none): "forordningens artikel 5" and "artikel 4 i forordningen" with
** no such document named in the text itself are of the last whose name begins
** with the word's stem ("forordning (eu) 2023/1113"). */
void cite_parser_set_prior(CiteParser *p, const char *const *names, int n);

/* Finds every citation in text[0..n) (UTF-8), in order of position.
** Returns the number found; *out is set to a malloc()ed array (NULL when 0). */
int cite_extract(CiteParser *p, const char *text, size_t n, Cite **out);

#endif
