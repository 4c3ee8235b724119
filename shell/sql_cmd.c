/*
** sql_cmd.c -- `lovgraf sql`: read-only SQL on the index, its rows as text
** (tab-separated), a box table (on a terminal, or --box), RFC 4180 CSV (--csv)
** or JSON (--json: an object per statement, "columns" and "results", each row
** an object keyed by column); and `tables` and `schema [TABLE]` (.tables and
** .schema in the shell), as in sqlite3.
*/
#include "graph.h"
#include "read.h"
#include "shell.h"
#include "term.h"
#include "util.h"

#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef enum { SQL_TABS, SQL_CSV, SQL_JSON, SQL_BOX } SqlMode;

/* A box table is drawn when its rows are all read (the widths need them): it
** holds at most this many, then draws them and goes on with a new box. */
enum { BOX_ROWS = 1000 };

static SqlMode sql_mode(const Opts *o) {
	if (o->json) return SQL_JSON;
	if (o->csv) return SQL_CSV;
	if (o->box) return SQL_BOX;
	if (o->tabs) return SQL_TABS;
	return o->term_cols ? SQL_BOX : SQL_TABS;   /* a table for people, tabs for programs */
}

/* A CSV field (RFC 4180): quoted when it holds a comma, a quotation mark or a
** line break, its quotation marks doubled. */
static void csv_field(Buf *b, const char *v, size_t n) {
	if (!memchr(v, ',', n) && !memchr(v, '"', n) && !memchr(v, '\n', n) && !memchr(v, '\r', n)) {
		buf_add(b, v, n);
		return;
	}
	buf_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		if (v[i] == '"') buf_putc(b, '"');
		buf_putc(b, v[i]);
	}
	buf_putc(b, '"');
}

/* The column names of a statement as the keys of its JSON rows: a name that
** repeats (SELECT 1 AS a, 2 AS a) gets _2, _3, ... so every key is its own. */
static char **json_keys(sqlite3_stmt *st) {
	int nc = sqlite3_column_count(st);
	char **k = xcalloc((size_t)nc + 1, sizeof *k);
	for (int i = 0; i < nc; i++) {
		const char *name = sqlite3_column_name(st, i);
		k[i] = xstrdup(name ? name : "");
		for (int n = 2;; n++) {
			int seen = 0;
			for (int j = 0; j < i && !seen; j++) seen = !strcmp(k[j], k[i]);
			if (!seen) break;
			free(k[i]);
			k[i] = xprintf("%s_%d", name ? name : "", n);
		}
	}
	return k;
}

static void free_keys(char **k) {
	for (int i = 0; k && k[i]; i++) free(k[i]);
	free(k);
}

/* The column names of st: the JSON "columns" member, a CSV header or a
** tab-separated line. */
static void sql_header(SqlMode m, Buf *b, sqlite3_stmt *st) {
	int nc = sqlite3_column_count(st);
	if (m == SQL_JSON) buf_puts(b, "{\"columns\":[");
	for (int i = 0; i < nc; i++) {
		const char *name = sqlite3_column_name(st, i);
		if (m == SQL_JSON) {
			if (i) buf_putc(b, ',');
			buf_json_str(b, name);
		} else if (m == SQL_CSV) {
			if (i) buf_putc(b, ',');
			csv_field(b, name, strlen(name));
		} else buf_printf(b, "%s%s", i ? "\t" : "", name);
	}
	buf_puts(b, m == SQL_JSON ? "],\"results\":[" : m == SQL_CSV ? "\r\n" : "\n");
}

/* A BLOB as SQL writes it: x'00ff'. */
static void blob_literal(Buf *b, sqlite3_stmt *st, int i) {
	const unsigned char *v = sqlite3_column_blob(st, i);
	int n = sqlite3_column_bytes(st, i);
	buf_puts(b, "x'");
	for (int k = 0; k < n; k++) buf_printf(b, "%02x", v[k]);
	buf_putc(b, '\'');
}

