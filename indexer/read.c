/*
** read.c -- the read statements of the index (see read.h).
**
** Each function keeps its SQL in a static string next to its code; stmt()
** prepares it on first use and caches it by the string's address, so there is
** no central table of statements to keep in step. The cache is a short array:
** a Reader uses a few dozen statements, looked up by pointer comparison.
*/
#include "read.h"
#include "item.h"
#include "kind.h"
#include "util.h"

#include <stdlib.h>
#include <stdint.h>
#include <string.h>

enum { MAX_STMTS = 192 };

struct Reader {
	sqlite3 *db;
	const char *sql[MAX_STMTS];
	sqlite3_stmt *st[MAX_STMTS];
	int n;
	char *err;
	int fault;      /* the first read fault (a damaged or unreadable file), or SQLITE_OK */
	char *fault_msg;
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
	free(r->fault_msg);
	free(r);
}

sqlite3 *reader_db(Reader *r) { return r->db; }
const char *reader_errmsg(Reader *r) { return r->err ? r->err : "no error"; }

/* The failures that mean the file cannot be trusted: never "no more rows". */
static int is_fault(int code) {
	code &= 0xFF;
	return code == SQLITE_CORRUPT || code == SQLITE_IOERR || code == SQLITE_NOTADB ||
	       code == SQLITE_NOMEM || code == SQLITE_CANTOPEN || code == SQLITE_INTERRUPT ||
	       code == SQLITE_FULL || code == SQLITE_SCHEMA;
}

static int fail(Reader *r, const char *what) {
	free(r->err);
	r->err = xprintf("%s: %s", what, sqlite3_errmsg(r->db));
	int code = sqlite3_extended_errcode(r->db);
	if (!r->fault && is_fault(code)) {
		r->fault = code;
		r->fault_msg = xstrdup(sqlite3_errmsg(r->db));
	}
	return LG_ERROR;
}

int reader_fault(Reader *r, const char **msg) {
	if (msg) *msg = r->fault_msg;
	return r->fault;
}

/* One step of st: 1 for a row, 0 at the end; an error is recorded (the reader's
** fault) and ends the rows, so that a damaged file is never read as "no more". */
static int step(Reader *r, sqlite3_stmt *st) {
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) return 1;
	if (rc != SQLITE_DONE) fail(r, "cannot read the index");
	return 0;
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
		if (!r->fault) {   /* lovgraf's own SQL does not fit the file: damaged or edited */
			r->fault = SQLITE_ERROR;
			r->fault_msg = xstrdup(r->err);
		}
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

/* Binds NULL for a NULL or empty v: an absent label ("stk IS ?3"). */
static void bind_opt(sqlite3_stmt *st, int i, const char *v) {
	if (v && *v) sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else sqlite3_bind_null(st, i);
}

static const char *col_text(sqlite3_stmt *st, int i) {
	return (const char *)sqlite3_column_text(st, i);
}

/* Column i as sqlite holds it, for a row read only (see tl_row_of), or NULL. */
static char *col_borrowed(sqlite3_stmt *st, int i) {
	return (char *)sqlite3_column_text(st, i);
}

