/*
** repl.c -- the interactive shell: `lovgraf` or `lovgraf shell`.
**
** On a terminal it reads lines with libedit (history in ~/.lovgraf_history,
** without consecutive duplicates; tab completion that knows where it is:
** commands, options, act names, that act's § numbers, file names); Ctrl-C drops
** the line typed, or stops the running command, and the shell stays; Ctrl-D
** leaves. With standard input not a terminal it runs one command per line as a
** script, prints no prompt, and exits non-zero if any line failed. A line of
** plain words is a question.
**
** libedit's completion callbacks take no context pointer, so the completion
** state is the one piece of file-level state in lovgraf; it lives only while
** the interactive loop runs.
*/
#include "read.h"
#include "shell.h"
#include "signals.h"
#include "util.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
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
		/* --json: a line's output is held, so that a line that fails writes its
		 * record alone, not an object it began and the record too */
		FILE *real = o->out, *held = NULL;
		char *mem = NULL;
		size_t mem_n = 0;
		if (o->json && (held = open_memstream(&mem, &mem_n)) != NULL) o->out = held;
		int rc = run_line(o, line);
		if (held) {
			fclose(held);
			o->out = real;
			if (rc < EXIT_USAGE) fwrite(mem, 1, mem_n, real);
			free(mem);
		}
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

/* What the shell completes, by where the word is: the first word a command,
** "--..." an option, after show/refs/graph/cite an act's short name (or its
** title, in quotes) and after "ACT §" that act's sections (read from the index
** when asked), after check/index a file name (libedit's own completion). */
typedef struct Completion {
	Words commands, options, acts;
	Words sections;       /* the sections of act sections_of */
	char *sections_of;
	Reader *rd;           /* the index, open while the shell runs (NULL: none) */
	sqlite3 *db;
	Words *now;           /* the candidates for the word being completed */
} Completion;

static Completion completion; /* see the file comment */

static void words_add(Words *w, const char *s) {
	w->v = xrealloc(w->v, (size_t)(w->n + 1) * sizeof *w->v);
	w->v[w->n++] = xstrdup(s);
}

static void words_clear(Words *w) {
	for (int i = 0; i < w->n; i++) free(w->v[i]);
	free(w->v);
	w->v = NULL;
	w->n = 0;
}

static void add_word(void *ctx, const char *word) { words_add(ctx, word); }