/* Column i of the current row as JSON: numbers as numbers, a number JSON cannot
** write (1e999) as null, a BLOB as the string "x'00ff'", NULL as null. */
static void json_value(Buf *b, sqlite3_stmt *st, int i) {
	int t = sqlite3_column_type(st, i);
	if (t == SQLITE_BLOB) {
		Buf lit = BUF_INIT;
		blob_literal(&lit, st, i);
		buf_json_strn(b, lit.s, lit.n);
		buf_free(&lit);
	} else if (t == SQLITE_FLOAT && !isfinite(sqlite3_column_double(st, i))) {
		buf_puts(b, "null");
	} else if (t == SQLITE_INTEGER || t == SQLITE_FLOAT) {
		buf_puts(b, (const char *)sqlite3_column_text(st, i));
	} else {
		buf_json_str(b, t == SQLITE_NULL ? NULL : (const char *)sqlite3_column_text(st, i));
	}
}

/* Column i of the current row as text: "NULL", x'00ff' for a BLOB, else its text. */
static void text_value(Buf *b, sqlite3_stmt *st, int i) {
	int t = sqlite3_column_type(st, i);
	if (t == SQLITE_BLOB) blob_literal(b, st, i);
	else if (t == SQLITE_NULL) buf_puts(b, "NULL");
	else buf_add(b, (const char *)sqlite3_column_text(st, i), (size_t)sqlite3_column_bytes(st, i));
}

/* The current row of st: a JSON object keyed by column, a CSV record (NULL
** empty) or a tab-separated line. */
static void sql_row(SqlMode m, Buf *b, sqlite3_stmt *st, char **keys, int first) {
	int nc = sqlite3_column_count(st);
	if (m == SQL_JSON) buf_puts(b, first ? "{" : ",{");
	for (int i = 0; i < nc; i++) {
		if (i) buf_putc(b, m == SQL_TABS ? '\t' : ',');
		if (m == SQL_JSON) {
			buf_json_str(b, keys[i]);
			buf_putc(b, ':');
			json_value(b, st, i);
		} else if (m == SQL_CSV) {
			if (sqlite3_column_type(st, i) == SQLITE_NULL) continue;
			Buf v = BUF_INIT;
			text_value(&v, st, i);
			csv_field(b, v.s ? v.s : "", v.n);
			buf_free(&v);
		} else text_value(b, st, i);
	}
	buf_puts(b, m == SQL_JSON ? "}" : m == SQL_CSV ? "\r\n" : "\n");
}

/* ---- the box table ---------------------------------------------------------- */

/* A statement's rows held for a box table: cells row by row, the header first. */
typedef struct Table {
	int ncols, nrows;       /* nrows counts the header */
	char **cells;           /* nrows * ncols, each owned */
	int *right;             /* per column: right-aligned (every value a number) */
} Table;

/* A cell as shown: line breaks as ↵, tabs as a space, other control
** characters as the output shows them (plain_add: ^[), so that the widths
** are right. */
static char *shown_cell(const char *s, size_t n) {
	Buf b = BUF_INIT;
	size_t from = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != '\n' && s[i] != '\t' && s[i] != '\r') continue;
		plain_add(&b, s + from, i - from, 0);
		if (i < n) buf_puts(&b, s[i] == '\n' ? "\u21b5" : " ");
		from = i + 1;
	}
	return buf_take(&b);
}

static void table_row(Table *t, sqlite3_stmt *st, int header) {
	t->cells = xrealloc(t->cells, (size_t)(t->nrows + 1) * (size_t)t->ncols * sizeof *t->cells);
	for (int i = 0; i < t->ncols; i++) {
		Buf v = BUF_INIT;
		if (header) buf_puts(&v, sqlite3_column_name(st, i));
		else text_value(&v, st, i);
		t->cells[t->nrows * t->ncols + i] = shown_cell(v.s ? v.s : "", v.n);
		buf_free(&v);
		int ty = header ? SQLITE_INTEGER : sqlite3_column_type(st, i);
		if (ty != SQLITE_INTEGER && ty != SQLITE_FLOAT && ty != SQLITE_NULL) t->right[i] = 0;
	}
	t->nrows++;
}

static void table_clear(Table *t) {
	for (int i = 0; i < t->nrows * t->ncols; i++) free(t->cells[i]);
	free(t->cells);
	free(t->right);
}

