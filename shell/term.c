/*
** term.c -- the terminal lovgraf writes to: its width, the display width of
** UTF-8 text on it, colour and the pager (see term.h).
*/
#include "term.h"
#include "util.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int term_width(FILE *f) {
	int fd = fileno(f);
	if (fd < 0 || !isatty(fd)) return 0;
	struct winsize ws;
	if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
	const char *c = getenv("COLUMNS");
	int n = c ? atoi(c) : 0;
	return n > 0 && n < 10000 ? n : 80;
}

/* The code point of the UTF-8 sequence at s of k bytes (k from utf8_seq). */
static unsigned code_point(const unsigned char *s, size_t k) {
	if (k == 1) return s[0];
	unsigned cp = s[0] & (0xFF >> (k + 1));
	for (size_t i = 1; i < k; i++) cp = (cp << 6) | (s[i] & 0x3F);
	return cp;
}

/* Columns one code point takes: 0 for combining marks and joiners, 2 for East
** Asian wide and fullwidth forms, else 1 (the ranges of wcwidth that occur). */
static int cp_columns(unsigned cp) {
	if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F) ||
	    (cp >= 0xFE20 && cp <= 0xFE2F))
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
	    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
	    (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD))
		return 2;
	return 1;
}

int term_columns(const char *s, size_t n) {
	int cols = 0;
	for (size_t i = 0; i < n;) {
		size_t k = utf8_seq(s + i, n - i);
		cols += k ? cp_columns(code_point((const unsigned char *)s + i, k)) : 1;
		i += k ? k : 1;
	}
	return cols;
}

size_t term_fit(const char *s, size_t n, int cols) {
	int used = 0;
	size_t i = 0;
	while (i < n) {
		size_t k = utf8_seq(s + i, n - i);
		int w = k ? cp_columns(code_point((const unsigned char *)s + i, k)) : 1;
		if (used + w > cols) break;
		used += w;
		i += k ? k : 1;
	}
	return i;
}

int term_use_color(int setting, FILE *f) {
	if (setting >= 0) return setting;
	const char *no = getenv("NO_COLOR"), *term = getenv("TERM");
	if (no && *no) return 0;   /* https://no-color.org */
	if (term && !strcmp(term, "dumb")) return 0;
	return isatty(fileno(f));
}

#define BOLD "\033[1m"
#define UNBOLD "\033[22m"

/* The colour of a mark at s, or NULL; *len its bytes. */
static const char *mark_color(const char *s, size_t n, size_t *len) {
	static const struct {
		const char *mark, *color;
	} MARKS[] = {{"\u2713", "\033[32m"}, {"\u2717", "\033[31m"}, {"\u2248", "\033[33m"},
	             {"\u25cb", "\033[33m"}};
	for (size_t i = 0; i < sizeof MARKS / sizeof *MARKS; i++) {
		size_t k = strlen(MARKS[i].mark);
		if (k <= n && !memcmp(s, MARKS[i].mark, k)) {
			*len = k;
			return MARKS[i].color;
		}
	}
	return NULL;
}

/* A line that is a heading: no indent, ends in ':' ("refers to (3):"), or a
** ranked hit (" 1. LAB § 53"). */
static int is_heading(const char *l, size_t n) {
	if (n && l[0] != ' ' && l[n - 1] == ':') return 1;
	size_t i = 0;
	while (i < n && l[i] == ' ') i++;
	size_t d = i;
	while (i < n && l[i] >= '0' && l[i] <= '9') i++;
	return d < 2 && i > d && i + 1 < n && l[i] == '.' && l[i + 1] == ' ';
}

/* One line (without its newline), styled. */
static void style_line(Buf *out, const char *l, size_t n) {
	int head = is_heading(l, n);
	if (head) buf_puts(out, BOLD);
	for (size_t i = 0; i < n;) {
		size_t k;
		const char *c;
		if (i + 1 < n && l[i] == '*' && l[i + 1] == '*') {   /* **word** */
			const char *end = NULL;
			for (size_t j = i + 2; j + 1 < n && !end; j++)
				if (l[j] == '*' && l[j + 1] == '*') end = l + j;
			if (end && end > l + i + 2) {
				buf_puts(out, BOLD);
				buf_add(out, l + i + 2, (size_t)(end - l - i - 2));
				buf_puts(out, head ? "" : UNBOLD);
				i = (size_t)(end - l) + 2;
				continue;
			}
		}
		if ((c = mark_color(l + i, n - i, &k)) != NULL) {
			buf_puts(out, c);
			buf_add(out, l + i, k);
			buf_puts(out, "\033[39m");
			i += k;
			continue;
		}
		if (i == 0 && l[0] == '!' && n > 1 && l[1] == ' ') {   /* ask's notices */
			buf_puts(out, "\033[33m!\033[39m");
			i = 1;
			continue;
		}
		buf_putc(out, l[i++]);
	}
	if (head) buf_puts(out, UNBOLD);
}

void term_style(Buf *out, const char *s, size_t n) {
	size_t from = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != '\n') continue;
		style_line(out, s + from, i - from);
		if (i < n) buf_putc(out, '\n');
		from = i + 1;
	}
}

/* Whether a program is in $PATH. */
static int in_path(const char *prog) {
	const char *path = getenv("PATH");
	if (!path) return 0;
	for (const char *p = path; *p;) {
		size_t k = strcspn(p, ":");
		char *f = xprintf("%.*s/%s", (int)k, p, prog);
		int ok = access(f, X_OK) == 0;
		free(f);
		if (ok) return 1;
		p += k;
		if (*p) p++;
	}
	return 0;
}

/* Whether the program a shell command starts with ("less -R") can be run. */
static int runnable(const char *command) {
	while (*command == ' ' || *command == '\t') command++;
	char *prog = xstrndup(command, strcspn(command, " \t"));
	int ok = strchr(prog, '/') ? access(prog, X_OK) == 0 : in_path(prog);
	free(prog);
	return ok;
}

FILE *term_pager_open(FILE *tty, const char **missing) {
	*missing = NULL;
	if (!isatty(fileno(tty))) return NULL;
	const char *pager = getenv("PAGER");
	if (pager && (!*pager || !strcmp(pager, "cat"))) return NULL;
	if (!pager) {
		if (!in_path("less")) return NULL;
		pager = "less";
	} else if (!runnable(pager)) {   /* popen would start it, fail, and lose the output */
		*missing = pager;
		return NULL;
	}
	setenv("LESS", "FRX", 0);   /* quit when it fits one screen, colours, no clearing */
	fflush(tty);
	return popen(pager, "w");
}

void term_pager_close(FILE *pager) {
	if (!pager) return;
	/* Ctrl-C in the pager (ending a search) reaches lovgraf too: while it
	 * waits for the pager, it is the pager's, as git does */
	struct sigaction ign, old_int, old_quit;
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	pclose(pager);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
}
