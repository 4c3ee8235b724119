/*
** doc.h -- the in-memory model of one parsed document: its metadata, its text
** and a flat tree of nodes (chapter, §, stk., nr., litra; or the paragraphs,
** question and answer of a letter; or the rows of an annex table).
**
** The parsers (statute.c, letter.c) produce Docs; the indexer hands them to the
** store and frees them. One Doc is in memory at a time: indexing streams.
**
** Ownership: a Doc owns every string and array it points to; doc_free()
** releases all of it. Strings given to doc_set()/doc_add_node() are copied.
*/
#ifndef LOVGRAF_DOC_H
#define LOVGRAF_DOC_H

#include <stddef.h>

typedef enum {
	NODE_DOC,      /* the root; one per Doc, index 0 */
	NODE_CHAPTER,  /* "Kapitel 6 a": label "6 a" */
	NODE_SECTION,  /* "§ 69 k.": label "69 k" (letters lower-case, one space) */
	NODE_STK,      /* "Stk. 2.": label "2"; stk. 1 only exists when stk. 2 does */
	NODE_NR,       /* "3)": label "3" */
	NODE_LITRA,    /* "a)": label "a" */
	NODE_PKT,      /* reserved: a sentence ("1. pkt.") */
	NODE_QUESTION, /* a letter's question: label "spm. 497" */
	NODE_ANSWER,   /* a letter's answer (container of NODE_PARA) */
	NODE_PARA,     /* a paragraph of a letter or an annex cell: label "1", "2", ... */
	NODE_ROW,      /* an annex row: label is its topic heading */
	NODE_PART      /* a part of a document known only by citation: "afsnit 4.1", "punkt 8" */
} NodeKind;

typedef struct Node {
	NodeKind kind;
	int parent;          /* index in Doc.nodes; -1 for the root */
	char *label;         /* see NodeKind; NULL for the root */
	size_t start, end;   /* byte span of the node's text in Doc.text (end exclusive) */
	int repealed;        /* 1 for "(Ophævet)" sections and "§§ 14-16. (Ophævet)" ranges */
} Node;

/* A quotation in a letter or annex: the quoted text and the text that says
** whose words they are ("Det fremgår af LAB § 53, stk. 4, at"). The resolver
** turns the attribution into a "quotes" edge that carries the quoted text. */
typedef struct Quote {
	int node;                  /* the node (paragraph/cell) the quotation stands in */
	size_t start, end;         /* the quoted words, without the quotation marks */
	size_t attr_start, attr_end; /* the attribution text before (or after) the quote */
} Quote;

typedef struct Doc {
	char *name;        /* stable id: "lta-2024-808"; seeds: file stem, "002_...-bilag1" when split */
	char *type;        /* LOV LBK BEK CIR VEJ (statutes); SVAR BREV BILAG (letters) */
	char *title;
	char *number;      /* "808"; NULL for letters */
	char *date;        /* YYYY-MM-DD or NULL */
	int amending;      /* an amending act ("Lov om ændring af ..."): its body holds only
	                      the quoted new texts; set by the indexer */
	int date_asked;    /* letters: the date is the committee's letter's ("har i brev af 3. juli
	                      2017 stillet følgende spørgsmål"); the answer has none of its own */
	char *date_month;  /* letters: the date is only a month and year, read as the month's
	                      last day; the line as written ("December 2006"), else NULL */
	char *eli;         /* ELI address or NULL */
	char *accession;
	char *path;        /* the source file */
	/* letters and answers (NULL otherwise) */
	char *committee;   /* "Beskæftigelsesudvalget" */
	char *question;    /* "497" */
	char *case_;       /* "alm. del", "B 13", "L 53" */
	char *bill;        /* the bill's title after the case: "Forslag til lov om ændring af ..." */
	char *asker;       /* "Finn Sørensen" */
	char *party;       /* "EL" */
	char *minister;    /* "Peter Hummelgaard" */
	char *journal;     /* "2022 - 4507" */

	char *text;        /* the text the nodes point into: the statute body as in the
	                      file, or a letter's repaired text; NUL-terminated */
	size_t text_len;

	Node *nodes;       /* nodes[0] is the NODE_DOC root */
	int n_nodes, cap_nodes;
	Quote *quotes;
	int n_quotes, cap_quotes;
	int n_unclosed;        /* opening quotation marks never closed (letter_quote.c) */
	size_t first_unclosed; /* the first one's byte offset in text */
} Doc;

Doc *doc_new(const char *name, const char *path);  /* adds the root node */
void doc_free(Doc *d);                              /* accepts NULL */
void doc_set(char **field, const char *value);      /* replaces a string field with a copy */
void doc_set_text(Doc *d, const char *text, size_t n);
/* Appends a node; returns its index. label may be NULL. */
int doc_add_node(Doc *d, NodeKind kind, int parent, const char *label, size_t start, size_t end);
int doc_add_quote(Doc *d, int node, size_t start, size_t end, size_t attr_start, size_t attr_end);
int doc_line_at(const Doc *d, size_t pos);   /* the line (1, 2, ...) of text[pos] */
const char *node_kind_name(NodeKind k);  /* "section", "stk", ... */

#endif
