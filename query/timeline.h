/*
** timeline.h -- the law in force on a date, per provision: which version of
** its act is in force then, whether an amending act of a later date gives it
** new wording (the quoted new texts the linker attributed: table changes),
** whether it or its act is repealed, and every version of it (history).
**
** What the data cannot tell (README, "The law in force on a date"): an
** amending act's date of entry into force (its date of issue stands in), and a
** repeal of a single section by an amending act (it holds only new texts).
**
** Ownership: a Timeline borrows its Reader and Lexicon. A TlState or
** TlVersion owns its strings (tl_state_clear(), tl_history_free()).
*/
#ifndef LOVGRAF_TIMELINE_H
#define LOVGRAF_TIMELINE_H

#include "check.h"
#include "lexicon.h"
#include "read.h"

typedef struct Timeline Timeline;

Timeline *timeline_new(Reader *rd, const Lexicon *lex, char **err);
void timeline_free(Timeline *t);   /* accepts NULL */

typedef enum {
	TL_NONE,         /* not versioned law: a letter, a guideline, a document known by citation */
	TL_IN_FORCE,     /* this version is the one in force on the date */
	TL_CHANGED,      /* in force, but an amending act issued since gives it new wording */
	TL_MAYBE_CHANGED, /* in force; an amending act issued since has a new text of its
	                     section, but the act it belongs to is uncertain */
	TL_SUPERSEDED,   /* an other version of the act is in force on the date */
	TL_REPEALED,     /* repealed on the date (see TlState.how) */
	TL_NOT_YET,      /* this version is dated after the date */
	TL_NO_VERSION,   /* no version of the act was in force on the date: this is the nearest */
	TL_AMENDMENT     /* a quoted new text of an amending act: it changes the rule amends_* */
} TlStatus;

/* The JSON name of a status ("in_force", "changed", ...); NULL for TL_NONE. */
const char *tl_status_name(TlStatus s);

typedef enum {
	TL_HOW_NONE,
	TL_HOW_MARKED,    /* "(Ophævet)" in the version in force */
	TL_HOW_DROPPED,   /* not in the version in force, though an earlier one has it */
	TL_HOW_ACT        /* the whole act, by a document of another act */
} TlRepealHow;

/* A quoted new text of an amending act, attributed to this provision. */
typedef struct TlChange {
	long long id;        /* the quoted text (a provision of the amending act) */
	DocRow by;           /* the amending act */
	char *text;          /* its new wording of this provision (else of the section);
	                        NULL for a change of a document (its act) */
	int of_section;      /* text is the whole new section: it has no such stk. or nr. */
	int certain;         /* 0: the act could as well be another the amending act amends */
	int inserted;        /* the section is new: the act had no such section */
} TlChange;

typedef struct TlState {
	TlStatus status;
	DocRow version;          /* the version in force on the date, or the nearest, or the
	                            last (repealed as a whole) */
	int version_in_force;    /* version is in force on the date (not the nearest, not the last) */
	long long in_force_id;   /* the provision in that version; 0 when it has none */
	char valid_from[16];     /* the shown version: its date ... */
	char valid_to[16];       /* ... and the next version's date ("": none, or unknown) */
	TlChange *changes;       /* later changes of the version in force, up to the date */
	int n_changes;
	TlRepealHow how;
	DocRow repealed_by;      /* the version or document that repeals it */
	char repealed_from[32];  /* YYYY-MM-DD, "" when unknown */
	char *keeps;             /* the repealing document's rule that keeps the act for some cases */
	int repeal_later;        /* the act is repealed after the date, by a document issued by then */
	/* TL_AMENDMENT: the act and section it gives new wording to, or inserts */
	char *amends_act, *amends_section;
	int amends_certain, amends_inserted;
} TlState;

/* The state of provision id on date (YYYY-MM-DD). LG_OK, or LG_NOTFOUND. */
int timeline_state(Timeline *t, long long id, const char *date, TlState *out /* OUT */);
void tl_state_clear(TlState *s);

/* Whether provision id (p, as read_tl_row reads it) is of the law on date, as
** a list of what cites a provision shows it: of the version of its act in
** force then (the last version of an act repealed as a whole, too) and not
** marked repealed in it; an amending act's quoted new text issued by then and
** not yet in a version of the act it amends; a document that is not
** versioned law (a letter) issued by then. Not: other versions of an act. */
int timeline_of_law(Timeline *t, const TlRow *p, long long id, const char *date);

/* A whole act repealed by a document of another act (an order that repeals
** the order): the document, and from when (its commencement rule, else its
** date). when: 0 not; 1 on or before date; 2 later, by a document issued by
** date. */
typedef struct TlRepeal {
	int when;
	DocRow by;
	char from[32];
	char *keeps;
} TlRepeal;
int timeline_act_repealed(Timeline *t, const char *act, long long ver, const char *date,
                          TlRepeal *r /* OUT */);
void tl_repeal_clear(TlRepeal *r);

/* Every version of provision id, oldest first, with the later changes of the
** version in force on date (TlState.changes) right after it and the versions
** dated after date marked; each with a word-level diff against the version
** before it (diffs: op changed/added/missing as in check, quote the old words,
** law the new). */
typedef struct TlVersion {
	long long id;
	DocRow doc;
	char *text;
	int repealed;
	CheckDiff *diffs;
	int n_diffs;
	int same;          /* the same words as the version before */
	int too_long;      /* too long to compare word by word */
	int change;        /* a later change (an amending act's new text), not a version */
	int certain;       /* change: the attribution is certain */
	int after;         /* a version dated after the date asked */
	int compared;      /* diffed against the version before (diffs, same are set) */
} TlVersion;
int timeline_history(Timeline *t, long long id, const char *date, TlVersion **out, int *n);
void tl_history_free(TlVersion *v, int n);

/* The quoted new text that inserts act's section (no version has it): its
** provision id, or 0. */
long long timeline_inserted(Timeline *t, const char *act, const char *section);

#endif
