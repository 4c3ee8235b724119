/*
** letter_parts.h -- what the parts of the letter parser share; only
** indexer/letter*.c include it. The stages, in the order letter.c runs them:
**
**   letter_text.c    PDF-text repair: characters, cleaning markdown, lines,
**                    rejoining words hyphenated across lines
**   letter_layout.c  the layout (doubled blank lines, wrap width) and the class
**                    of each line (letterhead, furniture, date, labels ...)
**   letter_split.c   splitting a file's lines into documents
**   letter_blocks.c  a document's blocks: paragraphs, annex rows and cells
**   letter_nodes.c   a document's kind and nodes (question, answer, rows)
**   letter_meta.c    a document's metadata (committee, question, asker, title)
**   letter_quote.c   quotations and their attribution
**   letter.c         the parser handle, its patterns, and the orchestration
**
** Names shared between the parts start with lt_; everything else is static.
*/
#ifndef LOVGRAF_LETTER_PARTS_H
#define LOVGRAF_LETTER_PARTS_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>
#include <stddef.h>

#include "doc.h"
#include "letter.h"
#include "lexicon.h"
#include "util.h"

/* ---- the parser: patterns and lists (letter.c) --------------------------- */

enum {
	RX_INTRO, RX_ASKER, RX_DATE, RX_QLABEL, RX_ALABEL, RX_JNR, RX_FURN, RX_CLOSING,
	RX_SALUT, RX_BILAG, RX_KILDER, RX_SIGTITLE, RX_COMMITTEE, RX_SOURCE, RX_ANAPH, RX_AGAIN,
	RX_ORDER_REF, RX_ORDER, RX_MONTHYEAR, RX_OPENING, RX_ASKER_LINE, RX_COUNT
};

/* The lexicon lists that C code compares words with (the patterns hold the others). */
typedef struct LetterLists {
	const LexList *abbreviation;     /* no sentence ends after "jf." */
	const LexList *conjunction;      /* "sundheds-" + "og" is no hyphenated word */
	const LexList *month;            /* month names and numbers */
	const LexList *committee;        /* "udvalg" and its definite form */
	const LexList *question_intro;   /* "stillet følgende spørgsmål": an answer */
	const LexList *asker_intro;      /* "efter ønske fra" */
	const LexList *recipient_plural; /* "borgmestre" -> "borgmestrene" */
	const LexList *letter_title;     /* the words of the titles given to letters */
	const LexList *see_also;         /* "jf.": a citation after a quotation */
	const LexList *see_also_not;     /* "jf. dog": one that points elsewhere */
	const LexList *question_reply;   /* "besvarelse af": the older opening of an answer */
	const LexList *answer_heading;   /* "Svar på": the newer heading, read the same way */
	const LexList *layout_artefact;  /* "Text Box:": a prefix dropped from lines */
} LetterLists;

struct LetterParser {
	pcre2_code *re[RX_COUNT];
	pcre2_match_data *md;
	const char *subject;             /* of the last successful match */
	LetterLists w;
};

/* 1 when pattern id matches s[0..n); the groups stay readable with lt_group(). */
int lt_match(LetterParser *p, int id, const char *s, size_t n);
/* Span of the whole match (name "") or a named group of the last match. */
int lt_group(LetterParser *p, int id, const char *name, size_t *start, size_t *len);
/* A copy of a group of the last match, or NULL. */
char *lt_dup(LetterParser *p, int id, const char *name);

/* Word helpers on lexicon lists. */
/* The first place in s[0..n) where an entry of l stands, as written (no word
** boundaries needed, unlike lexlist_search: the key phrases of an answer's intro
** are found as plain substrings), or NULL; *len (may be NULL) gets its length. */
const char *lt_find_any(const LexList *l, const char *s, size_t n, size_t *len);
/* The value of the entry key in l ("" when it has none or l lacks it). */

/* ---- characters and lines (letter_text.c) -------------------------------- */

enum { CH_OTHER, CH_LOWER, CH_UPPER, CH_DIGIT, CH_QUOTE };

int lt_is_space(char c);                                 /* blank, not newline */
int lt_class_at(const char *s, size_t i, size_t n);      /* CH_* of the code point at s[i] */
size_t lt_cp_count(const char *s, size_t n);             /* code points in s[0..n) */
size_t lt_cp_floor(const char *s, size_t i);             /* start of the code point at s[i] */

/* Appends s[0..n) to b with markdown and HTML markup removed, blanks collapsed. */
void lt_clean_into(Buf *b, const char *s, size_t n);
/* Ends like a wrapped line in the middle of a sentence ("... ressource-", "den,"). */
int lt_ends_midsentence(const char *s, size_t n);
/* Ends a sentence: ".", "?", "!", ":" (also before a closing quotation mark). */
int lt_ends_sentence(const char *s, size_t n);
/* Appends a wrapped line to a paragraph, rejoining a word hyphenated across it. */
void lt_para_join(const LetterParser *p, Buf *b, const char *s, size_t n);