/* A rule of the box: left, fill per column joined by mid, right. */
static void box_rule(Buf *b, const int *w, int nc, const char *l, const char *mid, const char *r) {
	buf_puts(b, l);
	for (int i = 0; i < nc; i++) {
		if (i) buf_puts(b, mid);
		for (int k = 0; k < w[i] + 2; k++) buf_puts(b, "\u2500");
	}
	buf_puts(b, r);
	buf_putc(b, '\n');
}

/* The column widths: each column's widest cell; when they do not fit in
** width, the widest column gives up a column at a time (down to 8), its
** cells cut with "…". */
static int *box_widths(const Table *t, int width) {
	int nc = t->ncols, *w = xcalloc((size_t)nc, sizeof *w);
	for (int r = 0; r < t->nrows; r++)
		for (int i = 0; i < nc; i++) {
			const char *c = t->cells[r * nc + i];
			int cw = term_columns(c, strlen(c));
			if (cw > w[i]) w[i] = cw;
		}
	int total = 1;
	for (int i = 0; i < nc; i++) total += w[i] + 3;
	while (total > width) {
		int widest = 0;
		for (int i = 1; i < nc; i++)
			if (w[i] > w[widest]) widest = i;
		if (w[widest] <= 8) break;
		w[widest]--;
		total--;
	}
	return w;
}

/* The table as a box of Unicode lines, at most width columns wide (80 when
** not on a terminal); numbers right-aligned. */
static void table_render(Buf *b, const Table *t, int width) {
	int nc = t->ncols, *w = box_widths(t, width);
	box_rule(b, w, nc, "\u250c", "\u252c", "\u2510");
	for (int r = 0; r < t->nrows; r++) {
		if (r == 1) box_rule(b, w, nc, "\u251c", "\u253c", "\u2524");
		for (int i = 0; i < nc; i++) {
			const char *c = t->cells[r * nc + i];
			size_t n = strlen(c);
			int cw = term_columns(c, n), cut = cw > w[i];
			if (cut) {
				n = term_fit(c, n, w[i] - 1);
				cw = term_columns(c, n) + 1;
			}
			int pad = w[i] - cw;
			buf_puts(b, i ? " \u2502 " : "\u2502 ");
			if (r && t->right[i]) buf_printf(b, "%*s", pad, "");
			buf_add(b, c, n);
			if (cut) buf_puts(b, "\u2026");
			if (!(r && t->right[i])) buf_printf(b, "%*s", pad, "");
		}
		buf_puts(b, " \u2502\n");
	}
	box_rule(b, w, nc, "\u2514", "\u2534", "\u2518");
	free(w);
}

/* Runs one statement of the user's (read-only, checked before) into b,
** flushing b to the output each MiB. Returns EXIT_OK or EXIT_USAGE. */
static int sql_run(Opts *o, Buf *b, sqlite3 *db, sqlite3_stmt *st) {
	int rc = EXIT_OK, rows = 0, step, flushed = 0;
	size_t mark = b->n;   /* where this statement's output begins in b */
	SqlMode m = sql_mode(o);
	char **keys = m == SQL_JSON ? json_keys(st) : NULL;
	Table t = {.ncols = sqlite3_column_count(st)};
	if (m == SQL_BOX) {   /* the widths need every row: held, then drawn */
		t.right = xcalloc((size_t)t.ncols + 1, sizeof *t.right);
		for (int i = 0; i < t.ncols; i++) t.right[i] = 1;
		table_row(&t, st, 1);
	} else sql_header(m, b, st);
	while ((step = sqlite3_step(st)) == SQLITE_ROW) {
		if (m == SQL_BOX && t.nrows > BOX_ROWS) {   /* a box holds its rows: drawn in parts */
			table_render(b, &t, o->term_cols ? o->term_cols : 80);
			for (int i = t.ncols; i < t.nrows * t.ncols; i++) free(t.cells[i]);
			t.nrows = 1;   /* the header stays */
		}
		if (m == SQL_BOX) table_row(&t, st, 0);
		else sql_row(m, b, st, keys, rows++ == 0);
		if (b->n > (1u << 20)) {   /* whole rows only: what is written stays valid */
			print_buf(o, b);
			flushed = 1;
			mark = 0;
		}
	}
	free_keys(keys);
	if (m == SQL_BOX) {
		if (step == SQLITE_DONE && t.ncols) {
			table_render(b, &t, o->term_cols ? o->term_cols : 80);
		}
		table_clear(&t);
	}
	if (step != SQLITE_DONE) {
		int code = sqlite3_errcode(db);
		if (code == SQLITE_INTERRUPT) {
			if (o->timed_out)
				errorf(o, "sql: stopped after %g s (--timeout %g; sql stops after %d s unless "
				       "given)", o->timeout, o->timeout, SQL_TIMEOUT);
			else errorf(o, "sql: interrupted");
			o->faulted = SQLITE_INTERRUPT;   /* run_command sets the status */
			rc = EXIT_FAIL;
		} else if (code == SQLITE_NOMEM) {
			errorf(o, "sql: the query needs more than the %lld MiB of memory a query may use",
			       SQL_HEAP_LIMIT >> 20);
			/* this statement's output not yet written is not shown; what was
			 * written ends validly below */
			b->n = mark;
			if (b->s) b->s[b->n] = 0;
			if (!flushed) m = SQL_TABS;   /* nothing of it written: no JSON to close */
			rc = EXIT_FAIL;
		} else if (code == SQLITE_CORRUPT || code == SQLITE_IOERR || code == SQLITE_NOTADB) {
			errorf(o, "the index %s is damaged or cannot be read (%s); rebuild it: lovgraf index",
			       o->db, sqlite3_errmsg(db));
			o->faulted = code;   /* the rest is not shown; run_command: exit 3 */
			rc = EXIT_NODB;
		} else {
			errorf(o, "sql: %s", sqlite3_errmsg(db));
			rc = EXIT_USAGE;
		}
	}
	if (m == SQL_JSON) buf_puts(b, "]}\n");
	return rc;
}

