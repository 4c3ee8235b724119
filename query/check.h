/*
** check.h -- checks a letter, an answer or an annex against the law: every
** provision it quotes or cites, whether each quotation matches the provision's
** text in the version in force on the document's date, and the provisions that
** rank highest for its question that it does not mention, and the paragraphs
** that restate a provision without citing it.
**
** The document is read from a file (indexed or not: a draft pasted into a text
** file is parsed in memory with letter_parse, never indexed) or named by its
** documents.name in the index (its file is re-read and re-parsed).
**
** A quotation is compared word by word with a semi-global alignment: white
** space, line breaks, hyphenation across lines, letter case, punctuation and
** quotation-mark styles, a leading "at", "[...]" omissions (each part must match,
** in order), a letter changed in brackets ("[e]n") and quoting only a part of the
** provision cost nothing; every other changed, missing or added word is a
** difference (words in square brackets are one, marked as the writer's).
**
** Ownership: a Checker borrows its Graph (and its lexicon). A CheckReport owns everything it
** points to; check_report_free() releases it. Errors are malloc()ed into *err.
*/
#ifndef LOVGRAF_CHECK_H
#define LOVGRAF_CHECK_H

#include "graph.h"
#include "item.h"

typedef enum {
	CHECK_MATCH,          /* the quotation matches the provision */
	CHECK_DIFFERS,        /* it differs: see diffs */
	CHECK_NOT_FOUND,      /* the provision does not exist in that version (wrong number,
	                         repealed), or the quoted words are not in it */
	CHECK_NOT_IN_CORPUS,  /* the cited document (guideline, skrivelse, other act) is not indexed */
	CHECK_CITED,          /* cited without a quotation, and it exists in that version */
	CHECK_NOT_MENTIONED,  /* ranks high for the document's question, not cited */
	CHECK_UNATTRIBUTED,   /* a quotation whose attribution names no provision: not checked */
	CHECK_PROPOSED,       /* a drafted provision ("kan indsættes som en § 29 a, og formuleres
	                         således: ..."): the act has no such provision, or the text
	                         says it is to be inserted; not compared */
	CHECK_RESTATED,       /* a paragraph says what a provision it does not cite says: see
	                         overlap (check_restated.c) */
	CHECK_N
} CheckStatus;

const char *check_status_name(CheckStatus s);   /* "match", "differs", "not found", ... */

typedef enum { DIFF_CHANGED, DIFF_MISSING, DIFF_ADDED } DiffOp;

/* One difference: words of the quotation where the law has other words
** (changed), law words the quotation leaves out (missing), or words the law does
** not have (added). Strings are as written, white space collapsed. */
typedef struct CheckDiff {
	DiffOp op;
	char *quote;     /* NULL for missing */
	char *law;       /* NULL for added */
	char *context;   /* up to four matching words of the quotation just before, or NULL */
	int spelling;    /* one word for one, a letter or two apart: a misspelling or inflection */
	int editorial;   /* the quotation's words are in square brackets: marked as the writer's */
} CheckDiff;

/* The version a quotation or citation was compared with. */
typedef struct CheckVersion {
	char *document, *type, *number, *date, *title;
	int in_force;    /* 0: no version of the act was in force on the date; the nearest one */
} CheckVersion;

