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

void check_doc_row_clear(CheckDocRow *d) {
	free(d->path);
	free(d->type);
	free(d->date);
	memset(d, 0, sizeof *d);
}

int read_check_doc(Reader *r, const char *name, CheckDocRow *out) {
	static const char SQL[] =
		"SELECT path, type, date, in_corpus, is_letter FROM documents WHERE name=?1";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, name);
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found) {
		out->path = col_dup(st, 0);
		out->type = col_dup(st, 1);
		out->date = col_dup(st, 2);
		out->in_corpus = sqlite3_column_int(st, 3);
		out->is_letter = sqlite3_column_int(st, 4);
	}
	sqlite3_reset(st);
	return found;
}

void check_version_row_clear(CheckVersionRow *v) {
	free(v->name);
	free(v->type);
	free(v->number);
	free(v->date);
	free(v->title);
	memset(v, 0, sizeof *v);
}

int read_check_version(Reader *r, long long doc, CheckVersionRow *out) {
	static const char SQL[] = "SELECT name, type, number, date, title FROM documents WHERE id=?1";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found) {
		out->name = col_dup(st, 0);
		out->type = col_dup(st, 1);
		out->number = col_dup(st, 2);
		out->date = col_dup(st, 3);
		out->title = col_dup(st, 4);
	}
	sqlite3_reset(st);
	return found;
}

long long read_check_provision(Reader *r, long long doc, const char *section, int stk,
                               const char *nr, int *repealed) {
	static const char SQL[] =
		"SELECT id, repealed FROM provisions WHERE doc=?1 AND section=?2 AND stk IS ?3"
		" AND nr IS ?4 AND litra IS NULL ORDER BY id LIMIT 1";
	*repealed = 0;
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	bind_text(st, 2, section);
	if (stk) sqlite3_bind_int(st, 3, stk);
	else sqlite3_bind_null(st, 3);
	bind_text(st, 4, nr && *nr ? nr : NULL);
	long long id = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		*repealed = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	return id;
}

long long read_check_chapter(Reader *r, long long doc, const char *label) {
	static const char SQL[] =
		"SELECT id FROM provisions WHERE doc=?1 AND kind='chapter' AND label=?2 LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	bind_text(st, 2, label);
	return one_int(st);
}

int read_check_fts(Reader *r, const char *match, long long doc, long long **ids) {
	static const char SQL[] =
		"SELECT p.id FROM fts JOIN provisions p ON p.id=fts.rowid"
		" JOIN documents d ON d.id=p.doc WHERE fts MATCH ?1 AND d.in_corpus=1"
		" AND d.is_letter=0 AND d.type IS NOT NULL AND p.repealed=0"
		" AND p.kind IN ('section','stk','nr') AND (?2=0 OR p.doc=?2)"
		" ORDER BY bm25(fts) LIMIT 40";
	*ids = NULL;
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, match);
	sqlite3_bind_int64(st, 2, doc);
	int n = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		*ids = xrealloc(*ids, (size_t)(n + 1) * sizeof **ids);
		(*ids)[n++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	return n;
}

void check_prov_row_clear(CheckProvRow *p) {
	free(p->act);
	free(p->kind);
	free(p->text);
	memset(p, 0, sizeof *p);
}

int read_check_prov(Reader *r, long long id, CheckProvRow *out) {
	static const char SQL[] = "SELECT act, doc, kind, text FROM provisions WHERE id=?1";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, id);
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found) {
		out->act = col_dup(st, 0);
		out->doc = sqlite3_column_int64(st, 1);
		out->kind = col_dup(st, 2);
		out->text = col_dup(st, 3);
	}
	sqlite3_reset(st);
	return found;
}

long long read_check_repealer(Reader *r, const char *act, long long ver) {
	static const char SQL[] =
		"SELECT DISTINCT d.id FROM edges e JOIN provisions s ON s.id=e.src"
		" JOIN documents d ON d.id=s.doc WHERE e.kind='repeals' AND e.t_act=?1"
		" AND e.t_section IS NULL AND e.t_chapter IS NULL AND d.in_corpus=1"
		" AND d.act<>?1 AND d.date>=(SELECT date FROM documents WHERE id=?2)"
		" ORDER BY d.date, d.id";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, act);
	sqlite3_bind_int64(st, 2, ver);
	return one_int(st);
}

int read_check_doc_rules(Reader *r, long long doc, CheckProvFn fn, void *ctx) {
	static const char SQL[] =
		"SELECT text, ref FROM provisions WHERE doc=?1 AND kind IN ('stk','section')"
		" ORDER BY kind='section', id";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	sqlite3_bind_int64(st, 1, doc);
	while (sqlite3_step(st) == SQLITE_ROW)
		if (fn(ctx, (const char *)sqlite3_column_text(st, 0),
		       (const char *)sqlite3_column_text(st, 1)))
			break;
	sqlite3_reset(st);
	return LG_OK;
}

long long read_check_by_number(Reader *r, const char *number) {
	static const char SQL[] =
		"SELECT id FROM documents WHERE number=?1 AND in_corpus=1 AND is_letter=0"
		" AND type IS NOT NULL ORDER BY date DESC LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, number);
	return one_int(st);
}

/* ---- understand, the shell ------------------------------------------------ */