/* A malloc()ed copy of column i, or NULL. */
static char *col_dup(sqlite3_stmt *st, int i) {
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

/* The first column of the first row as an integer, 0 when there is none. */
static long long one_int(Reader *r, sqlite3_stmt *st) {
	long long v = st && step(r, st) ? sqlite3_column_int64(st, 0) : 0;
	if (st) sqlite3_reset(st);
	return v;
}

/* The first column of the first row as a malloc()ed string, NULL when there is none. */
static char *one_text(Reader *r, sqlite3_stmt *st) {
	char *v = step(r, st) ? col_dup(st, 0) : NULL;
	sqlite3_reset(st);
	return v;
}

/* The first integer of sql's first row with ?1 = a and ?2 = b, or 0. */
static long long int_of_texts(Reader *r, const char *sql, const char *a, const char *b) {
	sqlite3_stmt *st = stmt(r, sql);
	if (!st) return 0;
	bind_text(st, 1, a);
	bind_text(st, 2, b);
	return one_int(r, st);
}

/* ---- documents and versions ---------------------------------------------- */

long long read_doc_root(Reader *r, long long doc) {
	static const char SQL[] = "SELECT id FROM provisions WHERE doc=?1 AND kind='document'";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	return one_int(r, st);
}

int read_doc_name_taken(Reader *r, const char *name) {
	static const char SQL[] = "SELECT 1 FROM documents WHERE name=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, name);
	return one_int(r, st) == 1;
}

char *read_doc_date(Reader *r, long long doc) {
	static const char SQL[] = "SELECT date FROM documents WHERE id=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return NULL;
	sqlite3_bind_int64(st, 1, doc);
	return one_text(r, st);
}

/* ---- the linker (indexer/index.c) and the resolver (resolve.c) ------------ */

/* Steps st to its end (or an error) and resets it: LG_OK or LG_ERROR. */
static int done(Reader *r, sqlite3_stmt *st, int rc) {
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? LG_OK : fail(r, "cannot read the index");
}

long long read_doc_by_hash(Reader *r, const char *hash) {
	static const char SQL[] = "SELECT id FROM documents WHERE text_hash=?1 LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_opt(st, 1, hash);
	return one_int(r, st);
}

long long read_doc_root_by_name(Reader *r, const char *name, long long *doc) {
	static const char SQL[] = "SELECT p.id, p.doc FROM provisions p JOIN documents d ON d.id=p.doc"
	                          " WHERE d.name=?1 AND p.kind='document'";
	sqlite3_stmt *st = stmt(r, SQL);
	long long root = 0, d = 0;
	if (!st) return 0;
	bind_opt(st, 1, name);
	if (step(r, st)) {
		root = sqlite3_column_int64(st, 0);
		d = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (doc) *doc = d;
	return root;
}

long long read_doc_part(Reader *r, long long doc, const char *label, char **text) {
	static const char SQL[] = "SELECT id, text FROM provisions WHERE doc=?1 AND kind='part'"
	                          " AND label=?2";
	sqlite3_stmt *st = stmt(r, SQL);
	long long id = 0;
	if (text) *text = NULL;
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	bind_opt(st, 2, label);
	if (step(r, st)) {
		id = sqlite3_column_int64(st, 0);
		if (text) *text = col_dup(st, 1);
	}
	sqlite3_reset(st);
	return id;
}

int read_child_spans(Reader *r, long long parent, ReadSpan **out) {
	static const char SQL[] = "SELECT start, end FROM provision_rows WHERE parent=?1 ORDER BY start";
	sqlite3_stmt *st = stmt(r, SQL);
	int n = 0;
	*out = NULL;
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, parent);
	while (step(r, st)) {
		*out = xrealloc(*out, (size_t)(n + 1) * sizeof **out);
		(*out)[n].start = sqlite3_column_int64(st, 0);
		(*out)[n++].end = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return n;
}

int read_part_starts(Reader *r, long long id, long long **at, int **depth) {
	static const char SQL[] =
		"WITH me AS (SELECT id, start FROM provision_rows WHERE id = ?1),"
		" kids AS (SELECT c.id, c.start, 1 AS depth FROM provision_rows c, me WHERE c.parent = me.id"
		"  AND c.kind IN ('stk', 'nr', 'litra'))"
		" SELECT k.start - me.start, k.depth FROM kids k, me"
		" UNION ALL SELECT g.start - me.start, 2 FROM provision_rows g JOIN kids k ON g.parent = k.id,"
		" me WHERE g.kind IN ('nr', 'litra') ORDER BY 1";
	sqlite3_stmt *st = stmt(r, SQL);
	int n = 0;
	*at = NULL;
	*depth = NULL;
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, id);
	while (step(r, st)) {
		*at = xrealloc(*at, (size_t)(n + 1) * sizeof **at);
		*depth = xrealloc(*depth, (size_t)(n + 1) * sizeof **depth);
		(*at)[n] = sqlite3_column_int64(st, 0);
		(*depth)[n++] = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	return n;
}

int read_children(Reader *r, long long parent, const char *kind, long long **out) {
	static const char SQL[] =
		"SELECT id FROM provision_rows WHERE parent=?1 AND kind=?2 ORDER BY start";
	sqlite3_stmt *st = stmt(r, SQL);
	int n = 0;
	*out = NULL;
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, parent);
	bind_text(st, 2, kind);
	while (step(r, st)) {
		*out = xrealloc(*out, (size_t)(n + 1) * sizeof **out);
		(*out)[n++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	return n;
}

/* The first row's integer and, in *act, its second column; 0 when none. */
static long long id_and_act(Reader *r, sqlite3_stmt *st, char **act) {
	long long id = 0;
	*act = NULL;
	if (step(r, st)) {
		id = sqlite3_column_int64(st, 0);
		*act = col_dup(st, 1);
	}
	sqlite3_reset(st);
	return id;
}

/* The document sql finds by number (?1) and year (?2); its act in *act. */
static long long numbered(Reader *r, const char *sql, const char *number, const char *year,
                          char **act) {
	sqlite3_stmt *st = stmt(r, sql);
	*act = NULL;
	if (!st) return 0;
	bind_text(st, 1, number);
	bind_text(st, 2, year);
	return id_and_act(r, st, act);
}

long long read_numbered_root(Reader *r, const char *number, const char *year, char **act) {
	static const char SQL[] = "SELECT p.id, d.act FROM documents d, provisions p"
	                          " WHERE d.number=?1 AND substr(d.date,1,4)=?2 AND d.in_corpus=1"
	                          " AND p.doc=d.id AND p.kind='document' LIMIT 1";
	return numbered(r, SQL, number, year, act);
}

long long read_numbered_version(Reader *r, const char *number, const char *year, char **act) {
	static const char SQL[] = "SELECT id, act FROM documents WHERE number=?1"
	                          " AND substr(date,1,4)=?2 AND in_corpus=1 ORDER BY date LIMIT 1";
	return numbered(r, SQL, number, year, act);
}

int read_link_provisions(Reader *r, int (*each)(void *ctx, const LinkRow *row), void *ctx) {
	static const char SQL[] =
		"SELECT p.id, p.doc, p.act, p.kind, p.section, p.stk, p.nr, p.text, p.start, d.date,"
		" d.is_letter, d.title, d.type, d.is_amending FROM provisions p JOIN documents d ON d.id=p.doc"
		" WHERE d.in_corpus=1 AND d.same_as IS NULL AND p.repealed=0"
		" AND p.kind IN ('document','section','stk','nr','litra','paragraph','question')"
		" ORDER BY p.id";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		LinkRow row = {.id = sqlite3_column_int64(st, 0), .doc = sqlite3_column_int64(st, 1),
		               .act = col_text(st, 2), .kind = col_text(st, 3),
		               .section = col_text(st, 4), .stk = sqlite3_column_int(st, 5),
		               .nr = col_text(st, 6), .text = col_text(st, 7),
		               .len = (size_t)sqlite3_column_bytes(st, 7),
		               .start = sqlite3_column_int64(st, 8), .date = col_text(st, 9),
		               .is_letter = sqlite3_column_int(st, 10), .title = col_text(st, 11),
		               .type = col_text(st, 12), .is_amending = sqlite3_column_int(st, 13)};
		if (each(ctx, &row)) {
			sqlite3_reset(st);
			return LG_ERROR;
		}
	}
	return done(r, st, rc);
}

int read_link_quotes(Reader *r, int (*each)(void *ctx, const QuoteRow *row), void *ctx) {
	static const char SQL[] = "SELECT q.src, q.quote, q.attribution, d.date FROM quotes q"
	                          " JOIN provisions p ON p.id=q.src JOIN documents d ON d.id=p.doc"
	                          " ORDER BY q.id";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		QuoteRow row = {.src = sqlite3_column_int64(st, 0), .quote = col_text(st, 1),
		                .attribution = col_text(st, 2), .date = col_text(st, 3)};
		if (each(ctx, &row)) {
			sqlite3_reset(st);
			return LG_ERROR;
		}
	}
	return done(r, st, rc);
}

long long read_version(Reader *r, const char *act, const char *date) {
	/* two walks of index documents_act, not a sort of all versions */
	static const char DONE[] = "SELECT id FROM documents WHERE act=?1 AND in_corpus=1"
	                           " AND date<=?2 ORDER BY date DESC, id DESC LIMIT 1";
	static const char NEXT[] = "SELECT id FROM documents WHERE act=?1 AND in_corpus=1"
	                           " AND date>?2 ORDER BY date, id DESC LIMIT 1";
	static const char UNDATED[] = "SELECT id FROM documents WHERE act=?1 AND in_corpus=1"
	                              " AND date IS NULL ORDER BY id DESC LIMIT 1";
	long long id = int_of_texts(r, DONE, act, date);
	if (!id) id = int_of_texts(r, NEXT, act, date);
	return id ? id : int_of_texts(r, UNDATED, act, NULL);
}

/* Binds p's labels: section at i, stk at i+1, nr at i+2 (litra is the caller's). */
static void bind_path(sqlite3_stmt *st, int i, const ReadPath *p) {
	bind_text(st, i, p->section);
	if (p->stk) sqlite3_bind_int(st, i + 1, p->stk);
	bind_opt(st, i + 2, p->nr);
}

long long read_find_in_doc(Reader *r, long long doc, const ReadPath *p) {
	static const char SQL[] = "SELECT id FROM provisions WHERE doc=?1 AND section=?2"
	                          " AND stk IS ?3 AND nr IS ?4 AND litra IS ?5 ORDER BY id LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	bind_path(st, 2, p);
	bind_opt(st, 5, p->litra);
	return one_int(r, st);
}

int read_item_stks(Reader *r, long long doc, const char *section) {
	static const char SQL[] = "SELECT count(DISTINCT stk) FROM provisions WHERE doc=?1 AND section=?2"
	                          " AND nr IS NOT NULL";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	bind_text(st, 2, section);
	return (int)one_int(r, st);
}

long long read_find_after(Reader *r, const char *act, const ReadPath *p, const char *date) {
	/* by the act's documents (index documents_act), then the path in each */
	static const char SQL[] = "SELECT p.id FROM provisions p JOIN documents d ON d.id=p.doc"
	                          " WHERE d.act=?1 AND p.section=?2 AND p.stk IS ?3 AND p.nr IS ?4"
	                          " AND p.litra IS ?6 AND d.in_corpus=1 AND d.date>?5"
	                          " ORDER BY d.date, p.id LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, act);
	bind_path(st, 2, p);
	bind_text(st, 5, date);
	bind_opt(st, 6, p->litra);
	return one_int(r, st);
}

int read_section_openings(Reader *r, int (*each)(void *ctx, long long id, const char *section,
                                                 const char *date, const char *text),
                          void *ctx) {
	static const char SQL[] = "SELECT p.id, p.section, d.date, substr(p.text, 1, 160)"
	                          " FROM provisions p JOIN documents d ON d.id=p.doc"
	                          " WHERE p.kind='section' AND d.is_amending=0 AND d.in_corpus=1"
	                          " AND d.date IS NOT NULL AND p.section IS NOT NULL";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (each(ctx, sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3)))
			break;
	return done(r, st, rc == SQLITE_ROW ? SQLITE_DONE : rc);
}

