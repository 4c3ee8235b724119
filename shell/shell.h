/*
** shell.h -- what the command-line commands share: the parsed options, the
** exit codes, and the paths of the repository (index, corpus, data files).
** Everything under shell/ may print; nothing else does.
*/
#ifndef LOVGRAF_SHELL_H
#define LOVGRAF_SHELL_H

#include <stdio.h>
#include "util.h"

#define LOVGRAF_VERSION "0.6"

/* Exit codes: what a script can rely on. */
enum {
	EXIT_OK = 0,        /* done */
	EXIT_FINDINGS = 1,  /* done, and something needs attention: check found a difference,
	                       index skipped a file, a script line failed */
	EXIT_USAGE = 2,     /* bad arguments or input: unknown command, unreadable reference, bad file */
	EXIT_NODB = 3,      /* no index, or it cannot be read: run `lovgraf index` */
	EXIT_FAIL = 4       /* the work itself failed (an index could not be built, SQL error) */
};

typedef struct Opts {
	const char *db;       /* --db FILE, $LOVGRAF_DB, or ROOT/lovgraf.db */
	const char *root;     /* the repository: where corpus/acts.tsv is */
	int json;             /* --json */
	int bm25;             /* --bm25: ask ranks by FTS5 BM25 alone (the baseline) */
	const char *as_of;    /* --as-of DATE */
	int history;          /* --history: show every version of the provision, with diffs */
	int all_versions;     /* --all-versions: refs from every version, not only those in force */
	int quiet;            /* --quiet: index shows no progress */
	int force;            /* --force: index may replace a --db file that is not an index */
	int help;             /* --help (-h): the command's help instead of the command */
	int csv;              /* --csv: sql writes RFC 4180 CSV with a header row */
	int box;              /* --box: sql draws a table (the default on a terminal) */
	int full;             /* --full: whole texts where text output cuts them */
	int cite;             /* --cite: text output gives each provision's citation string */
	int no_restated;      /* --no-restated: check does not look for rules restated without citation */
	int color;            /* --color=always (1), never (0), auto (-1: a terminal without NO_COLOR) */
	int pager;            /* --no-pager (0); else long text output to a terminal goes through $PAGER */
	int width;            /* text output wraps at this many columns; 0: not wrapped (a pipe) */
	int width_given;      /* --width N */
	int out_closed;       /* the output is gone (the user left the pager): the work stops */
	int styled;           /* text output is coloured (--color, NO_COLOR, a terminal) */
	int term_cols;        /* the columns of the terminal output goes to (also through the
	                         pager); 0: not a terminal */
	int tabs;             /* --tabs: sql writes tab-separated lines (the default in a pipe) */
	Buf *errors;          /* when set (a script with --json), errorf also keeps each message */
	const char *file;     /* --file FILE (-f): sql reads its query from FILE */
	int depth;            /* --depth N: graph's steps out and in (0 = 1) */
	int summary;          /* --summary: check gives one line per document of many files */
	int dot, svg;         /* --dot, --svg: graph writes Graphviz DOT or SVG */
	int in_shell;         /* the command is a line of the shell or a script (stdin is its) */
	int limit;            /* --limit N (0 = the command's default) */
	const char *in;       /* --in REF */
	const char *from, *to;/* --from REF, --to REF */
	char **args;          /* positional arguments after the command name */
	int nargs;
	FILE *out, *err;      /* where output and errors go */
	double timeout;       /* --timeout SECONDS: a command's SQLite work stops after it; 0: none
	                         (sql: SQL_TIMEOUT unless given) */
	int timeout_given;
	struct Graph *graph;  /* the index the command opened (open_graph), until close_graph */
	int faulted;          /* the SQLite code of a read that failed (a damaged index: exit 3;
	                         SQLITE_INTERRUPT: Ctrl-C or --timeout), said once */
	int timed_out;        /* the work was stopped by --timeout */
	double started;       /* when the command started (seconds, monotonic) */
} Opts;

enum { SQL_TIMEOUT = 60 };             /* seconds, for sql without --timeout */
#define SQL_HEAP_LIMIT (256ll << 20)   /* bytes SQLite may hold while sql runs */
enum { ASK_CUT = 700 };                /* bytes of a hit's text ask shows (--full: all) */

/* The progress callback of a command's SQLite work: nonzero (stop) after Ctrl-C,
** TERM or HUP, or when o->timeout has passed (sets o->timed_out). */
int watch_work(void *o);

/* Reads options anywhere in argv (before or after the command name). Returns
** the command name (NULL for none) or sets *bad to a message. */
const char *opts_parse(Opts *o, int argc, char **argv, char **bad);
/* ROOT/corpus/NAME, or ROOT/corpus for NULL; the caller frees. */
char *corpus_path(const Opts *o, const char *name);
/* Opens the index of o; on failure says why and sets *rc to EXIT_NODB. */
struct Graph *open_graph(Opts *o, int *rc);
/* Closes it; a damaged index met while reading is said (once) and makes the
** command's status EXIT_NODB (run_command). */
void close_graph(Opts *o, struct Graph *g);
/* The same; db_only: only the database (graph_open_db), for `sql`. */
struct Graph *open_graph_as(Opts *o, int *rc, int db_only);
/* All positional arguments joined by spaces; the caller frees. */
char *joined_args(const Opts *o);

int cmd_index(Opts *o);
int cmd_show(Opts *o);
int cmd_refs(Opts *o);
int cmd_cite(Opts *o);
int cmd_ask(Opts *o);
int cmd_sql(Opts *o);
int cmd_tables(Opts *o);    /* the tables and views, each with what it holds */
int cmd_schema(Opts *o);    /* their CREATE statements, with their comments */
int cmd_stats(Opts *o);
int cmd_verify(Opts *o);
int cmd_check(Opts *o);
/* check --summary FILE|DIR...: one line per document, the counts by status
** (check_summary.c), with check's Checker. */
struct Checker;
int check_summary(Opts *o, struct Checker *c);
/* The counts of a check by status, as text ("0 match, 1 differ, ...") and JSON. */
void check_counts_text(Buf *b, const int *counts);
void check_counts_json(Buf *b, const int *counts);
int cmd_graph(Opts *o);
int cmd_repl(Opts *o);
int cmd_help(Opts *o);
int cmd_version(Opts *o);   /* --version: lovgraf's version, the index's build date and corpus */
/* The i-th option lovgraf knows ("--json", "--as-of", ...), or NULL after the last. */
const char *lovgraf_option(int i);
/* The command a mistyped word most likely meant ("shwo" -> "show"), or NULL. */
const char *nearest_command(const char *word);

/* Runs one command line (argv without the program name) with the options in
** base as defaults; used by main and by the REPL for each line. */
int run_command(Opts *base, int argc, char **argv);

/* Appends s[0..n) as a terminal is shown it: control characters from indexed
** text or a name (ESC, CR, BS, C1 codes) as caret notation (^[) or U+FFFD;
** keep_lines: newlines and tabs stay. print_buf writes text output so. */
void plain_add(Buf *b, const char *s, size_t n, int keep_lines);

/* Writes b to o->out and frees it; when a read of the command's index met
** damage, says that instead: no answer read from a damaged index is shown. */
void print_buf(Opts *o, Buf *b);

/* "lovgraf: <msg>" on o->err; when the index turned out damaged, that is said
** instead (once). */
void errorf(Opts *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

#endif
