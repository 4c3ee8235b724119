/*
** resolve.h -- turns what a citation names (cite.h) into provisions of the
** store: fills in the act from where the text stands, picks the version of the
** act (the same document for references inside an act; otherwise the version in
** force on the text's date, or the nearest one), and expands lists and ranges
** against the sections, subsections and items that exist.
**
** A citation that cannot be resolved is still returned, with dst = 0 and the
** identity it names, so that nothing cited is ever dropped.
**
** The resolver only reads. What exists only as a citation (a guideline that is
** not in the corpus, or one of its parts: "vejledningens afsnit 4.1") is marked
** external in its Target; the linker decides to store it (store_external) and
** fills in dst, read-only callers leave it as found.
**
** Ownership: resolve() returns a malloc()ed array; free it with targets_free().
*/
#ifndef LOVGRAF_RESOLVE_H
#define LOVGRAF_RESOLVE_H

#include "acts.h"
#include "cite.h"
#include "read.h"

typedef struct Resolver Resolver;

/* rd and acts are borrowed and must outlive the resolver. */
Resolver *resolver_new(Reader *rd, const Acts *acts);
void resolver_free(Resolver *r);   /* accepts NULL */

typedef struct Context {
	const char *act;       /* act key of the text; NULL or "" for letters */
	long long doc;         /* the document (version) the text stands in; 0 if none */
	const char *date;      /* the text's date (YYYY-MM-DD); NULL = today */
	const char *section;   /* where the text stands, for "stk. 2", "nr. 3", "1. pkt." */
	int stk;
	const char *nr;
	const char *quote;     /* for parts of guidelines: the text quoted from them */
} Context;

typedef struct Target {
	int cite;              /* index of the Cite it comes from */
	/* copied with snprintf: a longer label is cut; the fields are as wide as
	** Cite's, so only a document's act key read from the index can be */
	char act[ACT_KEY_MAX];
	char chapter[16], section[16], nr[8], litra[4], part[48];
	int stk;
	long long dst;         /* the provision, 0 when unresolved */
	int external;          /* act (part "") or act/part is known only by citation: dst is
	                       ** the part as the index holds it so far (0 for the act);
	                       ** a writer creates it (the act's short name and title come
	                       ** from Acts, the part's text is Context.quote) */
	char *ref;             /* canonical reference, e.g. "LAB § 6, nr. 1" */
} Target;

int resolve(Resolver *r, const Context *ctx, const Cite *cites, int n_cites,
            Target **out, int *n_out);
void targets_free(Target *t, int n);

/* Whose words a quotation is: the citation in the attribution text nearest the
** quotation ("Det fremgår af LAB § 53, stk. 4, at"), with the act named earlier in
** the attribution when it names none itself ("... bekendtgørelse om X. Det fremgår
** af § 4, at"). A list quotes its first element. Fills *cite and returns 1, or 0
** when the attribution cites nothing. */
int resolve_attribution(CiteParser *cp, const char *attr, size_t n, Cite *cite);

/* The version of act in force on date (NULL = today): the latest document dated
** on or before it, else the earliest. 0 when the act has no document. */
long long resolve_version(Resolver *r, const char *act, const char *date);

/* The version whose provisions citation c, standing in a text of context ctx,
** names (of the act it names, or a version it names by number); 0 when none is
** indexed or it names a document outside Danish law. */
long long resolve_cite_version(Resolver *r, const Context *ctx, const Cite *c);

/* A document named by number and year ("bekendtgørelse nr. 2409 af 13. december
** 2021"): its id, and its act key in *key (malloc()ed, NULL when 0 is returned);
** 0 when it is not indexed. */
long long resolve_numbered(Resolver *r, const char *name, char **key /* OUT */);

#endif
