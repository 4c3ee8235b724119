/*
** kind.h -- the kinds of document lovgraf knows, each tested by one predicate.
** A document's type is written in the data as LOV, LBK, BEK, CIR, VEJ, SKR
** (statutes, orders, guidelines) or SVAR, BREV, BILAG (letters); code asks
** doc_kind() once and then the predicates below, and the store keeps the
** answers as columns (documents.is_letter, is_guideline, is_amending) so that
** SQL never tests a type string or a title either.
*/
#ifndef LOVGRAF_KIND_H
#define LOVGRAF_KIND_H

typedef enum {
	DOC_OTHER = 0,
	DOC_LOV,     /* an act as passed */
	DOC_LBK,     /* a consolidated act (lovbekendtgørelse) */
	DOC_BEK,     /* an executive order */
	DOC_CIR,     /* a circular */
	DOC_VEJ,     /* a guideline */
	DOC_SKR,     /* a ministry's letter of guidance (skrivelse) */
	DOC_SVAR,    /* a minister's answer to a committee's question */
	DOC_BREV,    /* another letter */
	DOC_BILAG,   /* an annex to a letter */
	DOC_EXT      /* a document known only by citation (a guideline not in the corpus) */
} DocKind;

DocKind doc_kind(const char *type);          /* NULL or unknown: DOC_OTHER */
const char *doc_kind_name(DocKind k);        /* "LOV", ...; NULL for DOC_OTHER */

int doc_kind_is_letter(DocKind k);           /* SVAR, BREV, BILAG */
int doc_kind_is_guideline(DocKind k);        /* VEJ, SKR, CIR */
int doc_kind_is_act(DocKind k);              /* LOV, LBK: versions of one act */

/* What a citation names an act as: 'L' act, 'B' executive order, 'V' guideline,
** 'S' letter or circular, 'O' other (the grammar's "loven" / "bekendtgørelsen"). */
char doc_kind_class(DocKind k);

#endif
