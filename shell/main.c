/*
** main.c -- the lovgraf command line: reads the options, finds the repository
** and the index, and runs one command (or the REPL when there is none).
*/
#include "shell.h"
#include "graph.h"
#include "neighbourhood.h"
#include "signals.h"
#include "term.h"
#include "util.h"

#include <limits.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int watch_work(void *ctx) {
	Opts *o = ctx;
	if (signals_caught() || o->out_closed) return 1;
	if (o->timeout > 0 && monotonic_seconds() - o->started > o->timeout) {
		o->timed_out = 1;
		return 1;
	}
	return 0;
}

static void put_plain(FILE *f, const char *s, size_t n, int keep_lines);

/* "lovgraf: MSG" as one line, whatever MSG holds. */
static void say_line(Opts *o, char *msg) {
	if (o->errors) {   /* a script's JSON error record says it too */
		if (o->errors->n) buf_puts(o->errors, "; ");
		buf_puts(o->errors, msg);
	}
	fputs("lovgraf: ", o->err);
	put_plain(o->err, msg, strlen(msg), 0);
	fputc('\n', o->err);
	free(msg);
}

/* The index turned out damaged (or the work was stopped: Ctrl-C, a signal,
** --timeout): said once, in place of what the command says. */
static int say_fault(Opts *o) {
	const char *msg = NULL;
	int code = o->graph ? graph_fault(o->graph, &msg) & 0xFF : 0;
	if (!code) return o->faulted;
	if (o->faulted) return 1;
	o->faulted = code;
	if (code == SQLITE_INTERRUPT && o->timed_out)
		say_line(o, xprintf("stopped after %g s (--timeout %g); nothing is shown", o->timeout,
		                    o->timeout));
	else if (code == SQLITE_INTERRUPT) say_line(o, xstrdup("interrupted; nothing is shown"));
	else
		say_line(o, xprintf("the index %s is damaged or cannot be read (%s); rebuild it: lovgraf "
		                    "index", o->db, msg ? msg : "read error"));
	return 1;
}

/* Appends s[0..n) for a terminal: control characters that could move the
** cursor, recolour or retitle it (ESC, CR, BS, C1 codes) from indexed text or a
** file name shown as caret notation (^[, ^M) or U+FFFD; keep_lines: newlines
** and tabs stay (text output), else they are shown too (a one-line message). */
void plain_add(Buf *b, const char *s, size_t n, int keep_lines) {
	size_t from = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		int ctl = (c < 0x20 && !(keep_lines && (c == '\n' || c == '\t'))) || c == 0x7F;
		int c1 = c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		         (unsigned char)s[i + 1] <= 0x9F;
		if (!ctl && !c1) continue;
		buf_add(b, s + from, i - from);
		if (c1) {
			buf_puts(b, "\xEF\xBF\xBD");
			i++;
		} else {
			buf_putc(b, '^');
			buf_putc(b, c == 0x7F ? '?' : (char)(c + 64));
		}
		from = i + 1;
	}
	buf_add(b, s + from, n - from);
}

static void put_plain(FILE *f, const char *s, size_t n, int keep_lines) {
	Buf b = BUF_INIT;
	plain_add(&b, s, n, keep_lines);
	fwrite(b.s ? b.s : "", 1, b.n, f);
	buf_free(&b);
}

void errorf(Opts *o, const char *fmt, ...) {
	if (o->out_closed || say_fault(o)) return;   /* the user left the pager: nothing to say */
	Buf m = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&m, fmt, ap);
	va_end(ap);
	say_line(o, buf_take(&m));   /* one line, whatever a name holds */
}

void print_buf(Opts *o, Buf *b) {
	if (!say_fault(o)) {
		if (o->json || o->csv) {
			fwrite(b->s ? b->s : "", 1, b->n, o->out);   /* escaped already */
		} else {
			Buf p = BUF_INIT, c = BUF_INIT;
			plain_add(&p, b->s ? b->s : "", b->n, 1);   /* the text's own escapes made harmless */
			if (o->styled) term_style(&c, p.s ? p.s : "", p.n);   /* then lovgraf's own */
			Buf *w = o->styled ? &c : &p;
			fwrite(w->s ? w->s : "", 1, w->n, o->out);
			buf_free(&p);
			buf_free(&c);
		}
		/* a pager the user left: the work stops (watch_work), quietly */
		if (fflush(o->out) != 0 || ferror(o->out)) o->out_closed = 1;
	}
	buf_free(b);
}

void close_graph(Opts *o, Graph *g) {
	if (!g) return;
	say_fault(o);
	if (o->graph == g) o->graph = NULL;
	graph_close(g);
}