static void completion_open(Opts *o, Completion *c) {
	for (int i = 0; COMMANDS[i]; i++) words_add(&c->commands, COMMANDS[i]);
	for (int i = 0; lovgraf_option(i); i++) words_add(&c->options, lovgraf_option(i));
	if (sqlite3_open_v2(o->db, &c->db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
		c->rd = reader_new(c->db);
		read_completion_acts(c->rd, 1, add_word, &c->acts);   /* none when it is no index */
	}
}

static void completion_close(Completion *c) {
	words_clear(&c->commands);
	words_clear(&c->options);
	words_clear(&c->acts);
	words_clear(&c->sections);
	free(c->sections_of);
	reader_free(c->rd);
	sqlite3_close(c->db);
	memset(c, 0, sizeof *c);
}

/* The sections of act (its short name), read once per act. */
static Words *act_sections(Completion *c, const char *act) {
	if (!c->sections_of || strcasecmp(c->sections_of, act)) {
		words_clear(&c->sections);
		free(c->sections_of);
		c->sections_of = xstrdup(act);
		if (c->rd) read_act_sections(c->rd, act, add_word, &c->sections);
	}
	return &c->sections;
}

static char *complete_word(const char *text, int state) {
	static int i; /* readline's generator protocol: state 0 restarts */
	if (!state) i = 0;
	const Words *w = completion.now;
	const char *t = text;
	int quoted = *t == '\'' || *t == '"';
	if (quoted) t++;
	size_t n = strlen(t);
	while (w && i < w->n) {
		const char *cand = w->v[i++];
		if (strchr(cand, ' ') && !quoted) continue;   /* a title is completed in quotes */
		if (!strncasecmp(cand, t, n)) return quoted ? xprintf("%c%s%c", *text, cand, *text)
		                                            : xstrdup(cand);
	}
	return NULL;
}

/* The words of the line before the one being completed: *n of them, the first
** in first, the last two in prev2 and prev (empty when absent). */
static void words_before(const char *line, int start, char *first, char *prev2, char *prev,
                         size_t cap, int *n) {
	*first = *prev2 = *prev = 0;
	*n = 0;
	for (int i = 0; i < start;) {
		while (i < start && line[i] == ' ') i++;
		int j = i;
		while (j < start && line[j] != ' ') j++;
		if (j > i) {
			snprintf(prev2, cap, "%s", prev);
			snprintf(prev, cap, "%.*s", j - i, line + i);
			if (!(*n)++) snprintf(first, cap, "%s", prev);
		}
		i = j;
	}
}

static char **complete(const char *text, int start, int end) {
	(void)end;
	char first[64], prev2[64], prev[64];
	int n;
	words_before(rl_line_buffer, start, first, prev2, prev, sizeof first, &n);
	Completion *c = &completion;
	rl_attempted_completion_over = 1;
	c->now = NULL;
	if (text[0] == '-') c->now = &c->options;
	else if (n == 0) c->now = &c->commands;
	else if (!strcmp(first, "check") || !strcmp(first, "index") || !strcmp(prev, "--db") ||
	         !strcmp(prev, "--file") || !strcmp(prev, "-f")) {
		return rl_completion_matches(text, rl_filename_completion_function);
	} else if (!strcmp(prev, "§") && prev2[0]) c->now = act_sections(c, prev2);
	else if (!strcmp(first, "show") || !strcmp(first, "refs") || !strcmp(first, "graph") ||
	         !strcmp(first, "cite") || !strcmp(prev, "--to") || !strcmp(prev, "--from") ||
	         !strcmp(prev, "--in"))
		c->now = &c->acts;
	return c->now ? rl_completion_matches(text, complete_word) : NULL;
}

/* One byte of the terminal, or -1 at its end; '\n'-like -2 when Ctrl-C was noted. */
static int key_byte(FILE *f) {
	for (;;) {
		if (signals_caught()) return -2;
		unsigned char ch;
		ssize_t n = read(fileno(f), &ch, 1);
		if (n == 1) return ch;
		if (n == 0 || errno != EINTR) return -1;
	}
}

/* libedit's reading of a key, a character (libedit takes a code point: the
** UTF-8 of æ, ø, å, § is decoded here): Ctrl-C (noted by signals.c) ends the
** line as Enter would, wherever libedit was, and the loop then drops that line. */
static int prompt_getc(FILE *f) {
	int c = key_byte(f);
	if (c == -2) return '\n';
	if (c < 0x80) return c < 0 ? EOF : c;
	int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
	int cp = c & (0x3F >> more);
	for (int i = 0; i < more; i++) {
		int k = key_byte(f);
		if (k == -2) return '\n';
		if (k < 0 || (k & 0xC0) != 0x80) return 0xFFFD;   /* not UTF-8: a replacement */
		cp = (cp << 6) | (k & 0x3F);
	}
	return more ? cp : 0xFFFD;
}

static int run_interactive(Opts *o) {
	const char *home = getenv("HOME");
	char *hist = home ? xprintf("%s/.lovgraf_history", home) : NULL;
	/* libedit reads and keeps æ, ø, å only in a UTF-8 locale */
	const char *loc = setlocale(LC_CTYPE, "");
	if (!loc || (!strcasestr(loc, "utf-8") && !strcasestr(loc, "utf8")))
		if (!setlocale(LC_CTYPE, "C.UTF-8")) setlocale(LC_CTYPE, "C.utf8");
	rl_catch_signals = 0;   /* lovgraf notes Ctrl-C itself (signals.c); set before */
	rl_getc_function = prompt_getc;   /* libedit is initialised, by using_history */
	using_history();
	if (hist) read_history(hist);
	completion_open(o, &completion);
	rl_attempted_completion_function = complete;
	fputs("lovgraf — type a question, or a command (help lists them); quit or Ctrl-D ends.\n",
	      o->out);
	char *line, *last = NULL;
	int worst = EXIT_OK;
	for (;;) {
		signals_catch();   /* Ctrl-C at the prompt drops the line typed, as in psql */
		line = readline("lovgraf> ");
		int sig = signals_caught();
		signals_default();
		if (sig == SIGINT) {   /* the line typed is dropped */
			if (!line) fputc('\n', o->out);
			free(line);
			continue;
		}
		if (!line || sig) break;   /* Ctrl-D; TERM or HUP */
		if (*line && (!last || strcmp(last, line))) {   /* no consecutive duplicates */
			add_history(line);
			free(last);
			last = xstrdup(line);
		}
		int rc = run_line(o, line);   /* its Ctrl-C stops the command, not the shell */
		free(line);
		if (rc < 0) break;
		if (rc > worst && rc != EXIT_FINDINGS) worst = rc;
	}
	free(last);
	if (hist) {
		write_history(hist);
		free(hist);
	}
	completion_close(&completion);
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