long long read_find_nearest(Reader *r, const char *act, const ReadPath *p, const char *date) {
	static const char SQL[] = "SELECT p.id FROM provisions p JOIN documents d ON d.id=p.doc"
	                          " WHERE d.act=?1 AND p.section=?2 AND p.stk IS ?3 AND p.nr IS ?4"
	                          " AND p.litra IS ?6 AND d.in_corpus=1"
	                          " ORDER BY abs(julianday(d.date)-julianday(?5)), p.id LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, act);
	bind_path(st, 2, p);
	bind_text(st, 5, date);
	bind_opt(st, 6, p->litra);
	return one_int(r, st);
}

void read_strings_clear(ReadStrings *l) {
	for (int i = 0; i < l->n; i++) free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int read_section_range(Reader *r, long long doc, long lo, long hi, int max, ReadStrings *out) {
	static const char SQL[] = "SELECT section FROM provision_rows WHERE doc=?1 AND kind='section'"
	                          " AND sec_key BETWEEN ?2 AND ?3 GROUP BY section"
	                          " ORDER BY min(sec_key)";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	sqlite3_bind_int64(st, 1, doc);
	sqlite3_bind_int64(st, 2, lo);
	sqlite3_bind_int64(st, 3, hi);
	for (int k = 0; k < max && step(r, st); k++) {
		out->v = xrealloc(out->v, (size_t)(out->n + 1) * sizeof *out->v);
		out->v[out->n++] = xstrdup(col_text(st, 0) ? col_text(st, 0) : "");
	}
	sqlite3_reset(st);
	return LG_OK;
}

long long read_chapter_nearest(Reader *r, const char *act, const char *label, const char *date) {
	static const char SQL[] =
		"SELECT p.id FROM provisions p JOIN documents d ON d.id=p.doc"
		" WHERE d.act=?1 AND p.kind='chapter' AND p.chapter=?2 AND d.in_corpus=1"
		" ORDER BY abs(julianday(d.date)-julianday(?3)), p.id LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, act);
	bind_text(st, 2, label);
	bind_text(st, 3, date);
	return one_int(r, st);
}

int read_chapter_labels(Reader *r, long long doc, ReadStrings *out) {
	static const char SQL[] = "SELECT label FROM provisions WHERE doc=?1 AND kind='chapter'"
	                          " ORDER BY id";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	sqlite3_bind_int64(st, 1, doc);
	while (step(r, st)) {
		out->v = xrealloc(out->v, (size_t)(out->n + 1) * sizeof *out->v);
		out->v[out->n++] = xstrdup(col_text(st, 0) ? col_text(st, 0) : "");
	}
	sqlite3_reset(st);
	return LG_OK;
}

char *read_provision_text(Reader *r, long long id) {
	static const char SQL[] = "SELECT text FROM provisions WHERE id=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return NULL;
	sqlite3_bind_int64(st, 1, id);
	return one_text(r, st);
}

long long read_chapter(Reader *r, long long doc, const char *label) {
	static const char SQL[] = "SELECT id FROM provisions WHERE doc=?1 AND kind='chapter'"
	                          " AND label=?2 LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	bind_text(st, 2, label);
	return one_int(r, st);
}

long long read_act_part(Reader *r, const char *act, const char *label) {
	static const char SQL[] = "SELECT p.id FROM provisions p JOIN documents d ON d.id=p.doc"
	                          " WHERE d.act=?1 AND p.kind='part' AND p.label=?2 LIMIT 1";
	return int_of_texts(r, SQL, act, label);
}

/* ---- graph (query/graph.c) ------------------------------------------------ */

int read_act_table(Reader *r, int *n_act, size_t *max_name) {
	static const char SQL[] =
		"SELECT (SELECT coalesce(max(id), 0) FROM acts), (SELECT CAST(value AS INTEGER) FROM meta"
		" WHERE key='act_name_max')";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	int rc = sqlite3_step(st), ok = rc == SQLITE_ROW && sqlite3_column_type(st, 1) != SQLITE_NULL;
	if (ok) {
		*n_act = sqlite3_column_int(st, 0);
		*max_name = (size_t)sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return ok ? LG_OK : fail(r, "cannot read the act table");
}

int read_act_name(Reader *r, const char *s, size_t n, int *act, int *only) {
	static const char SQL[] = "SELECT act, only FROM act_names WHERE name=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_text(st, 1, s, (int)n, SQLITE_STATIC);
	int found = step(r, st);
	if (found) {
		*act = sqlite3_column_type(st, 0) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 0) - 1;
		*only = sqlite3_column_type(st, 1) == SQLITE_NULL ? -2 : sqlite3_column_int(st, 1) - 1;
	}
	sqlite3_reset(st);
	return found;
}

int read_act(Reader *r, int i, ActRow *row) {
	static const char SQL[] = "SELECT key, kind, title, short, names FROM acts WHERE id=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int(st, 1, i + 1);
	int found = step(r, st);
	if (found) {
		row->key = col_dup(st, 0);
		row->kind = col_dup(st, 1);
		row->title = col_dup(st, 2);
		row->short_name = col_dup(st, 3);
		row->learned = col_dup(st, 4);
	}
	sqlite3_reset(st);
	return found;
}

int read_act_number(Reader *r, const char *key) {
	static const char SQL[] = "SELECT id FROM acts WHERE key=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return -1;
	bind_text(st, 1, key);
	return (int)one_int(r, st) - 1;
}

int read_item(Reader *r, long long id, Item *it) {
	static const char SQL[] =
		"SELECT p.id, p.ref, coalesce(a.short, p.act), coalesce(a.title, d.title), p.kind,"
		" p.chapter, p.section, p.stk, coalesce(p.nr, p.litra), p.text, p.repealed, d.name,"
		" d.title, d.type, d.date, d.number, p.eli, d.in_corpus"
		" FROM provisions p JOIN documents d ON d.id=p.doc LEFT JOIN acts a ON a.key=p.act"
		" WHERE p.id=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	sqlite3_bind_int64(st, 1, id);
	int rc = LG_NOTFOUND;
	if (step(r, st)) {
		it->id = id;
		it->ref = col_dup(st, 1);
		it->doc = col_dup(st, 2);
		it->doc_title = col_dup(st, 3);
		it->kind = col_dup(st, 4);
		it->chapter = col_dup(st, 5);
		it->section = col_dup(st, 6);
		it->subsection = col_dup(st, 7);
		it->item = col_dup(st, 8);
		it->text = col_dup(st, 9);
		it->repealed = sqlite3_column_int(st, 10);
		it->version = col_dup(st, 11);
		it->version_title = col_dup(st, 12);
		it->version_type = col_dup(st, 13);
		it->version_date = col_dup(st, 14);
		it->version_number = col_dup(st, 15);
		it->eli = col_dup(st, 16);
		it->in_corpus = sqlite3_column_int(st, 17);
		rc = LG_OK;
	}
	sqlite3_reset(st);
	return rc;
}

long long read_doc_by_name(Reader *r, const char *name, char **act) {
	static const char SQL[] = "SELECT id, act FROM documents WHERE name=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	*act = NULL;
	if (!st) return 0;
	bind_text(st, 1, name);
	return id_and_act(r, st, act);
}

long long read_provision_doc(Reader *r, long long id) {
	static const char SQL[] = "SELECT doc FROM provisions WHERE id=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, id);
	return one_int(r, st);
}

int read_provision_place(Reader *r, long long id, char **act, long long *doc) {
	static const char SQL[] = "SELECT act, doc FROM provisions WHERE id=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	*act = NULL;
	*doc = 0;
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, id);
	int found = step(r, st);
	if (found) {
		*act = col_dup(st, 0);
		*doc = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	return found;
}

long long read_ref_exact(Reader *r, const char *ref, const char *as_of) {
	static const char SQL[] = "SELECT p.id FROM provisions p JOIN documents d ON d.id=p.doc"
	                          " WHERE p.ref=?1 COLLATE NOCASE ORDER BY (d.date<=?2) DESC,"
	                          " CASE WHEN d.date<=?2 THEN d.date END DESC, d.date, d.id DESC"
	                          " LIMIT 1";
	return int_of_texts(r, SQL, ref, as_of);
}

/* A provision s of document d, as a TlRow (tl_row_of). */
#define TL_COLUMNS "s.act, s.kind, s.section, s.stk, s.nr, s.litra, s.repealed, s.doc," \
	" d.date, d.is_letter, d.is_amending, d.in_corpus"

/* Columns i.. of TL_COLUMNS into *out: copies (copy), else sqlite's own
** strings, valid to the next step (then the row is read only, never cleared). */
static void tl_row_of(sqlite3_stmt *st, int i, int copy, TlRow *out) {
	char *(*text)(sqlite3_stmt *, int) = copy ? col_dup : col_borrowed;
	out->act = text(st, i);
	out->kind = text(st, i + 1);
	out->section = text(st, i + 2);
	out->stk = sqlite3_column_int(st, i + 3);
	out->nr = text(st, i + 4);
	out->litra = text(st, i + 5);
	out->repealed = sqlite3_column_int(st, i + 6);
	out->doc = sqlite3_column_int64(st, i + 7);
	out->date = text(st, i + 8);
	out->is_letter = sqlite3_column_int(st, i + 9);
	out->is_amending = sqlite3_column_int(st, i + 10);
	out->in_corpus = sqlite3_column_int(st, i + 11);
}

/* Runs sql (the columns of EDGE_COLUMNS, ?1 = id) and calls each per row. */
#define EDGE_COLUMNS "e.kind, e.dst, e.t_act, e.t_chapter, e.t_section, e.t_stk, e.t_nr," \
	" e.t_part, e.raw, e.start, e.end, e.quote, e.src"
static int each_edge(Reader *r, const char *sql, long long id,
                     void (*each)(void *ctx, const ReadEdge *e), void *ctx) {
	sqlite3_stmt *st = stmt(r, sql);
	if (!st) return LG_ERROR;
	sqlite3_bind_int64(st, 1, id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		ReadEdge e = {.kind = col_text(st, 0), .dst = sqlite3_column_int64(st, 1),
		              .t_act = col_text(st, 2), .t_chapter = col_text(st, 3),
		              .t_section = col_text(st, 4), .t_stk = sqlite3_column_int(st, 5),
		              .t_nr = col_text(st, 6), .t_part = col_text(st, 7), .raw = col_text(st, 8),
		              .start = sqlite3_column_int64(st, 9), .end = sqlite3_column_int64(st, 10),
		              .quote = col_text(st, 11), .src = sqlite3_column_int64(st, 12)};
		TlRow src;   /* the columns of TL_COLUMNS after those, when sql has them */
		if (sqlite3_column_count(st) > 13) {
			tl_row_of(st, 13, 0, &src);
			e.src_row = &src;
		}
		each(ctx, &e);
	}
	return done(r, st, rc);
}

int read_edges_from(Reader *r, long long id, void (*each)(void *ctx, const ReadEdge *e),
                    void *ctx) {
	static const char SQL[] =
		"WITH srcs(id) AS (SELECT ?1 UNION SELECT s.id FROM provisions p, provisions s"
		" WHERE p.id=?1 AND s.doc=p.doc AND s.start>=p.start AND s.end<=p.end"
		" AND p.kind!='document')"
		" SELECT " EDGE_COLUMNS " FROM edges e JOIN srcs ON e.src=srcs.id"
		" ORDER BY e.start, e.id";
	return each_edge(r, SQL, id, each, ctx);
}

int read_edges_to(Reader *r, long long id, void (*each)(void *ctx, const ReadEdge *e),
                  void *ctx) {
	static const char SQL[] =
		"WITH t AS (SELECT act, kind, chapter, section, stk, nr, label FROM provisions"
		" WHERE id=?1)"
		" SELECT " EDGE_COLUMNS ", " TL_COLUMNS " FROM edges e, t"
		" JOIN provisions s ON s.id=e.src JOIN documents d ON d.id=s.doc"
		/* one branch per kind, each of which index edges_target serves by act
		** and section (a CASE would have it walk every edge naming the act) */
		" WHERE e.dst=?1"
		" OR (t.kind IN ('section','stk','nr','litra') AND e.t_act=t.act"
		"  AND e.t_section=t.section AND (t.stk IS NULL OR e.t_stk=t.stk)"
		"  AND (t.nr IS NULL OR e.t_nr=t.nr))"
		" OR (t.kind='chapter' AND e.t_act=t.act AND e.t_section IS NULL"
		"  AND e.t_chapter=t.chapter)"
		/* a part is cited without a section (resolve.c): the index seeks the
		** act's edges without one, not every edge naming the act */
		" OR (t.kind='part' AND e.t_act=t.act AND e.t_section IS NULL AND e.t_part=t.label)"
		" OR (t.kind='document' AND e.t_act=t.act AND e.t_section IS NULL"
		"  AND e.t_chapter IS NULL AND e.t_part IS NULL)"
		" ORDER BY d.date DESC, e.src, e.start";
	return each_edge(r, SQL, id, each, ctx);
}

/* ---- ask (query/ask.c) ---------------------------------------------------- */

void read_cand_clear(ReadCand *c) {
	free(c->act);
	free(c->kind);
	free(c->section);
	free(c->nr);
	free(c->type);
	free(c->title);
	memset(c, 0, sizeof *c);
}

int read_fts_candidates(Reader *r, const char *fts, const TextRankArgs *args, int limit,
                        int latest, const ReadRows *in, ReadCand **out) {
	/* the best matches from the search index alone (the latest versions by
	** its column latest; of one document, by its rows' range of ids), then
	** their provisions: a broad question's hundred thousand matches are
	** ranked, but only the best are read */
	static const char SQL[] =
		"WITH top AS MATERIALIZED (SELECT rowid AS id, text_rank(fts, ?3) AS bm FROM fts"
		" WHERE fts MATCH ?1 AND rowid BETWEEN ?4 AND ?5 ORDER BY bm LIMIT ?2)"
		" SELECT t.id, t.bm, p.act, p.doc, p.kind, p.section, p.stk, p.nr,"
		" d.in_corpus, d.is_letter, d.is_amending, d.type, d.title FROM top t"
		" JOIN provisions p ON p.id=t.id"
		" JOIN documents d ON d.id=p.doc ORDER BY t.bm";
	*out = NULL;
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return -1;
	char *match = xprintf("%s%s", latest ? "latest : lovgraflatest AND " : "", fts);
	sqlite3_bind_text(st, 1, match, -1, free);
	sqlite3_bind_int(st, 2, limit);
	/* the phrase that selects the latest versions only selects: weight 0 */
	int na = args ? args->n : 0, k = latest ? 1 : 0;
	double *w = xcalloc((size_t)(na + k + 1), sizeof *w), *idf = xcalloc((size_t)(na + k + 1), sizeof *idf);
	for (int i = 0; i < na; i++) {
		w[i + k] = args->w ? args->w[i] : 1;
		idf[i + k] = args->idf ? args->idf[i] : 0;
	}
	TextRankArgs all = {na + k, w, idf};
	sqlite3_bind_pointer(st, 3, &all, TEXT_RANK_ARGS, NULL);
	sqlite3_bind_int64(st, 4, in ? in->first : 0);
	sqlite3_bind_int64(st, 5, in ? in->last : INT64_MAX);
	int n = 0, cap = 0, rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			*out = xrealloc(*out, (size_t)cap * sizeof **out);
		}
		ReadCand *c = &(*out)[n++];
		c->id = sqlite3_column_int64(st, 0);
		c->bm25 = sqlite3_column_double(st, 1);
		c->act = col_dup(st, 2);
		c->doc = sqlite3_column_int64(st, 3);
		c->kind = col_dup(st, 4);
		c->section = col_dup(st, 5);
		c->stk = sqlite3_column_int(st, 6);
		c->nr = col_dup(st, 7);
		c->in_corpus = sqlite3_column_int(st, 8);
		c->is_letter = sqlite3_column_int(st, 9);
		c->is_amending = sqlite3_column_int(st, 10);
		c->type = col_dup(st, 11);
		c->title = col_dup(st, 12);
	}
	sqlite3_reset(st);
	free(w);
	free(idf);
	if (rc != SQLITE_DONE) {
		fail(r, "cannot search the index");
		for (int i = 0; i < n; i++) read_cand_clear(&(*out)[i]);
		free(*out);
		*out = NULL;
		return -1;
	}
	return n;
}

