/*
** repl.c -- the interactive shell: `lovgraf` or `lovgraf shell`.
**
** On a terminal it reads lines with libedit (history in ~/.lovgraf_history, tab
** completion of commands, act short names and § numbers). With standard input
** not a terminal it runs one command per line as a script, prints no prompt,
** and exits non-zero if any line failed. A line of plain words is a question.
**
** libedit's completion callbacks take no context pointer, so the completion
** word list is the one piece of file-level state in lovgraf; it lives only
** while the interactive loop runs.
*/
#include "read.h"
#include "shell.h"
#include "util.h"

#include <locale.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

static const char *const COMMANDS[] = {"ask",    "show",   "refs", "cite", "check", "sql",
                                       "stats",  "graph",  "index", "help", "verify",
                                       "tables", "schema", "json", "text", "quit", NULL};

/* Splits a line into words with '...' and "..." quoting and \ escapes.
** Returns the number of words (argv is malloc()ed, words point into buf), or -1
** for an unbalanced quote. */
static int split_line(char *buf, char ***argv) {
	int n = 0, cap = 8;
	char **v = xmalloc((size_t)cap * sizeof *v);
	char *r = buf, *w = buf;
	for (;;) {
		while (*r == ' ' || *r == '\t') r++;
		if (!*r || *r == '\n' || *r == '\r') break;
		char *start = w;
		while (*r && *r != ' ' && *r != '\t' && *r != '\n' && *r != '\r') {
			if (*r == '\'' || *r == '"') {
				char q = *r++;
				while (*r && *r != q) {
					if (q == '"' && *r == '\\' && r[1]) r++;
					*w++ = *r++;
				}
				if (*r != q) {
					free(v);
					return -1;
				}
				r++;
			} else if (*r == '\\' && r[1]) {
				r++;
				*w++ = *r++;
			} else *w++ = *r++;
		}
		int end = !*r;
		if (!end) r++;
		*w++ = 0;
		if (n + 1 >= cap) v = xrealloc(v, (size_t)(cap *= 2) * sizeof *v);
		v[n++] = start;
		if (end) break;
	}
	v[n] = NULL;
	*argv = v;
	return n;
}

static int is_command(const char *w) {
	for (int i = 0; COMMANDS[i]; i++)
		if (!strcmp(w, COMMANDS[i])) return 1;
	return 0;
}

/* Runs one line; returns its exit status, or -1 to stop. */
static int run_line(Opts *o, const char *line) {
	while (*line == ' ' || *line == '\t') line++;
	if (!*line || *line == '#' || *line == '\n') return EXIT_OK;
	if (line[0] == '.' && (!strncmp(line, ".tables", 7) || !strncmp(line, ".schema", 7)))
		line++;   /* sqlite3's dot commands: .tables, .schema [TABLE] */
	char *buf = xstrdup(line);
	char **argv = NULL;
	int argc = split_line(buf, &argv);
	int rc = EXIT_OK;
	if (argc < 0) {
		errorf(o, "unbalanced quotation mark in: %s", line);
		rc = EXIT_USAGE;
	} else if (argc == 0) {
		rc = EXIT_OK;
	} else if (!strcmp(argv[0], "quit") || !strcmp(argv[0], "exit")) {
		rc = -1;
	} else if (!strcmp(argv[0], "json") || !strcmp(argv[0], "text")) {
		o->json = !strcmp(argv[0], "json") && !(argc > 1 && !strcmp(argv[1], "off"));
		if (isatty(0)) fprintf(o->out, "output: %s\n", o->json ? "JSON" : "text");
	} else if (!strcmp(argv[0], "shell")) {
		errorf(o, "already in the shell");
		rc = EXIT_USAGE;
	} else if (is_command(argv[0]) || argv[0][0] == '-') {
		rc = run_command(o, argc, argv);
	} else if (nearest_command(argv[0]) && (strstr(line, "§") || strstr(line, " --"))) {
		/* "shwo LAB § 6": a command mistyped (a question seldom holds § or --options) */
		errorf(o, "unknown command '%s'; did you mean %s? (a question of plain words needs no "
		          "command; help lists the commands)", argv[0], nearest_command(argv[0]));
		rc = EXIT_USAGE;
	} else {
		/* plain words: a question */
		char **qv = xmalloc(((size_t)argc + 2) * sizeof *qv);
		qv[0] = "ask";
		memcpy(qv + 1, argv, (size_t)argc * sizeof *qv);
		qv[argc + 1] = NULL;
		rc = run_command(o, argc + 1, qv);
		free(qv);
	}
	fflush(o->out);
	free(argv);
	free(buf);
	return rc;
}