/* The query: the arguments, --file FILE, or standard input (lovgraf sql < q.sql;
** not in the shell, whose standard input is its lines). NULL when none, said. */
static char *sql_text(Opts *o) {
	if (o->nargs && o->file) {
		errorf(o, "sql takes a query or --file FILE, not both");
		return NULL;
	}
	if (o->nargs) return joined_args(o);
	if (!o->file && (o->in_shell || isatty(0))) {
		errorf(o, "sql needs a query, as in: lovgraf sql 'SELECT ref FROM provisions LIMIT 3' "
		          "(or --file FILE, or the query on standard input)");
		return NULL;
	}
	if (o->file) {
		size_t n = 0;
		char *why = NULL, *t = text_file_read(o->file, &n, &why);
		if (!t) errorf(o, "sql: cannot read '%s': %s", o->file, why);
		free(why);
		return t;
	}
	Buf b = BUF_INIT;
	char chunk[65536];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, stdin)) > 0) buf_add(&b, chunk, got);
	if (!b.n) {
		errorf(o, "sql needs a query; standard input holds none (give it as an argument, with "
		          "--file FILE, or on standard input)");
		buf_free(&b);
		return NULL;
	}
	return buf_take(&b);
}

int cmd_sql(Opts *o) {
	char *sql = sql_text(o);
	if (!sql) return EXIT_USAGE;
	int rc = EXIT_OK;
	if (!o->timeout_given) o->timeout = SQL_TIMEOUT;
	Graph *g = open_graph_as(o, &rc, 1);   /* SQL needs no act table or parsers */
	if (!g) {
		free(sql);
		return rc;
	}
	sqlite3_int64 heap = sqlite3_hard_heap_limit64(SQL_HEAP_LIMIT);
	sqlite3 *db = graph_db(g);
	sqlite3_stmt *st = NULL;
	const char *tail = sql;
	Buf b = BUF_INIT;
	while (rc == EXIT_OK && tail && *tail) {
		if (sqlite3_prepare_v2(db, tail, -1, &st, &tail) != SQLITE_OK) {
			/* a write to a view (provisions) fails here, before the check below */
			const char *msg = sqlite3_errmsg(db);
			if (strstr(msg, "cannot modify"))
				errorf(o, "sql: the index is read-only here; only queries that read are run (%s)", msg);
			else
				errorf(o, "sql: %s", msg);
			rc = EXIT_USAGE;
			break;
		}
		if (!st) break; /* white space or a comment */
		if (!sqlite3_stmt_readonly(st)) {
			errorf(o, "sql: the index is read-only here; only queries that read are run");
			rc = EXIT_USAGE;
		} else {
			rc = sql_run(o, &b, db, st);
		}
		sqlite3_finalize(st);
	}
	print_buf(o, &b);
	free(sql);
	close_graph(o, g);
	sqlite3_hard_heap_limit64(heap);
	return rc;
}


