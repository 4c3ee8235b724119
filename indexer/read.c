/*
** read.c -- the read statements of the index (see read.h).
**
** Each function keeps its SQL in a static string next to its code; stmt()
** prepares it on first use and caches it by the string's address, so there is
** no central table of statements to keep in step. The cache is a short array:
** a Reader uses a few dozen statements, looked up by pointer comparison.
*/
#include "read.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

enum { MAX_STMTS = 128 };

struct Reader {
	sqlite3 *db;
	const char *sql[MAX_STMTS];
	sqlite3_stmt *st[MAX_STMTS];
	int n;
	char *err;
};

Reader *reader_new(sqlite3 *db) {
	Reader *r = xcalloc(1, sizeof *r);
	r->db = db;
	return r;
}

void reader_free(Reader *r) {
	if (!r) return;
	for (int i = 0; i < r->n; i++) sqlite3_finalize(r->st[i]);
	free(r->err);
	free(r);
}

sqlite3 *reader_db(Reader *r) { return r->db; }
const char *reader_errmsg(Reader *r) { return r->err ? r->err : "no error"; }

static int fail(Reader *r, const char *what) {
	free(r->err);
	r->err = xprintf("%s: %s", what, sqlite3_errmsg(r->db));
	return LG_ERROR;
}

/* The prepared statement for sql (a static string), reset and with its bindings
** cleared; NULL (and reader_errmsg) when it cannot be prepared. */
static sqlite3_stmt *stmt(Reader *r, const char *sql) {
	for (int i = 0; i < r->n; i++)
		if (r->sql[i] == sql) {
			sqlite3_reset(r->st[i]);
			sqlite3_clear_bindings(r->st[i]);
			return r->st[i];
		}
	sqlite3_stmt *st = NULL;
	if (r->n == MAX_STMTS || sqlite3_prepare_v2(r->db, sql, -1, &st, NULL) != SQLITE_OK) {
		fail(r, r->n == MAX_STMTS ? "too many statements" : "cannot prepare a read");
		sqlite3_finalize(st);
		return NULL;
	}
	r->sql[r->n] = sql;
	r->st[r->n++] = st;
	return st;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v) {
	if (v) sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else sqlite3_bind_null(st, i);
}

/* A malloc()ed copy of column i, or NULL. */
static char *col_dup(sqlite3_stmt *st, int i) {
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

/* The first column of the first row as an integer, 0 when there is none. */
static long long one_int(sqlite3_stmt *st) {
	long long v = st && sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	if (st) sqlite3_reset(st);
	return v;
}

/* ---- documents and versions ---------------------------------------------- */

long long read_doc_root(Reader *r, long long doc) {
	static const char SQL[] = "SELECT id FROM provisions WHERE doc=?1 AND kind='document'";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	return one_int(st);
}

int read_doc_name_taken(Reader *r, const char *name) {
	static const char SQL[] = "SELECT 1 FROM documents WHERE name=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, name);
	return one_int(st) == 1;
}

char *read_doc_date(Reader *r, long long doc) {
	static const char SQL[] = "SELECT date FROM documents WHERE id=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return NULL;
	sqlite3_bind_int64(st, 1, doc);
	char *date = sqlite3_step(st) == SQLITE_ROW ? col_dup(st, 0) : NULL;
	sqlite3_reset(st);
	return date;
}

/* ---- the linker (indexer/index.c) and the resolver (resolve.c) ------------ */

/* ---- graph (query/graph.c) ------------------------------------------------ */

/* ---- ask (query/ask.c) ---------------------------------------------------- */

/* ---- check (query/check*.c) ----------------------------------------------- */

/* ---- understand, the shell ------------------------------------------------ */