static int run_script(Opts *o) {
	char *line = NULL;
	size_t cap = 0;
	int worst = EXIT_OK, lineno = 0;
	while (getline(&line, &cap, stdin) > 0) {
		lineno++;
		Buf errs = BUF_INIT;
		o->errors = o->json ? &errs : NULL;   /* --json: a failed line writes an error record */
		int rc = run_line(o, line);
		o->errors = NULL;
		if (rc >= EXIT_USAGE && o->json) {   /* the stream of objects stays one per line */
			Buf rec = BUF_INIT;
			buf_puts(&rec, "{\"error\":");
			if (errs.n) buf_json_strn(&rec, errs.s, errs.n);
			else buf_json_str(&rec, "failed");
			buf_printf(&rec, ",\"line\":%d,\"status\":%d}\n", lineno, rc);
			fwrite(rec.s, 1, rec.n, o->out);
			fflush(o->out);
			buf_free(&rec);
		}
		buf_free(&errs);
		if (rc < 0) break;
		if (rc >= 128) {   /* a signal (Ctrl-C, TERM, HUP) stops the script, not only its line */
			errorf(o, "script stopped at line %d (exit status %d)", lineno, rc);
			worst = rc;
			break;
		}
		if (rc > EXIT_FINDINGS)
			errorf(o, "script line %d failed (exit status %d)", lineno, rc);
		/* a line that failed on its input makes the script's status 1, as findings do;
		 * no index (3) or a failure of the work (4) stays what it is */
		if (rc != EXIT_OK && rc < EXIT_NODB) rc = EXIT_FINDINGS;
		if (rc > worst) worst = rc;
	}
	free(line);
	return worst;
}

/* ---- completion ------------------------------------------------------------ */

typedef struct Words {
	char **v;
	int n;
} Words;

static Words completion_words; /* see the file comment */

static void words_add(Words *w, const char *s) {
	w->v = xrealloc(w->v, (size_t)(w->n + 1) * sizeof *w->v);
	w->v[w->n++] = xstrdup(s);
}

static void add_word(void *ctx, const char *word) { words_add(ctx, word); }

static void load_words(Opts *o, Words *w) {
	for (int i = 0; COMMANDS[i]; i++) words_add(w, COMMANDS[i]);
	sqlite3 *db;
	if (sqlite3_open_v2(o->db, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
		Reader *rd = reader_new(db);
		read_completion_words(rd, add_word, w);   /* none when it is no index */
		reader_free(rd);
	}
	sqlite3_close(db);
}

static char *complete_word(const char *text, int state) {
	static int i; /* readline's generator protocol: state 0 restarts */
	if (!state) i = 0;
	size_t n = strlen(text);
	while (i < completion_words.n) {
		const char *w = completion_words.v[i++];
		/* "§53" completes from "§5"; shown as written with a space */
		if (!strncmp(w, text, n)) return xstrdup(w);
	}
	return NULL;
}

static char **complete(const char *text, int start, int end) {
	(void)start, (void)end;           /* libedit's signature; the word is enough */
	rl_attempted_completion_over = 1;
	return rl_completion_matches(text, complete_word);
}

static int run_interactive(Opts *o) {
	const char *home = getenv("HOME");
	char *hist = home ? xprintf("%s/.lovgraf_history", home) : NULL;
	/* libedit reads and keeps æ, ø, å only in a UTF-8 locale */
	const char *loc = setlocale(LC_CTYPE, "");
	if (!loc || (!strcasestr(loc, "utf-8") && !strcasestr(loc, "utf8")))
		if (!setlocale(LC_CTYPE, "C.UTF-8")) setlocale(LC_CTYPE, "C.utf8");
	using_history();
	if (hist) read_history(hist);
	load_words(o, &completion_words);
	rl_attempted_completion_function = complete;
	fputs("lovgraf — type a question, or a command (help lists them); quit or Ctrl-D ends.\n",
	      o->out);
	char *line;
	int worst = EXIT_OK;
	while ((line = readline("lovgraf> ")) != NULL) {
		if (*line) add_history(line);
		int rc = run_line(o, line);
		free(line);
		if (rc < 0) break;
		if (rc > worst && rc != EXIT_FINDINGS) worst = rc;
	}
	if (hist) {
		write_history(hist);
		free(hist);
	}
	for (int i = 0; i < completion_words.n; i++) free(completion_words.v[i]);
	free(completion_words.v);
	completion_words.v = NULL;
	completion_words.n = 0;
	return EXIT_OK;
}

int cmd_repl(Opts *o) {
	if (o->nargs > 0) {
		errorf(o, "shell takes no arguments; pipe a script into it instead");
		return EXIT_USAGE;
	}
	o->in_shell = 1;   /* its lines' commands do not read standard input */
	return isatty(0) ? run_interactive(o) : run_script(o);
}
