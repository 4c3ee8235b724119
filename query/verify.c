/*
** verify.c -- is an index sound? (see verify.h)
**
** Each invariant is one query that counts what breaks it; 0 is sound. They
** hold for every index lovgraf builds; a count above 0 means the file was
** damaged or changed after the build.
*/
#include "verify.h"
#include "danish.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

typedef struct Invariant {
	const char *what;
	const char *sql;   /* one row, one integer: how many rows break it */
} Invariant;

static const Invariant INVARIANTS[] = {
	{"every provision belongs to a document",
	 "SELECT count(*) FROM provision_rows p WHERE NOT EXISTS"
	 " (SELECT 1 FROM documents d WHERE d.id=p.doc)"},
	{"every provision's parent is there",
	 "SELECT count(*) FROM provision_rows p WHERE p.parent IS NOT NULL AND NOT EXISTS"
	 " (SELECT 1 FROM provision_rows q WHERE q.id=p.parent)"},
	{"every provision has its text (or the provision it is a part of)",
	 "SELECT count(*) FROM provision_rows p WHERE p.text IS NULL AND p.text_of IS NOT NULL AND"
	 " NOT EXISTS (SELECT 1 FROM provision_rows a WHERE a.id=p.text_of AND a.text IS NOT NULL)"},
	{"every edge starts at a provision",
	 "SELECT count(*) FROM edges e WHERE NOT EXISTS (SELECT 1 FROM provision_rows p WHERE p.id=e.src)"},
	{"every resolved edge ends at a provision",
	 "SELECT count(*) FROM edges e WHERE e.dst IS NOT NULL AND NOT EXISTS"
	 " (SELECT 1 FROM provision_rows p WHERE p.id=e.dst)"},
	{"the documents counted while building are there",
	 "SELECT abs(coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key='documents'), -1)"
	 " - (SELECT count(*) FROM documents WHERE in_corpus=1))"},
	{"the searchable provisions counted while building are there",
	 "SELECT abs(coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key='searchable'), -1)"
	 " - (SELECT count(*) FROM provision_rows WHERE searchable))"},
	{"the full-text index holds every searchable provision",
	 "SELECT abs((SELECT count(*) FROM fts_docsize)"
	 " - (SELECT count(*) FROM provision_rows WHERE searchable))"},
};

static VerifyCheck *add(VerifyReport *r, const char *what, int ok, char *detail) {
	r->v = xrealloc(r->v, (size_t)(r->n + 1) * sizeof *r->v);
	VerifyCheck *c = &r->v[r->n++];
	c->what = what;
	c->ok = ok;
	c->skipped = 0;
	c->detail = detail;
	if (!ok) r->failed++;
	return c;
}

/* SQLite's integrity check: "ok", or its first findings. */
static void integrity(sqlite3 *db, VerifyReport *r) {
	sqlite3_stmt *st = NULL;
	Buf found = BUF_INIT;
	int rows = 0, rc = sqlite3_prepare_v2(db, "PRAGMA integrity_check(20)", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *t = (const char *)sqlite3_column_text(st, 0);
			if (t && !strcmp(t, "ok")) continue;
			if (rows++ < 3) buf_printf(&found, "%s%s", found.n ? "; " : "", t ? t : "?");
		}
	}
	if (rc != SQLITE_DONE && !found.n) buf_puts(&found, sqlite3_errmsg(db));
	r->interrupted |= rc == SQLITE_INTERRUPT;
	sqlite3_finalize(st);
	if (rows > 3) buf_printf(&found, " (and %d more)", rows - 3);
	for (size_t i = 0; i < found.n; i++)   /* its findings on one line */
		if (found.s[i] == '\n') found.s[i] = ' ';
	int ok = found.n == 0;
	add(r, "SQLite's integrity check (every page, table and index)", ok,
	    ok ? NULL : buf_take(&found));
	buf_free(&found);
}

/* FTS5's own check of its index against the texts. It is an INSERT, so it runs
** on a connection of its own whose transaction is rolled back: nothing changes. */
static void fts_check(const char *db_path, int (*cancelled)(void *), void *ctx, VerifyReport *r) {
	sqlite3 *db = NULL;
	char *msg = NULL;
	int rc = sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK && cancelled) sqlite3_progress_handler(db, 4000, cancelled, ctx);
	if (rc == SQLITE_OK) rc = danish_register(db);
	if (rc == SQLITE_OK) rc = sqlite3_exec(db, "BEGIN", NULL, NULL, &msg);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, "INSERT INTO fts(fts, rank) VALUES('integrity-check', 1)", NULL,
		                  NULL, &msg);
	int readonly = (rc & 0xFF) == SQLITE_READONLY;   /* the check writes, then rolls back */
	r->interrupted |= (rc & 0xFF) == SQLITE_INTERRUPT;
	char *detail = rc == SQLITE_OK ? NULL
	               : readonly ? xstrdup("not run: the file cannot be opened for writing")
	               : xstrdup(msg ? msg : sqlite3_errmsg(db));
	sqlite3_free(msg);
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	add(r, "the full-text index matches the texts (FTS5's check)", rc == SQLITE_OK || readonly,
	    detail)->skipped = readonly;
}

void verify_run(Graph *g, const char *db_path, int (*cancelled)(void *), void *ctx,
                VerifyReport *out) {
	memset(out, 0, sizeof *out);
	sqlite3 *db = graph_db(g);
	integrity(db, out);
	if (!out->interrupted) fts_check(db_path, cancelled, ctx, out);
	for (size_t i = 0; i < sizeof INVARIANTS / sizeof *INVARIANTS && !out->interrupted; i++) {
		sqlite3_stmt *st = NULL;
		long long bad = -1;
		if (sqlite3_prepare_v2(db, INVARIANTS[i].sql, -1, &st, NULL) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			bad = sqlite3_column_int64(st, 0);
		out->interrupted |= sqlite3_errcode(db) == SQLITE_INTERRUPT;
		char *detail = bad < 0 ? xprintf("cannot be read: %s", sqlite3_errmsg(db))
		               : bad ? xprintf("%lld rows break it", bad) : NULL;
		sqlite3_finalize(st);
		add(out, INVARIANTS[i].what, bad == 0, detail);
	}
}

void verify_report_free(VerifyReport *r) {
	for (int i = 0; i < r->n; i++) free(r->v[i].detail);
	free(r->v);
	memset(r, 0, sizeof *r);
}