int read_doc_rows(Reader *r, long long doc, ReadRows *out) {
	static const char SQL[] = "SELECT min(id), max(id) FROM provision_rows WHERE doc=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	*out = (ReadRows){0, -1};
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	if (step(r, st) && sqlite3_column_type(st, 0) != SQLITE_NULL)
		*out = (ReadRows){sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1)};
	sqlite3_reset(st);
	return out->last >= out->first;
}

double read_term_df(Reader *r, const char *term, int prefix) {
	/* a prefix range ends at the highest code point, so that every term that
	** starts with the prefix (also with "ø", "å" after it) is inside it */
	static const char SQL[] =
		"SELECT coalesce(sum(rows), 0) FROM terms WHERE term>=?1 AND term<?1||char(1114111)"
		" AND (?2 OR term=?1)";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, term);
	sqlite3_bind_int(st, 2, prefix);
	double df = step(r, st) ? sqlite3_column_double(st, 0) : 0;
	sqlite3_reset(st);
	return df;
}

double read_searchable_count(Reader *r) {
	/* counted while indexing; an index without the count is counted (a full scan) */
	static const char META[] = "SELECT CAST(value AS INTEGER) FROM meta WHERE key='searchable'";
	static const char SQL[] = "SELECT count(*) FROM provisions WHERE searchable";
	long long n = one_int(r, stmt(r, META));
	return (double)(n > 0 ? n : one_int(r, stmt(r, SQL)));
}

