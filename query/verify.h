/*
** verify.h -- is an index sound? SQLite's integrity check, the full-text index
** against the texts, and lovgraf's own invariants (every provision's document,
** every edge's ends, the counts recorded while building).
**
** Ownership: a VerifyReport owns its strings; verify_report_free() releases them.
*/
#ifndef LOVGRAF_VERIFY_H
#define LOVGRAF_VERIFY_H

#include "graph.h"

typedef struct VerifyCheck {
	const char *what;   /* what was checked, in words (static) */
	int ok;
	int skipped;        /* not run (ok stays 1): detail says why */
	char *detail;       /* what was found when not ok (malloc()ed), or NULL */
} VerifyCheck;

typedef struct VerifyReport {
	VerifyCheck *v;
	int n;
	int failed;
	int interrupted;    /* the checks were stopped (cancelled): no verdict */
} VerifyReport;

/* Runs every check on g's index (db_path: the file, opened a second time for
** FTS5's own check, read only in effect: its transaction is rolled back).
** cancelled(ctx), asked as SQLite works, stops the checks (out->interrupted). */
void verify_run(Graph *g, const char *db_path, int (*cancelled)(void *), void *ctx,
                VerifyReport *out);
void verify_report_free(VerifyReport *r);

#endif