char *corpus_path(const Opts *o, const char *name) {
	return name ? xprintf("%s/corpus/%s", o->root, name) : xprintf("%s/corpus", o->root);
}

Graph *open_graph_as(Opts *o, int *rc, int db_only) {
	char *err = NULL;
	char *dir = corpus_path(o, NULL);
	Graph *g = db_only ? graph_open_db(o->db, &err) : graph_open(o->db, dir, &err);
	free(dir);
	if (!g) {
		errorf(o, "%s", err);
		free(err);
		*rc = EXIT_NODB;
	}
	o->graph = g;
	if (g) sqlite3_progress_handler(graph_db(g), 4000, watch_work, o);
	return g;
}

Graph *open_graph(Opts *o, int *rc) { return open_graph_as(o, rc, 0); }

/* All positional arguments joined by spaces: references and questions may come
** quoted or not. Caller frees. */
char *joined_args(const Opts *o) {
	Buf b = BUF_INIT;
	for (int i = 0; i < o->nargs; i++) {
		if (i) buf_putc(&b, ' ');
		buf_puts(&b, o->args[i]);
	}
	return buf_take(&b);
}


/* The options that take a value, first, then the flags (flag_opt): what the
** shell completes. */
static const char *const OPTIONS[] = {
	"--db", "--as-of", "--limit", "--in", "--from", "--to", "--timeout", "--file", "-f",
	"--width", "--depth", NULL,   /* the end of those that take a value */
	"--json", "--text", "--bm25", "--history", "--all-versions", "--quiet", "--force", "--csv",
	"--box", "--tabs", "--full", "--cite", "--restated", "--no-restated", "--no-pager", "--color=auto", "--color=always",
	"--color=never", "--dot", "--svg", "--summary", "--help", "--version", NULL};

const char *lovgraf_option(int i) {
	int k = 0;
	for (int j = 0, ends = 0; ends < 2; j++) {   /* two lists, each ending in NULL */
		if (!OPTIONS[j]) ends++;
		else if (k++ == i) return OPTIONS[j];
	}
	return NULL;
}

static int is_value_opt(const char *a) {
	for (size_t i = 0; OPTIONS[i]; i++)
		if (!strcmp(a, OPTIONS[i])) return 1;
	return 0;
}

/* YYYY-MM-DD, a real day of a year from 1000 to 9999: digits only (no sign, no
** spaces), as the index's dates are written. */
static int valid_date(const char *s) {
	static const int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-') return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9')) return 0;
	int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
	if (y < 1000 || m < 1 || m > 12) return 0;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return d >= 1 && d <= DAYS[m - 1] + (m == 2 && leap);
}

/* Sets the value option a (--db, --as-of, --limit, --in, --from, --to) to v;
** returns 0 with *bad when v is not a value it takes. */
static int value_opt(Opts *o, const char *a, char *v, char **bad) {
	if (!strcmp(a, "--db")) o->db = v;
	else if (!strcmp(a, "--as-of")) {
		if (!valid_date(v)) {
			*bad = xprintf("--as-of takes a date as YYYY-MM-DD, not '%s'", v);
			return 0;
		}
		o->as_of = v;
	} else if (!strcmp(a, "--limit")) {
		char *end;
		long n = strtol(v, &end, 10);
		if (*end || n < 1 || n > 1000) {
			*bad = xprintf("--limit takes a number from 1 to 1000, not '%s'", v);
			return 0;
		}
		o->limit = (int)n;
	} else if (!strcmp(a, "--timeout")) {
		char *end;
		double t = strtod(v, &end);
		if (end == v || *end || !(t >= 0) || t > 86400) {
			*bad = xprintf("--timeout takes seconds from 0 (none) to 86400, not '%s'", v);
			return 0;
		}
		o->timeout = t;
		o->timeout_given = 1;
	} else if (!strcmp(a, "--width")) {
		char *end;
		long n = strtol(v, &end, 10);
		if (end == v || *end || v[0] < '0' || v[0] > '9' || (n != 0 && (n < 20 || n > 1000))) {
			*bad = xprintf("--width takes columns from 20 to 1000, or 0 (not wrapped), not '%s'", v);
			return 0;
		}
		o->width = (int)n;
		o->width_given = 1;
	} else if (!strcmp(a, "--depth")) {
		char *end;
		long n = strtol(v, &end, 10);
		if (end == v || *end || n < 1 || n > NB_MAX_DEPTH) {
			*bad = xprintf("--depth takes a number from 1 to %d, not '%s'", NB_MAX_DEPTH, v);
			return 0;
		}
		o->depth = (int)n;
	} else if (!strcmp(a, "--file") || !strcmp(a, "-f")) o->file = v;
	else if (!strcmp(a, "--in")) o->in = v;
	else if (!strcmp(a, "--from")) o->from = v;
	else o->to = v;
	return 1;
}