/* ---- tables and schema -------------------------------------------------------- */

/* What a table holds: the first comment of its CREATE statement ("-- ..." up
** to the line's end), or "" when it has none. */
static char *object_about(const char *sql) {
	const char *c = strstr(sql, "--");
	if (!c) return xstrdup("");
	c += 2;
	while (*c == ' ') c++;
	return xstrndup(c, strcspn(c, "\n"));
}

/* Reads the schema objects; NULL table: all. Says why when it cannot. */
static int schema_objects(Opts *o, Graph *g, const char *table, int indexes, ReadObjects *l) {
	if (read_schema_objects(graph_reader(g), table, indexes, l) != LG_OK) {
		errorf(o, "cannot read the schema of %s: %s", o->db, reader_errmsg(graph_reader(g)));
		return EXIT_NODB;
	}
	if (table && !l->n) {
		errorf(o, "no table or view '%s' in the index; lovgraf tables lists them", table);
		return EXIT_USAGE;
	}
	return EXIT_OK;
}

/* tables and schema: the objects, each as a line (or a JSON object) of its own. */
typedef void (*ObjectFn)(Buf *b, const ReadObjects *l, int i, int json, int name_width);

static void table_line(Buf *b, const ReadObjects *l, int i, int json, int w) {
	char *about = object_about(l->sql[i]);
	const char *type = strstr(l->sql[i], "VIRTUAL TABLE") ? "virtual table" : l->type[i];
	if (json) {
		buf_puts(b, i ? ",{\"name\":" : "{\"name\":");
		buf_json_str(b, l->name[i]);
		buf_json_member(b, "type", type);
		buf_json_member(b, "about", about);
		buf_putc(b, '}');
	} else buf_printf(b, "%-*s  %-13s  %s\n", w, l->name[i], type, about);
	free(about);
}

static void schema_line(Buf *b, const ReadObjects *l, int i, int json, int w) {
	(void)w;
	if (json) {
		buf_puts(b, i ? ",{\"name\":" : "{\"name\":");
		buf_json_str(b, l->name[i]);
		buf_json_member(b, "type", l->type[i]);
		buf_json_member(b, "sql", l->sql[i]);
		buf_putc(b, '}');
	} else buf_printf(b, "%s;\n", l->sql[i]);
}

/* Reads the objects (of table, or all; with their indexes) and writes each with
** fn, in JSON under member. */
static int list_objects(Opts *o, const char *table, int indexes, const char *member, ObjectFn fn) {
	int rc = EXIT_OK;
	Graph *g = open_graph_as(o, &rc, 1);
	if (!g) return rc;
	ReadObjects l = {0};
	rc = schema_objects(o, g, table, indexes, &l);
	int w = 0;
	for (int i = 0; i < l.n; i++)
		if ((int)strlen(l.name[i]) > w) w = (int)strlen(l.name[i]);
	Buf b = BUF_INIT;
	if (o->json) buf_printf(&b, "{\"%s\":[", member);
	for (int i = 0; rc == EXIT_OK && i < l.n; i++) fn(&b, &l, i, o->json, w);
	if (o->json) buf_puts(&b, "]}\n");
	if (rc == EXIT_OK) print_buf(o, &b);
	else buf_free(&b);
	read_objects_clear(&l);
	close_graph(o, g);
	return rc;
}

int cmd_tables(Opts *o) {
	if (o->nargs) {
		errorf(o, "tables takes no arguments (schema TABLE shows one)");
		return EXIT_USAGE;
	}
	return list_objects(o, NULL, 0, "tables", table_line);
}

int cmd_schema(Opts *o) {
	if (o->nargs > 1) {
		errorf(o, "schema takes at most one table or view, as in: lovgraf schema edges");
		return EXIT_USAGE;
	}
	return list_objects(o, o->nargs ? o->args[0] : NULL, 1, "schema", schema_line);
}