char *read_question_text(Reader *r, long long doc) {
	static const char SQL[] = "SELECT text FROM provisions WHERE doc=?1 AND kind='question' LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return NULL;
	sqlite3_bind_int64(st, 1, doc);
	return one_text(r, st);
}

void read_targets_clear(ReadTargets *t) {
	for (int i = 0; i < t->n; i++) {
		free(t->v[i].act);
		free(t->v[i].section);
	}
	free(t->v);
	memset(t, 0, sizeof *t);
}

static int same_opt(const char *a, const char *b) {
	return a == b || (a && b && !strcmp(a, b));
}

/* Appends the row's (act, section, stk) to out, or merges it into the last
** target when the identity is the same (rows come in identity order). */
static ReadTarget *add_target(ReadTargets *out, sqlite3_stmt *st) {
	const char *act = (const char *)sqlite3_column_text(st, 0);
	const char *sec = (const char *)sqlite3_column_text(st, 1);
	int stk = sqlite3_column_int(st, 2);
	if (out->n) {
		ReadTarget *last = &out->v[out->n - 1];
		if (same_opt(last->act, act) && same_opt(last->section, sec) && last->stk == stk)
			return last;
	}
	if (out->n == out->cap) {
		out->cap = out->cap ? 2 * out->cap : 16;
		out->v = xrealloc(out->v, (size_t)out->cap * sizeof *out->v);
	}
	ReadTarget *t = &out->v[out->n++];
	t->act = act ? xstrdup(act) : NULL;
	t->section = sec ? xstrdup(sec) : NULL;
	t->stk = stk;
	t->exception = 0;
	return t;
}

int read_cited_by(Reader *r, long long src, const LexList *leads, ReadTargets *out) {
	/* the text right before each citation (offsets are bytes) */
	static const char SQL[] =
		"SELECT e.t_act, e.t_section, e.t_stk, substr(CAST(s.text AS BLOB),"
		" max(1, e.start - s.start - 31), min(32, e.start - s.start)) FROM edges e"
		" JOIN provisions s ON s.id=e.src WHERE e.src=?1 AND e.kind IN ('quotes','cites')"
		" AND e.t_section IS NOT NULL ORDER BY 1, 2, 3";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	sqlite3_bind_int64(st, 1, src);
	while (step(r, st)) {
		ReadTarget *t = add_target(out, st);
		const char *before = (const char *)sqlite3_column_blob(st, 3);
		int bn = sqlite3_column_bytes(st, 3);
		size_t ln = 0;
		/* the lead ends right before the citation, after one space */
		if (before && bn > 1 && before[bn - 1] == ' ' &&
		    lexlist_suffix(leads, before, (size_t)bn - 1, LEX_EXACT, &ln))
			t->exception = 1;
	}
	sqlite3_reset(st);
	return LG_OK;
}

static void bind_identity(sqlite3_stmt *st, const char *act, const char *section, int stk) {
	bind_text(st, 1, act);
	bind_text(st, 2, section);
	if (stk) sqlite3_bind_int(st, 3, stk);
	else sqlite3_bind_null(st, 3);
}

int read_quoted_count(Reader *r, const char *act, const char *section, int stk) {
	static const char SQL[] =
		"SELECT count(*) FROM edges WHERE kind='quotes' AND t_act=?1 AND t_section=?2"
		" AND (?3 IS NULL OR t_stk IS NULL OR t_stk=?3)";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_identity(st, act, section, stk);
	return (int)one_int(r, st);
}

int read_quoted_beside(Reader *r, const char *act, const char *section, int stk,
                       ReadTargets *out) {
	static const char SQL[] =
		"SELECT DISTINCT e2.t_act, e2.t_section, e2.t_stk FROM edges e1"
		" JOIN provisions s1 ON s1.id=e1.src JOIN provisions s2 ON s2.parent=s1.parent"
		" JOIN edges e2 ON e2.src=s2.id AND e2.kind='quotes'"
		" WHERE e1.kind='quotes' AND e1.t_act=?1 AND e1.t_section=?2"
		" AND (?3 IS NULL OR e1.t_stk IS NULL OR e1.t_stk=?3)";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	bind_identity(st, act, section, stk);
	while (step(r, st)) {
		if (out->n == out->cap) {
			out->cap = out->cap ? 2 * out->cap : 16;
			out->v = xrealloc(out->v, (size_t)out->cap * sizeof *out->v);
		}
		ReadTarget *t = &out->v[out->n++];
		t->act = col_dup(st, 0);
		t->section = col_dup(st, 1);
		t->stk = sqlite3_column_int(st, 2);
		t->exception = 0;
	}
	sqlite3_reset(st);
	return LG_OK;
}