/* What a note on a result says; shell/ words it. Each kind names the fields of
** CheckNote it uses. A result's notes are said in order, joined by "; ". */
typedef enum {
	NOTE_TOO_LONG,            /* the provision is too long to compare word by word */
	NOTE_NO_ACT,              /* the citation does not say which act */
	NOTE_NO_ATTRIBUTION,      /* no provision is named before or after the quotation */
	NOTE_NO_SECTION,          /* text (the citation, "stk. 2") names no section */
	NOTE_NOT_IN_CORPUS,       /* text (the document's title or name) is not indexed; quoted:
	                             a quotation is not compared, else a citation not checked */
	NOTE_CORPUS_HAS,          /* version: a document of the number the citation names, of
	                             another date */
	NOTE_IN_ACT_AT,           /* the citation names no provision; the quotation stands in ref */
	NOTE_NOT_IN_VERSION,      /* the quoted words are not in version */
	NOTE_NOT_IN_PROVISION,    /* the quoted words are not in ref (matched of words match) */
	NOTE_REPEALED,            /* ref is repealed in version */
	NOTE_SECTION_REPEALED,    /* § ref (a section) is repealed in version */
	NOTE_NO_PROVISION,        /* there is no ref in version */
	NOTE_STANDS_IN,           /* the provision cited stands in version (type, number, date) */
	NOTE_FOUND_ELSEWHERE,     /* the quoted words stand in ref (version), diffs: how they differ */
	NOTE_NAMES_VERSION,       /* the citation names version; in force on date was other */
	NOTE_REPEALED_LATER,      /* other repeals the act from date; ref: what keeps it, or NULL */
	NOTE_ACT_REPEALED,        /* version is repealed from date by other; ref: what keeps it */
	NOTE_ACT_REPEALED_MATCHES,/* ... and the quotation matches its text as last in force */
	NOTE_ACT_REPEALED_DIFFERS,/* ... and the quotation differs from that text */
	NOTE_NOT_IN_PKT,          /* the quoted words are not in pkt. pkt. of ref; they stand in
	                             sentences pkt_from to pkt_to of it */
	NOTE_MATCHES_CHANGE,      /* the quotation matches the new wording by version (an amending
	                             act issued by the date, not yet consolidated), not the
	                             version in force */
	NOTE_CHANGED_LATER,       /* version (an amending act issued by the date) gives the
	                             provision new wording; compared with the version in force */
	NOTE_ACT_INFERRED,        /* the citation names no act; text: the act the document names
	                             (the only one, in its title, question and answer), read */
	NOTE_PROPOSED             /* text (the words that mark a draft, as written) proposes ref;
	                             version: the one in force, which has no such provision
	                             (document NULL when it does: the text says "inserted") */
} CheckNoteKind;

typedef struct CheckNote {
	CheckNoteKind kind;
	char *ref;               /* a provision (or section) the note names */
	char *text;              /* the citation or the document's name as written */
	char *date;              /* a date the note names (YYYY-MM-DD) */
	CheckVersion version;    /* the version it names (document NULL: none) */
	CheckVersion other;      /* NOTE_NAMES_VERSION: the one in force; repeals: the repealing one */
	int quoted;              /* NOTE_NOT_IN_CORPUS: the result is a quotation */
	int matched, words;      /* NOTE_NOT_IN_PROVISION */
	int pkt, pkt_from, pkt_to;  /* NOTE_NOT_IN_PKT */
	CheckDiff *diffs;        /* NOTE_FOUND_ELSEWHERE: the differences there */
	int n_diffs;
} CheckNote;

/* Where a result stands in the checked document. */
typedef enum {
	PLACE_NONE,
	PLACE_QUESTION,  /* in the committee's question */
	PLACE_ROW,       /* in the label of an annex's row: row */
	PLACE_PARA       /* in paragraph para (its label, "2"), in row when that is not NULL */
} CheckPlaceKind;

/* The part of an answer a result stands in: the committee's question (the minister
** did not write it, but the answer relies on it) or the answer itself. */
typedef enum { PART_NONE, PART_QUESTION, PART_ANSWER } CheckPart;

typedef struct CheckPlace {
	CheckPlaceKind kind;
	char *row, *para;
} CheckPlace;

typedef struct CheckResult {
	Item it;             /* the provision compared with (resolved: it.id != 0) or the one named;
	                        it.quote: the quotation; it.match: the citation as written */
	CheckStatus status;
	const char *in;      /* the checked document's name (points into CheckReport.docs) */
	CheckPlace at;       /* where it stands in the document */
	CheckPart part;      /* the question or the answer (PART_NONE: a letter, an annex) */
	size_t pos;          /* its byte offset in the document's text (results are in this order) */
	CheckVersion cw;     /* cw.document == NULL when nothing was compared */
	CheckDiff *diffs;
	int n_diffs;
	int quote_words, matched_words;
	char *found_in;      /* where the quoted words do stand, when not in the cited provision */
	CheckVersion found_version;
	CheckNote *notes;    /* what people are told about it, in order; shell/ words them */
	int n_notes;
	int act_inferred;    /* a bare § read in the act of the context (NOTE_ACT_INFERRED) */
	char **overlap;      /* CHECK_RESTATED: the words the paragraph shares with the provision,
	                        as the paragraph writes them, in its order */
	int n_overlap;
} CheckResult;