/* A flag option: 1 when a is one (and sets it; --help makes the command
** "help"), 0 when a is not an option, -1 for an unknown option, -2 for a
** --color=WHEN it does not know. */
static int flag_opt(Opts *o, const char *a, const char **cmd) {
	if (!strcmp(a, "--json")) o->json = 1;
	else if (!strcmp(a, "--bm25")) o->bm25 = 1;
	else if (!strcmp(a, "--text")) o->json = 0;
	else if (!strcmp(a, "--history")) o->history = 1;
	else if (!strcmp(a, "--all-versions")) o->all_versions = 1;
	else if (!strcmp(a, "--quiet")) o->quiet = 1;
	else if (!strcmp(a, "--force")) o->force = 1;
	else if (!strcmp(a, "--csv")) o->csv = 1;
	else if (!strcmp(a, "--box")) o->box = 1;
	else if (!strcmp(a, "--full")) o->full = 1;
	else if (!strcmp(a, "--summary")) o->summary = 1;
	else if (!strcmp(a, "--cite")) o->cite = 1;
	else if (!strcmp(a, "--restated")) o->no_restated = 0;   /* the default; kept for scripts */
	else if (!strcmp(a, "--no-restated")) o->no_restated = 1;
	else if (!strcmp(a, "--no-pager")) o->pager = 0;
	else if (!strcmp(a, "--color")) o->color = 1;
	else if (!strncmp(a, "--color=", 8)) {
		const char *w = strchr(a, '=') + 1;
		if (!strcmp(w, "always")) o->color = 1;
		else if (!strcmp(w, "never")) o->color = 0;
		else if (!strcmp(w, "auto")) o->color = -1;
		else return -2;
	}
	else if (!strcmp(a, "--tabs")) o->tabs = 1;
	else if (!strcmp(a, "--dot")) o->dot = 1;
	else if (!strcmp(a, "--svg")) o->svg = 1;
	else if (!strcmp(a, "--help") || !strcmp(a, "-h")) o->help = 1;
	else if (!strcmp(a, "--version")) *cmd = "version";
	else if (a[0] == '-' && a[1] == '-' && a[2]) return -1;
	else return 0;
	return 1;
}

const char *opts_parse(Opts *o, int argc, char **argv, char **bad) {
	const char *cmd = NULL;
	o->args = xcalloc((size_t)argc + 1, sizeof *o->args);
	o->nargs = 0;
	int only_args = 0;
	for (int i = 0; i < argc; i++) {
		char *a = argv[i];
		int f = 0;
		if (!only_args && !strcmp(a, "--")) { only_args = 1; continue; }
		if (!only_args && a[0] == '-' && is_value_opt(a)) {
			if (i + 1 >= argc) {
				*bad = xprintf("%s needs a value", a);
				return NULL;
			}
			if (!value_opt(o, a, argv[++i], bad)) return NULL;
		} else if (!only_args && (f = flag_opt(o, a, &cmd)) != 0) {
			if (f == -2) {
				*bad = xprintf("--color takes auto, always or never, not '%s'", strchr(a, '=') + 1);
				return NULL;
			}
			if (f < 0) {
				*bad = xprintf("unknown option '%s'; see: lovgraf help", a);
				return NULL;
			}
		} else if (!cmd) {
			cmd = a;
		} else {
			o->args[o->nargs++] = a;
		}
	}
	return cmd;
}

/* The repository: the nearest folder above the program that has corpus/acts.tsv;
** for an installed program (PREFIX/bin/lovgraf), PREFIX/share/lovgraf (build.sh install). */
static char *find_root(const char *argv0) {
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) exe[n] = 0;
	else if (!realpath(argv0, exe)) exe[0] = 0;
	char *dir = xstrdup(exe);
	for (int up = 0;; up++) {
		char *slash = strrchr(dir, '/');
		if (!slash) break;
		*slash = 0;
		char *probe = xprintf("%s/corpus/acts.tsv", *dir ? dir : "");
		int ok = access(probe, R_OK) == 0;
		free(probe);
		if (ok) return dir;
		if (up == 1) {   /* dir is PREFIX, the program's folder's parent */
			char *share = xprintf("%s/share/lovgraf", dir);
			probe = xprintf("%s/corpus/acts.tsv", share);
			ok = access(probe, R_OK) == 0;
			free(probe);
			if (ok) {
				free(dir);
				return share;
			}
			free(share);
		}
	}
	free(dir);
	char cwd[PATH_MAX];
	return xstrdup(getcwd(cwd, sizeof cwd) ? cwd : ".");
}