int read_letter_sources(Reader *r, const char *act, const char *section, int stk,
                        ReadSource **out, int *n) {
	/* one row per passage: a passage that quotes a provision also cites it */
	static const char SQL[] =
		"SELECT s.ref, coalesce(a.title, d.title), d.date, max(e.kind), d.name"
		" FROM edges e JOIN provisions s ON s.id=e.src JOIN documents d ON d.id=s.doc"
		" LEFT JOIN acts a ON a.key=s.act"
		" WHERE e.t_act=?1 AND e.t_section IS ?2 AND (?3 IS NULL OR e.t_stk IS NULL"
		" OR e.t_stk=?3) AND d.is_letter AND d.same_as IS NULL"
		" AND e.kind IN ('cites','quotes') GROUP BY s.id ORDER BY d.date, s.id LIMIT 12";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	bind_identity(st, act, section, stk);
	while (step(r, st)) {
		*out = xrealloc(*out, (size_t)(*n + 1) * sizeof **out);
		ReadSource *s = &(*out)[(*n)++];
		s->ref = col_dup(st, 0);
		s->doc_title = col_dup(st, 1);
		s->date = col_dup(st, 2);
		s->via = col_dup(st, 3);
		s->document = col_dup(st, 4);
	}
	sqlite3_reset(st);
	return LG_OK;
}

void read_sources_free(ReadSource *s, int n) {
	for (int i = 0; i < n; i++) {
		free(s[i].ref);
		free(s[i].doc_title);
		free(s[i].date);
		free(s[i].via);
		free(s[i].document);
	}
	free(s);
}

/* Rows of (via, type, number, date, title, name) into *out; via may be absent
** (first = 1: the row starts with type). */
static int later_rows(Reader *r, sqlite3_stmt *st, ReadLater **out, int *n) {
	while (step(r, st)) {
		*out = xrealloc(*out, (size_t)(*n + 1) * sizeof **out);
		ReadLater *l = &(*out)[(*n)++];
		l->type = col_dup(st, 0);
		l->number = col_dup(st, 1);
		l->date = col_dup(st, 2);
		l->title = col_dup(st, 3);
		l->name = col_dup(st, 4);
	}
	sqlite3_reset(st);
	return LG_OK;
}

int read_later_reforms(Reader *r, const char *date, const char *upto, ReadLater **out, int *n) {
	static const char SQL[] =
		"SELECT type, number, date, title, name FROM documents WHERE in_corpus=1"
		" AND is_amending AND instr(title, '(') > 0 AND date>?1 AND date<=?2 ORDER BY date";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	bind_text(st, 1, date);
	bind_text(st, 2, upto);
	return later_rows(r, st, out, n);
}

void read_later_free(ReadLater *l, int n) {
	for (int i = 0; i < n; i++) {
		free(l[i].type);
		free(l[i].number);
		free(l[i].date);
		free(l[i].title);
		free(l[i].name);
	}
	free(l);
}

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
	int found = step(r, st);
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

void doc_row_clear(DocRow *v) {
	free(v->name);
	free(v->type);
	free(v->number);
	free(v->date);
	free(v->title);
	memset(v, 0, sizeof *v);
}

int read_doc_row(Reader *r, long long doc, DocRow *out) {
	static const char SQL[] = "SELECT name, type, number, date, title FROM documents WHERE id=?1";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	int found = step(r, st);
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
	if (step(r, st)) {
		id = sqlite3_column_int64(st, 0);
		*repealed = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	return id;
}

int read_check_fts(Reader *r, const char *match, long long doc, long long **ids) {
	static const char SQL[] =
		"SELECT p.id FROM fts JOIN provisions p ON p.id=fts.rowid"
		" JOIN documents d ON d.id=p.doc WHERE fts MATCH ?1 AND d.in_corpus=1"
		" AND d.is_letter=0 AND d.type IS NOT NULL AND p.repealed=0"
		" AND p.kind IN ('section','stk','nr') AND (?2=0 OR p.doc=?2)"
		" ORDER BY bm25(fts, 1.0, 0.0) LIMIT 40";
	*ids = NULL;
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_text(st, 1, xprintf("text : (%s)", match), -1, free);
	sqlite3_bind_int64(st, 2, doc);
	int n = 0;
	while (step(r, st)) {
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
	int found = step(r, st);
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
	/* a consolidation (LBK) repeats the closing sections of the acts that
	** amended it, without their headings, and with them their repeals: one
	** that names an older version of the act than ver is of an act that a new
	** act of the same name has replaced ("Lov om ferie, jf. lovbekendtgørelse
	** nr. 1177 af 9. oktober 2015, ophæves", in lov om Udbetaling Danmark of
	** 2024: of the ferielov before the one of 2018) */
	static const char SQL[] =
		"SELECT DISTINCT d.id, d.type, (SELECT n.date < v.date FROM provision_rows t"
		" JOIN documents n ON n.id=t.doc, documents v WHERE t.id=e.dst AND n.act=?1 AND v.id=?2)"
		" FROM edges e JOIN provisions s ON s.id=e.src"
		" JOIN documents d ON d.id=s.doc WHERE e.kind='repeals' AND e.t_act=?1"
		" AND e.t_section IS NULL AND e.t_chapter IS NULL AND d.in_corpus=1"
		" AND d.act<>?1 AND d.date>=(SELECT date FROM documents WHERE id=?2)"
		" ORDER BY d.date, d.id";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, act);
	sqlite3_bind_int64(st, 2, ver);
	long long by = 0;
	while (!by && step(r, st))
		if (doc_kind((const char *)sqlite3_column_text(st, 1)) != DOC_LBK ||
		    !sqlite3_column_int(st, 2))
			by = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return by;
}

int read_check_doc_rules(Reader *r, long long doc, CheckProvFn fn, void *ctx) {
	static const char SQL[] =
		"SELECT text, ref FROM provisions WHERE doc=?1 AND kind IN ('stk','section')"
		" ORDER BY kind='section', id";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	sqlite3_bind_int64(st, 1, doc);
	while (step(r, st))
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
	return one_int(r, st);
}

/* ---- the timeline (query/timeline.c) ------------------------------------- */

void tl_row_clear(TlRow *t) {
	free(t->act);
	free(t->kind);
	free(t->section);
	free(t->nr);
	free(t->litra);
	free(t->date);
	memset(t, 0, sizeof *t);
}

int read_tl_row(Reader *r, long long id, TlRow *out) {
	static const char SQL[] = "SELECT " TL_COLUMNS
	                          " FROM provisions s JOIN documents d ON d.id=s.doc WHERE s.id=?1";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, id);
	int found = step(r, st);
	if (found) tl_row_of(st, 0, 1, out);
	sqlite3_reset(st);
	return found;
}

int read_schema_version(Reader *r) {
	static const char SQL[] = "PRAGMA user_version";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return -1;
	int v = step(r, st) ? sqlite3_column_int(st, 0) : -1;
	sqlite3_reset(st);
	return v;
}