enum {
	L_TEXT, L_FURN, L_LETTERHEAD, L_HEADING, L_BILAG, L_DATE, L_JNR, L_QLABEL, L_ALABEL,
	L_SALUT, L_CLOSING, L_KILDER, L_LINK, L_TABSEP, L_TABLE, L_ADDRESSEE
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

static inline const char *lt_text(const Lines *ls, const Line *l) { return ls->arena.s + l->c_off; }

void lt_lines_split(Lines *ls, const char *buf, size_t n);
void lt_lines_free(Lines *ls);

/* ---- layout and classes (letter_layout.c) -------------------------------- */

/* Detects the style with a blank line between every line; rewrites each
** blank_before to 0 or 1. Returns 1 for that style. */
int lt_layout_doubled(Lines *ls);
/* The usual width (code points) of wrapped lines; 0 when lines are not wrapped. */
size_t lt_layout_width(const Lines *ls);
void lt_lines_classify(LetterParser *p, Lines *ls);

/* ---- documents (letter_split.c) ------------------------------------------ */

typedef struct Seg { int a, b; } Seg;   /* lines [a, b) */

/* Splits the lines into documents; returns their number and *out (malloc()ed). */
int lt_split_docs(LetterParser *p, const Lines *ls, Seg **out);
/* An annex: a "Bilag N" heading before the body begins. */
int lt_seg_is_annex(const Lines *ls, Seg s);

/* ---- blocks (letter_blocks.c) -------------------------------------------- */

enum {
	BK_TEXT, BK_HEADING, BK_DATE, BK_JNR, BK_QLABEL, BK_ALABEL, BK_SALUT, BK_CLOSING, BK_ADDRESSEE,
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

typedef struct Layout {
	int doubled;         /* a blank line between every line */
	size_t width;        /* the usual wrap width, 0 none */
} Layout;

/* The blocks of the document on lines seg; bilag: an annex, whose table lines are rows. */
void lt_build_blocks(const LetterParser *p, const Lines *ls, Seg seg, Layout lay, int bilag,
                     Blocks *bs);
/* Joins the blocks into Doc.text, one blank line between them; sets their spans. */
void lt_blocks_text(Doc *d, Blocks *bs);
void lt_blocks_free(Blocks *bs);

/* ---- nodes and metadata (letter_nodes.c, letter_meta.c) ------------------ */

typedef struct Meta {
	int has_own_date;    /* a date line of its own */
	int y, m, dd;        /* the date found (y == 0: no year) */
	int my_y, my_m;      /* a line of only a month and year ("December 2006"), 0: none */
	char *month_line;    /* that line, malloc()ed (letter.c frees it) */
} Meta;

/* Builds the kind, nodes, quotes and metadata of one document from its blocks. */
void lt_doc_build(LetterParser *p, Doc *d, Blocks *bs, Meta *mt);

/* The places in a document's blocks that its structure hangs on (-1: none). */
typedef struct Marks {
	int first, heading, salut, closing, qlabel, alabel, jnr;
} Marks;

/* Reads the date of a match of RX_DATE, RX_INTRO or RX_OPENING in s. */
void lt_date_from(LetterParser *p, int id, const char *s, int *y, int *m, int *dd);
/* An answer's committee, question number, case and (without a date line of its
** own) date, read from its intro; the asker and party. */
void lt_answer_meta(LetterParser *p, Doc *d, Meta *mt);
/* The committee ("Folketingets Beskæftigelsesudvalg") and the asker ("Karina
** Holm (SF)") of lines of their own among blocks [0, end), when not known yet;
** the asker only in the address block, before the first paragraph of text. */
void lt_address_lines(LetterParser *p, Doc *d, const Blocks *bs, int end);
/* An answer's title; the question number from its label when the intro has none. */
void lt_answer_title(LetterParser *p, Doc *d, const Blocks *bs, const Marks *mk);
/* The signing minister: the name on the line after the closing. */
void lt_signature(Doc *d, const Blocks *bs, const Marks *mk);
/* The journal number of a "J.nr." line. */
void lt_journal(LetterParser *p, Doc *d, const Blocks *bs, const Marks *mk);
/* A letter's committee and title, from its salutation and heading. */
void lt_letter_meta(LetterParser *p, Doc *d, const Blocks *bs, const Marks *mk, int body_end);

/* ---- quotations (letter_quote.c) ----------------------------------------- */

/* Pairs the quotation marks of blocks [b0, b1) and records a Quote for each
** pair, with its attribution; fixed_e > 0: every quotation's attribution is
** [fixed_s, fixed_e) (the question label). */
void lt_scan_quotes(LetterParser *p, Doc *d, const Blocks *bs, int b0, int b1, size_t fixed_s,
                    size_t fixed_e);

#endif
