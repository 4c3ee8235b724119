/*
** check_int.h -- what the parts of the check (query/check*.c) share; not part
** of the API (check.h). The parts: check.c (the Checker, one run), check_input.c
** (what the argument names and whether it can be checked), check_words.c
** (words and their alignment), check_lookup.c (reading what a quotation is
** compared with), check_judge.c (judging one quotation or citation),
** check_walk.c (the walk over a document's quotations and citations),
** check_unmentioned.c ("not mentioned"), check_restated.c ("restated") and check_report.c (the report, its
** results and their notes).
*/
#ifndef LOVGRAF_CHECK_INT_H
#define LOVGRAF_CHECK_INT_H

#include "ask.h"
#include "check.h"
#include "check_words.h"
#include "danish.h"
#include "doc.h"
#include "letter.h"
#include "lexicon.h"
#include "read.h"
#include "resolve.h"
#include "timeline.h"

#define MIN_SHARE 0.5     /* below this share of matching words: not in the provision */
#define FIND_SHARE 0.6    /* ... and this share to say where the words do stand */

struct Checker {
	Graph *g;
	Reader *rd;          /* reads of the index: the Graph's, borrowed */
	LetterParser *lp;    /* parses the letters checked */
	Asker *asker;        /* NULL: "not mentioned" is left out */
	char *ask_err;
	WordLists words;
	/* the lexicon's lists (borrowed from the Graph's lexicon) */
	const LexList *abbreviation;     /* "inside": never ends a sentence (pkt_at) */
	const LexList *salutation, *closing, *answer_label, *question_intro;  /* a letter's text */
	const LexList *question_formula, *number_label;
	const LexList *draft_marker;     /* words that mark a drafted provision (check_walk.c) */
	const LexList *amending_title;   /* "Lov om ændring": an act that amends another */
	Stopwords *stop;     /* NULL: "restated" is left out */
	Stemmer *stem;       /* NULL: "restated" is left out */
	int (*cancelled)(void *ctx);     /* stops the reading of a PDF (checker_watch); may be NULL */
	int restated;                    /* look for restated rules (checker_restated) */
	void *cancel_ctx;
};

/* ---- check_report.c: results and notes ---- */

CheckResult *check_add_result(CheckReport *r, CheckDoc *d, CheckStatus s);
/* A zeroed note of kind k: after x's others, before them, or instead of them. */
CheckNote *check_note_add(CheckResult *x, CheckNoteKind k);
CheckNote *check_note_first(CheckResult *x, CheckNoteKind k);
CheckNote *check_note_only(CheckResult *x, CheckNoteKind k);
void check_version_clear(CheckVersion *v);
void check_version_copy(CheckVersion *dst, const CheckVersion *src);   /* deep */

/* ---- check_lookup.c: what a quotation is compared with ---- */

/* Document doc as a version; in_force: dated no later than date (NULL: any). */
void check_version_of(Checker *c, long long doc, const char *date, CheckVersion *v /* OUT */);
/* The provision section/stk/nr of document doc: its id (0 if none), *repealed. */
long long check_find_in(Checker *c, long long doc, const char *section, int stk, const char *nr,
                        int *repealed /* OUT */);
/* The text of provision id to compare with (a section's heading skipped), and
** its act (malloc()ed) and document; NULL when there is none. Caller frees. */
char *check_prov_text(Checker *c, long long id, char **act /* OUT */, long long *doc /* OUT */);
/* Where the quotation's words stand: the provision (in doc only, when doc != 0)
** whose text matches the largest share of them, from the FTS index's best hits.
** Returns its id and fills *best, or 0. */
long long check_locate(Checker *c, const Toks *q, long long doc, const char *date,
                       Align *best /* OUT */);

/* A repeal of a whole act by a document of another act. */
typedef struct Repeal {
	int when;          /* 1: on or before the date; 2: later, by a document published by then */
	CheckVersion by;   /* the repealing document */
	char from[32];     /* YYYY-MM-DD: its commencement date, else its own date */
	char *keeps;       /* the provision that keeps the act for some cases, or NULL */
} Repeal;
/* Whether act (version ver) is repealed as a whole on date; returns r->when
** (0: not). repeal_clear() frees *r either way. */
int check_act_repealed(Checker *c, const char *act, long long ver, const char *date,
                       Repeal *r /* OUT */);
void check_repeal_clear(Repeal *r);

/* ---- check_judge.c: one quotation or citation ---- */

/* Judges one citation target, with its quotation (q != NULL) or without. */
void check_judge(Checker *c, CheckResult *x, const Target *t, CiteKind kind, const Toks *q,
                 const char *date);
/* A quotation attributed to "N. pkt." (pkt) of x's provision: whether it stands there. */
void check_pkt(Checker *c, CheckResult *x, const Toks *q, int pkt);

/* ---- check_walk.c: a document ---- */

/* Sections a document mentions only inside its quotations. */
typedef struct Mentions {
	char **v;          /* "ACT|SECTION" */
	int n;
} Mentions;
int check_mentioned(const Mentions *m, const char *act, const char *section);

/* The acts of the corpus a document names (keys; not guidelines). */
typedef struct CheckActs {
	char **v;
	int n;
} CheckActs;
int check_acts_has(const CheckActs *a, const char *act);

/* Checks document d (of the input) into r, with the results of cd. */
void check_doc(Checker *c, CheckReport *r, CheckDoc *cd, const Doc *d);
/* The part of an answer node k stands in: its question, its answer, or neither. */
CheckPart check_part_of(const Doc *d, int k);
/* Where node k stands: the question, an annex's row, a paragraph (of a row). */
void check_place_of(const Doc *d, int k, CheckPlace *p);

/* ---- check_unmentioned.c ---- */

/* The provisions that rank highest for d's question (or subject) on date, into
** *res, and the text ranked for (*topic, caller frees); 0 when there is none. */
int check_subject(Checker *c, const Doc *d, const char *date, AskAnswer *res, char **topic);
/* The rules of res (check_subject's) that neither d nor the documents before it
** in r (from first on: d's results) cite, added as not mentioned; topic is
** taken (cd->question). */
void check_not_mentioned(CheckReport *r, int first, CheckDoc *cd, AskAnswer *res, char *topic,
                         const char *date, const Mentions *m);

/* ---- check_restated.c ---- */

/* The paragraphs of d's answer (not its question, not its letterhead) that
** restate a provision in force on cd's date that neither d nor the documents
** before it in r cite or quote (m: the sections mentioned in quotations). */
void check_restated(Checker *c, CheckReport *r, CheckDoc *cd, const Doc *d, const Mentions *m,
                    const CheckActs *named);

/* ---- check_input.c ---- */

/* What the argument of check names. */
typedef struct CheckInput {
	char *path;        /* the file to read */
	char *only;        /* the document of it to check (named by the argument), or NULL */
	char *text;        /* the file's text */
	size_t n;
} CheckInput;
/* Finds and reads what arg names: a file (a PDF through pdftotext), or an
** indexed letter's name. Returns LG_OK, or LG_USAGE with *err (LG_ERROR when
** a PDF could not be read for want of pdftotext, or it took too long). check_input_clear() frees *in either way. */
int check_input_open(Checker *c, const char *arg, CheckInput *in /* OUT */, char **err /* OUT */);
void check_input_clear(CheckInput *in);
/* The indexed date of document name when it was indexed from path, or NULL.
** Caller frees. */
char *check_indexed_date(Checker *c, const char *name, const char *path);

#endif