char *read_meta(Reader *r, const char *key) {
	static const char SQL[] = "SELECT value FROM meta WHERE key=?1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return NULL;
	bind_text(st, 1, key);
	return one_text(r, st);
}

char *read_schema_hash(Reader *r) {
	/* every table, index, view and trigger lovgraf made, by name and SQL text */
	static const char SQL[] = "SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL"
	                          " AND name NOT LIKE 'sqlite_%' ORDER BY name";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return NULL;
	unsigned long long h = 1469598103934665603ull;
	while (step(r, st))
		for (int c = 0; c < 3; c++) {
			const unsigned char *t = sqlite3_column_text(st, c);
			for (; t && *t; t++) h = (h ^ *t) * 1099511628211ull;
			h = (h ^ 0xFF) * 1099511628211ull;
		}
	sqlite3_reset(st);
	return r->fault ? NULL : xprintf("%016llx", h);
}

long long read_version_after(Reader *r, const char *act, const char *date) {
	static const char SQL[] = "SELECT id FROM documents WHERE act=?1 AND in_corpus=1"
	                          " AND date>?2 ORDER BY date, id LIMIT 1";
	return int_of_texts(r, SQL, act, date);
}

long long read_next_version(Reader *r, const char *act, long long doc) {
	static const char SQL[] =
		"SELECT n.id FROM documents d JOIN documents n ON n.act=d.act AND n.in_corpus=1"
		" AND (n.date>d.date OR (n.date=d.date AND n.id>d.id))"
		" WHERE d.id=?2 AND d.act=?1 ORDER BY n.date, n.id LIMIT 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	bind_text(st, 1, act);
	sqlite3_bind_int64(st, 2, doc);
	return one_int(r, st);
}

int read_tl_act_changes(Reader *r, const char *act, const char *after, const char *upto,
                        void (*fn)(void *ctx, const TlChangeRow *c), void *ctx) {
	static const char SQL[] =
		"SELECT min(c.src), p.doc, max(c.certain), 0 FROM changes c"
		" JOIN provisions p ON p.id=c.src JOIN documents d ON d.id=p.doc"
		" WHERE c.act=?1 AND d.in_corpus=1 AND d.date>?2 AND (?3 IS NULL OR d.date<=?3)"
		" GROUP BY p.doc ORDER BY d.date, p.doc";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	bind_text(st, 1, act);
	bind_text(st, 2, after ? after : "");
	bind_text(st, 3, upto);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		TlChangeRow c = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
		                 sqlite3_column_int(st, 2), 0};
		fn(ctx, &c);
	}
	return done(r, st, rc);
}

int read_tl_changes(Reader *r, const char *act, const char *section, const char *after,
                    const char *upto, void (*fn)(void *ctx, const TlChangeRow *c), void *ctx) {
	static const char SQL[] =
		"SELECT c.src, p.doc, c.certain, c.inserted FROM changes c"
		" JOIN provisions p ON p.id=c.src JOIN documents d ON d.id=p.doc"
		" WHERE c.act=?1 AND c.section=?2 AND d.in_corpus=1 AND d.date>?3"
		" AND (?4 IS NULL OR d.date<=?4) ORDER BY d.date, c.src";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	bind_text(st, 1, act);
	bind_text(st, 2, section);
	bind_text(st, 3, after ? after : "");
	bind_text(st, 4, upto);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		TlChangeRow c = {sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
		                 sqlite3_column_int(st, 2), sqlite3_column_int(st, 3)};
		fn(ctx, &c);
	}
	return done(r, st, rc);
}

int read_tl_change_of(Reader *r, long long doc, const char *section, char **act,
                      int *certain, int *inserted) {
	static const char SQL[] =
		"SELECT c.act, c.certain, c.inserted FROM changes c JOIN provisions p ON p.id=c.src"
		" WHERE p.doc=?1 AND p.section=?2 AND p.kind='section' LIMIT 1";
	*act = NULL;
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return 0;
	sqlite3_bind_int64(st, 1, doc);
	bind_text(st, 2, section);
	int found = step(r, st);
	if (found) {
		*act = col_dup(st, 0);
		*certain = sqlite3_column_int(st, 1);
		*inserted = sqlite3_column_int(st, 2);
	}
	sqlite3_reset(st);
	return found;
}

long long read_tl_inserted(Reader *r, const char *act, const char *section) {
	static const char SQL[] =
		"SELECT c.src FROM changes c JOIN provisions p ON p.id=c.src"
		" JOIN documents d ON d.id=p.doc WHERE c.act=?1 AND c.section=?2 AND d.in_corpus=1"
		" ORDER BY d.date DESC, c.src DESC LIMIT 1";
	return int_of_texts(r, SQL, act, section);
}

int read_tl_versions(Reader *r, long long id,
                     void (*fn)(void *ctx, long long id, long long doc, const char *date,
                                int repealed),
                     void *ctx) {
	static const char SQL[] =
		"SELECT o.id, o.doc, d.date, o.repealed FROM provisions p JOIN documents pd ON pd.id=p.doc"
		" JOIN documents d ON d.act=pd.act JOIN provisions o ON o.doc=d.id AND o.kind=p.kind"
		" AND o.section IS p.section AND o.stk IS p.stk AND o.nr IS p.nr AND o.litra IS p.litra"
		" AND (p.kind!='chapter' OR o.chapter=p.chapter)"
		" WHERE p.id=?1 AND p.kind NOT IN ('paragraph','row','question','answer')"
		" AND d.in_corpus=1 ORDER BY d.date, o.id";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	sqlite3_bind_int64(st, 1, id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(ctx, sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
		   col_text(st, 2), sqlite3_column_int(st, 3));
	return done(r, st, rc);
}

/* ---- understand, the shell ------------------------------------------------ */

/* An edge that names an annex: t_part is the annex label (:annex, "bilag") or
** starts with it ("bilag 8"); and one that does not. */
#define ANNEX "(t_part = :annex OR substr(t_part, 1, length(:annex) + 1) = :annex || ' ')"
#define NOT_ANNEX "(t_part IS NULL OR NOT (t_part IS :annex" \
                  " OR substr(t_part, 1, length(:annex) + 1) IS :annex || ' '))"

int read_stats(Reader *r, const char *annex_label, ReadStats *out) {
	static const char SQL[] =
		"SELECT (SELECT count(*) FROM documents WHERE in_corpus=1),"
		" (SELECT count(*) FROM provisions),"
		" (SELECT count(*) FROM edges WHERE kind='cites'),"
		" (SELECT count(*) FROM edges WHERE kind='cites' AND dst IS NULL),"
		" (SELECT count(*) FROM edges WHERE kind='quotes'),"
		" (SELECT count(*) FROM edges WHERE kind='amends'),"
		" (SELECT count(*) FROM edges WHERE kind='repeals'),"
		" (SELECT count(*) FROM changes), (SELECT count(*) FROM changes WHERE certain=0),"
		" (SELECT count(*) FROM changes WHERE inserted=1),"
		" (SELECT count(*) FROM (SELECT DISTINCT c.act, c.section FROM changes c"
		"  JOIN provisions p ON p.id=c.src JOIN documents d ON d.id=p.doc WHERE d.date >"
		"  (SELECT max(v.date) FROM documents v WHERE v.act=c.act AND v.in_corpus=1))),"
		" (SELECT count(*) FROM edges WHERE kind='cites' AND dst IS NULL AND " ANNEX "),"
		" (SELECT count(*) FROM edges e WHERE kind='cites' AND dst IS NULL AND " NOT_ANNEX
		"  AND EXISTS (SELECT 1 FROM documents d WHERE d.act=e.t_act AND d.is_amending=1)"
		"  AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.act=e.t_act AND d.is_amending=0"
		"   AND d.in_corpus=1))";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	bind_text(st, sqlite3_bind_parameter_index(st, ":annex"), annex_label);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		long long *f[] = {&out->documents, &out->provisions, &out->cites, &out->cites_unresolved,
		                  &out->quotes, &out->amends, &out->repeals, &out->changes,
		                  &out->changes_uncertain, &out->changes_inserted, &out->pending,
		                  &out->annexes_unresolved, &out->amending_unresolved};
		for (int i = 0; i < 13; i++) *f[i] = sqlite3_column_int64(st, i);
		rc = SQLITE_DONE;
	}
	return done(r, st, rc);
}