/* Where the date the law is read on comes from: the document's own date, --as-of,
** today (the document has none), the committee's letter that asked the question
** (an answer with no date of its own), or a line of only a month and year
** ("December 2006", read as the month's last day; date_month holds the line). */
typedef enum {
	DATE_FROM_DOCUMENT, DATE_FROM_OPTION, DATE_FROM_TODAY, DATE_FROM_QUESTION, DATE_FROM_MONTH,
	DATE_FROM_INDEX      /* the text has none: the date the index holds (the corpus's metadata) */
} DateFrom;
/* Its name in JSON: "document", "--as-of", "today", "question", "month", "index". */
const char *check_date_from_name(DateFrom d);

typedef struct CheckDoc {
	char *name, *type, *title, *date;
	DateFrom date_from;
	char *date_month;    /* DATE_FROM_MONTH: the line as written ("December 2006"), else NULL */
	/* what the letter says of itself (NULL: not found): the committee
	** ("Beskæftigelsesudvalget"), the question's number ("497"), the case
	** ("alm. del", "L 73"), the bill's title after the case ("Forslag til lov om
	** ændring af ..."), the asking member and party */
	char *committee, *number, *case_, *bill, *asker, *party;
	char *question;      /* the text "not mentioned" was ranked for, or NULL */
	int not_in_force;    /* rules ranked for "not mentioned" left out: not in force on the date */
	int unclosed;        /* quotation marks never closed: their quotations are not checked */
	int unclosed_line;   /* the line of the document's text the first one stands on */
	int counts[CHECK_N];
} CheckDoc;

typedef struct CheckReport {
	char *input;         /* the file or document name given */
	char *path;          /* the file read */
	CheckDoc *docs;
	int n_docs;
	CheckResult *v;      /* in document order: quotations and citations, then not mentioned */
	int n, cap;
	int counts[CHECK_N];
} CheckReport;

typedef struct Checker Checker;

/* corpus_dir holds stopwords.list and thesaurus.tsv (for ranking "not mentioned"). */
Checker *checker_new(Graph *g, const char *corpus_dir, char **err);
void checker_free(Checker *c);   /* accepts NULL */
/* cancelled(ctx) nonzero stops the reading of a PDF (pdftotext is killed; the
** check fails with LG_ERROR): Ctrl-C, --timeout. */
void checker_watch(Checker *c, int (*cancelled)(void *ctx), void *ctx);
/* on (the default): also look for rules restated without citation
** (check_restated.c): a search of each paragraph's rarest words, tenths of a
** second per answer on all of Danish law. */
void checker_restated(Checker *c, int on);

/* Checks arg: a file, or the name of an indexed document. as_of (NULL: the
** document's own date) overrides the date. Returns LG_OK and *out, LG_USAGE when
** arg cannot be read or named (unreadable file, unknown document, a statute), or
** LG_ERROR (a PDF that pdftotext, not installed or too slow, could not
** read); *err says why, naming arg. */
int check_run(Checker *c, const char *arg, const char *as_of, CheckReport **out, char **err);
void check_report_free(CheckReport *r);   /* accepts NULL */

/* What one argument of `check --summary` names: a folder its *.txt and *.pdf
** files (not those of folders in it), in name order; anything else itself.
** Returns LG_OK and *files (n of them; the caller frees each and the array), or
** LG_USAGE and *err when the folder cannot be read. */
int check_files(const char *arg, char ***files /* OUT */, int *n /* OUT */, char **err);

#endif