typedef struct Command {
	const char *name;
	int (*run)(Opts *);
} Command;

static const Command COMMANDS[] = {
	{"index", cmd_index}, {"show", cmd_show}, {"refs", cmd_refs}, {"cite", cmd_cite},
	{"ask", cmd_ask},     {"sql", cmd_sql},   {"check", cmd_check}, {"shell", cmd_repl},
	{"stats", cmd_stats}, {"verify", cmd_verify}, {"help", cmd_help},
	{"tables", cmd_tables}, {"schema", cmd_schema}, {"graph", cmd_graph},
};

/* Whether cmd's output goes through the pager on a terminal: not index's
** (its progress is on standard error), not the shell's own. */
static int pages(const char *cmd) {
	static const char *const P[] = {"show", "refs", "ask",    "check", "sql",   "stats",
	                                "help", "tables", "schema", "graph", "cite", "verify"};
	for (size_t i = 0; i < sizeof P / sizeof *P; i++)
		if (!strcmp(cmd, P[i])) return 1;
	return 0;
}

int run_command(Opts *base, int argc, char **argv) {
	Opts o = *base;
	o.args = NULL;
	o.nargs = 0;
	char *bad = NULL;
	const char *cmd = opts_parse(&o, argc, argv, &bad);
	int tw = term_width(o.out), rc;
	o.term_cols = tw;
	if (!o.width_given)   /* the terminal's width (a margin of 2); in a pipe not wrapped */
		o.width = tw ? (tw > 1000 ? 998 : tw < 22 ? 20 : tw - 2) : 0;
	o.styled = !o.json && !o.csv && term_use_color(o.color, o.out);
	FILE *tty = o.out, *pager = NULL;
	const char *missing = NULL;
	if (o.pager && !bad && cmd && pages(o.help ? "help" : cmd) &&
	    (pager = term_pager_open(tty, &missing))) {
		signal(SIGPIPE, SIG_IGN);   /* the user may leave the pager: see out_closed */
		o.out = pager;
	}
	if (missing)
		errorf(&o, "the pager '%s' ($PAGER) cannot be run; the output is written directly", missing);
	if (bad) {
		errorf(&o, "%s", bad);
		rc = EXIT_USAGE;
	} else if (o.help) {   /* COMMAND --help, or --help alone */
		o.nargs = 0;
		if (cmd) o.args[o.nargs++] = (char *)cmd;
		rc = cmd_help(&o);
	} else if (!cmd) {
		rc = cmd_repl(&o);
	} else if (!strcmp(cmd, "version")) {
		rc = cmd_version(&o);
	} else {
		rc = -1;
		o.started = monotonic_seconds();
		signals_catch();   /* Ctrl-C, TERM, HUP stop the work cleanly (watch_work) */
		for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
			if (!strcmp(cmd, COMMANDS[i].name)) rc = COMMANDS[i].run(&o);
		int sig = signals_caught();
		signals_default();
		if (o.out_closed) rc = EXIT_OK;   /* the user left the pager before the end */
		else if (o.faulted == SQLITE_INTERRUPT || (sig && rc != 128 + sig))
			rc = sig ? 128 + sig : EXIT_FAIL;
		else if (o.faulted) rc = EXIT_NODB;
		if (rc == -1) {
			const char *near = nearest_command(cmd);
			if (near)
				errorf(&o, "unknown command '%s'; did you mean %s? (lovgraf help lists the commands)",
				       cmd, near);
			else
				errorf(&o, "unknown command '%s'; the commands are: index show refs cite ask sql "
				           "check graph stats verify tables schema shell help", cmd);
			rc = EXIT_USAGE;
		}
	}
	if (pager) {
		fflush(pager);
		term_pager_close(pager);
		o.out = tty;
	}
	free(bad);
	free(o.args);
	return rc;
}

int main(int argc, char **argv) {
	Opts o = {0};
	o.out = stdout;
	o.err = stderr;
	o.color = -1;   /* auto */
	o.pager = 1;
	char *root = find_root(argv[0]);
	o.root = root;
	const char *env = getenv("LOVGRAF_DB");
	char *def = xprintf("%s/lovgraf.db", root);
	o.db = env && *env ? env : def;
	int rc = run_command(&o, argc - 1, argv + 1);
	fflush(stdout);
	free(def);
	free(root);
	return rc;
}