int read_unresolved_acts(Reader *r, int max, const char *annex_label, ReadStrings *out) {
	static const char SQL[] =
		"SELECT coalesce(t_act, '(none)') || char(9) || count(*) FROM edges"
		" WHERE kind='cites' AND dst IS NULL AND " NOT_ANNEX
		" GROUP BY t_act ORDER BY count(*) DESC LIMIT :max";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	sqlite3_bind_int(st, sqlite3_bind_parameter_index(st, ":max"), max);
	bind_text(st, sqlite3_bind_parameter_index(st, ":annex"), annex_label);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xrealloc(out->v, (size_t)(out->n + 1) * sizeof *out->v);
		out->v[out->n++] = xstrdup(col_text(st, 0));
	}
	return done(r, st, rc);
}

int read_vocab_has(Reader *r, const char *stem, int prefix) {
	static const char EQ[] = "SELECT 1 FROM terms WHERE term = ?1";
	static const char RANGE[] = "SELECT 1 FROM terms WHERE term >= ?1 AND term < ?2 LIMIT 1";
	sqlite3_stmt *st = stmt(r, prefix ? RANGE : EQ);
	if (!st) return -1;
	bind_text(st, 1, stem);
	if (prefix) sqlite3_bind_text(st, 2, xprintf("%s\xF4\x8F\xBF\xBF", stem), -1, free);
	int hit = step(r, st);   /* stem + U+10FFFF: after every term it starts */
	sqlite3_reset(st);
	return hit;
}

int read_is_word(Reader *r, const char *word) {
	/* an index without the table (built before it): no word list */
	static const char ANY[] = "SELECT 1 FROM words LIMIT 1";
	static const char EQ[] = "SELECT 1 FROM words WHERE word = ?1";
	sqlite3_stmt *st = stmt(r, word ? EQ : ANY);
	if (!st) return -1;
	if (word) bind_text(st, 1, word);
	int hit = step(r, st);
	sqlite3_reset(st);
	return hit;
}

int read_translations(Reader *r, const char *stem, ReadStrings *out) {
	static const char SQL[] = "SELECT DISTINCT da FROM translations WHERE stem = ?1 ORDER BY da";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	bind_text(st, 1, stem);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		out->v = xrealloc(out->v, (size_t)(out->n + 1) * sizeof *out->v);
		out->v[out->n++] = xstrdup(col_text(st, 0));
	}
	return done(r, st, rc);
}

/* Calls each with the first column of every row of st (bound). */
static int each_text(Reader *r, sqlite3_stmt *st, void (*each)(void *ctx, const char *word),
                     void *ctx) {
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) each(ctx, col_text(st, 0));
	return done(r, st, rc);
}

int read_completion_acts(Reader *r, int titles, void (*each)(void *ctx, const char *word),
                         void *ctx) {
	static const char SQL[] =
		"SELECT short FROM acts WHERE in_corpus AND length(short) <= 12 AND short NOT LIKE '% %'"
		" UNION SELECT title FROM acts WHERE ?1 AND in_corpus AND NOT is_guideline ORDER BY 1";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	sqlite3_bind_int(st, 1, titles);
	return each_text(r, st, each, ctx);
}

int read_act_sections(Reader *r, const char *act, void (*each)(void *ctx, const char *word),
                      void *ctx) {
	static const char SQL[] =
		"SELECT replace(p.section, ' ', '') FROM acts a JOIN documents d ON d.act = a.key"
		" JOIN provision_rows p ON p.doc = d.id AND p.kind = 'section'"
		" WHERE a.short = ?1 COLLATE NOCASE AND d.latest AND d.in_corpus ORDER BY p.sec_key";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	bind_text(st, 1, act);
	return each_text(r, st, each, ctx);
}

int read_schema_objects(Reader *r, const char *table, int indexes, ReadObjects *out) {
	static const char SQL[] =
		"SELECT s.name, s.type, s.sql FROM sqlite_schema s WHERE s.sql IS NOT NULL"
		" AND s.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
		" AND s.name NOT IN (SELECT name FROM pragma_table_list WHERE type = 'shadow')"
		" AND (s.type IN ('table', 'view') OR (?2 AND s.type = 'index'))"
		" AND (?1 IS NULL OR s.tbl_name = ?1 COLLATE NOCASE) ORDER BY s.rowid";
	sqlite3_stmt *st = stmt(r, SQL);
	if (!st) return LG_ERROR;
	bind_text(st, 1, table);
	sqlite3_bind_int(st, 2, indexes);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		size_t k = (size_t)out->n + 1;
		out->name = xrealloc(out->name, k * sizeof *out->name);
		out->type = xrealloc(out->type, k * sizeof *out->type);
		out->sql = xrealloc(out->sql, k * sizeof *out->sql);
		out->name[out->n] = xstrdup(col_text(st, 0));
		out->type[out->n] = xstrdup(col_text(st, 1));
		out->sql[out->n++] = xstrdup(col_text(st, 2));
	}
	return done(r, st, rc);
}

void read_objects_clear(ReadObjects *l) {
	for (int i = 0; i < l->n; i++) {
		free(l->name[i]);
		free(l->type[i]);
		free(l->sql[i]);
	}
	free(l->name);
	free(l->type);
	free(l->sql);
	memset(l, 0, sizeof *l);
}

long long read_eli(Reader *r, const char *path, const char *fragment) {
	/* first the document named as its address ("/eli/lta/2024/280": lta-2024-280,
	 * a lookup), then any whose address it is (a scan of the documents) */
	static const char BY_NAME[] =
		"SELECT p.id FROM documents d JOIN provision_rows p ON p.doc = d.id"
		" WHERE d.name = replace(substr(?1, 6), '/', '-') AND d.in_corpus = 1"
		" AND substr(d.eli, instr(d.eli, '/eli/')) = ?1"
		" AND coalesce(p.eli_part, '') = ?2 ORDER BY p.start, p.id LIMIT 1";
	static const char ANY[] =
		"SELECT p.id FROM documents d JOIN provision_rows p ON p.doc = d.id"
		" WHERE substr(d.eli, instr(d.eli, '/eli/')) = ?1 AND d.in_corpus = 1"
		" AND coalesce(p.eli_part, '') = ?2 ORDER BY p.start, p.id LIMIT 1";
	long long id = 0;
	for (int k = 0; k < 2 && !id; k++) {
		sqlite3_stmt *st = stmt(r, k ? ANY : BY_NAME);
		if (!st) return 0;
		bind_text(st, 1, path);
		bind_text(st, 2, fragment);
		id = step(r, st) ? sqlite3_column_int64(st, 0) : 0;
		sqlite3_reset(st);
	}
	return id;
}
