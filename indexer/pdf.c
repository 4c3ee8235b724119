/*
** pdf.c -- reading a document's file (see pdf.h): a text file as it is, a PDF
** through pdftotext as a child process.
**
** The child is started with posix_spawnp, no shell: the PDF is opened here and
** given as its standard input ("pdftotext ... - -"), so no file name reaches its
** command line, whatever characters it holds. Its output and its messages come
** back through two pipes, read with poll() until a deadline (PDF_TIMEOUT) and
** up to PDF_MAX_TEXT bytes; past either, or when the caller cancels, the child
** is killed and reaped. What pdftotext says on standard error tells an
** encrypted PDF from a damaged one; empty output is a scan.
*/
#include "pdf.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define PDF_HEAD 1024      /* "%PDF-" may stand anywhere in the first KiB */
#define PDF_MAX_ERR 4096   /* bytes of pdftotext's messages kept */

/* Opens path for reading without waiting (a FIFO is refused, never read).
** Returns the descriptor of a regular file, or -1 with *why. */
static int open_regular(const char *path, char **why) {
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		*why = xprintf("cannot open: %s", strerror(errno));
		return -1;
	}
	struct stat st;
	int fail = fstat(fd, &st) != 0;
	if (fail || !S_ISREG(st.st_mode)) {
		*why = fail ? xprintf("cannot read: %s", strerror(errno)) : xstrdup(file_type_why(st.st_mode));
		close(fd);
		return -1;
	}
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0) fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	return fd;
}

/* Whether the first bytes of fd hold "%PDF-"; the offset is left at 0. */
static int fd_is_pdf(int fd) {
	char head[PDF_HEAD];
	ssize_t got = pread(fd, head, sizeof head, 0);
	return got >= 5 && memmem(head, (size_t)got, "%PDF-", 5) != NULL;
}

int pdf_file_is_pdf(const char *path) {
	size_t n = strlen(path);
	if (n > 4 && !strcasecmp(path + n - 4, ".pdf")) return 1;
	char *why = NULL;
	int fd = open_regular(path, &why);
	free(why);
	if (fd < 0) return 0;
	int yes = fd_is_pdf(fd);
	close(fd);
	return yes;
}

static double now_s(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Starts pdftotext with in as its standard input; *out and *err receive the
** read ends of its standard output and error. Returns 0, or the errno. */
static int spawn_pdftotext(int in, pid_t *pid, int *out, int *err) {
	int po[2], pe[2];
	if (pipe2(po, O_CLOEXEC) != 0) return errno;
	if (pipe2(pe, O_CLOEXEC) != 0) {
		int e = errno;
		close(po[0]);
		close(po[1]);
		return e;
	}
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in, 0);
	posix_spawn_file_actions_adddup2(&fa, po[1], 1);
	posix_spawn_file_actions_adddup2(&fa, pe[1], 2);
	posix_spawnattr_init(&at);
	sigset_t none, dfl;
	sigemptyset(&none);
	sigemptyset(&dfl);   /* the child's signals as a fresh process has them */
	sigaddset(&dfl, SIGPIPE);
	sigaddset(&dfl, SIGINT);
	sigaddset(&dfl, SIGTERM);
	sigaddset(&dfl, SIGHUP);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &dfl);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	char *const argv[] = {"pdftotext", "-layout", "-enc", "UTF-8", "-", "-", NULL};
	extern char **environ;
	int rc = posix_spawnp(pid, "pdftotext", &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	close(po[1]);
	close(pe[1]);
	if (rc != 0) {
		close(po[0]);
		close(pe[0]);
		return rc;
	}
	*out = po[0];
	*err = pe[0];
	return 0;
}

/* How a run of the child ended. */
typedef enum { RUN_EXITED, RUN_TIMEOUT, RUN_TOO_BIG, RUN_CANCELLED } RunEnd;

/* Reads the child's output into out (at most PDF_MAX_TEXT bytes) and its
** messages into msg (the first PDF_MAX_ERR bytes) until both pipes close, the
** deadline passes, the output grows too big or the caller cancels; then reaps
** the child (killed first unless it ended) into *status. */
static RunEnd run_child(pid_t pid, int fo, int fe, const PdfBounds *b, Buf *out, Buf *msg,
                        int *status) {
	double limit = b && b->timeout > 0 ? b->timeout : PDF_TIMEOUT;
	double deadline = now_s() + limit;
	RunEnd end = RUN_EXITED;
	struct pollfd pf[2] = {{fo, POLLIN, 0}, {fe, POLLIN, 0}};
	char chunk[65536];
	while (pf[0].fd >= 0 || pf[1].fd >= 0) {
		if (b && b->cancelled && b->cancelled(b->ctx)) { end = RUN_CANCELLED; break; }
		double left = deadline - now_s();
		if (left <= 0) { end = RUN_TIMEOUT; break; }
		int r = poll(pf, 2, left < 0.2 ? (int)(left * 1000) + 1 : 200);
		if (r < 0 && errno != EINTR) break;
		for (int k = 0; r > 0 && k < 2; k++) {
			if (pf[k].fd < 0 || !pf[k].revents) continue;
			ssize_t got = read(pf[k].fd, chunk, sizeof chunk);
			if (got < 0 && errno == EINTR) continue;
			if (got <= 0) {
				close(pf[k].fd);
				pf[k].fd = -1;
				continue;
			}
			Buf *to = k == 0 ? out : msg;
			size_t room = k == 0 ? PDF_MAX_TEXT : PDF_MAX_ERR;
			if (k == 0 && to->n + (size_t)got > room) { end = RUN_TOO_BIG; break; }
			if (to->n < room) buf_add(to, chunk, to->n + (size_t)got > room ? room - to->n : (size_t)got);
		}
		if (end != RUN_EXITED) break;
	}
	if (end != RUN_EXITED) kill(pid, SIGKILL);
	for (int k = 0; k < 2; k++)
		if (pf[k].fd >= 0) close(pf[k].fd);
	while (waitpid(pid, status, 0) < 0 && errno == EINTR) {}
	return end;
}

/* Whether the text holds something other than white space and form feeds. */
static int has_text(const char *s, size_t n) {
	for (size_t i = 0; i < n; i++)
		if (!strchr(" \t\r\n\f\v", s[i]) || !s[i]) return 1;
	return 0;
}

/* The first line of pdftotext's messages that says what is wrong ("Syntax
** Error: Couldn't read xref table"), or NULL. */
static char *first_error(const Buf *msg) {
	const char *s = msg->s ? msg->s : "";
	const char *e = strstr(s, "Error");
	if (!e) return NULL;
	while (e > s && e[-1] != '\n') e--;
	size_t len = strcspn(e, "\r\n");
	return xstrndup(e, len > 200 ? 200 : len);
}

/* The status and *why of a run that ended so. */
static int judge(RunEnd end, int status, const Buf *out, const Buf *msg, double limit, char **why) {
	if (end == RUN_CANCELLED) {
		*why = xstrdup("stopped while pdftotext read it (Ctrl-C, a signal or --timeout)");
		return LG_ERROR;
	}
	if (end == RUN_TIMEOUT) {
		*why = xprintf("pdftotext took longer than %g s over it and was stopped: the PDF is "
		               "damaged or too complex", limit);
		return LG_ERROR;
	}
	if (end == RUN_TOO_BIG) {
		*why = xprintf("its text is over %u MiB: not a letter", PDF_MAX_TEXT >> 20);
		return LG_USAGE;
	}
	if (WIFSIGNALED(status)) {
		*why = xprintf("pdftotext stopped on it with signal %d: the PDF is damaged",
		               WTERMSIG(status));
		return LG_USAGE;
	}
	const char *m = msg->s ? msg->s : "";
	if (strstr(m, "Incorrect password") || strstr(m, "ncrypt")) {
		*why = xstrdup("the PDF is encrypted (it opens only with a password); decrypt it "
		               "first, e.g. qpdf --decrypt --password=PASSWORD IN.pdf OUT.pdf");
		return LG_USAGE;
	}
	if (WEXITSTATUS(status) == 3) {
		*why = xstrdup("the PDF is encrypted: its permissions forbid copying its text");
		return LG_USAGE;
	}
	if (WEXITSTATUS(status) != 0) {
		char *e = first_error(msg);
		*why = xprintf("the PDF is damaged, or not a PDF (pdftotext: %s)",
		               e ? e : "exit status 1");
		free(e);
		return LG_USAGE;
	}
	if (!has_text(out->s, out->n)) {
		*why = xstrdup("the PDF has no text layer: it is scanned; run OCR first (e.g. "
		               "ocrmypdf IN.pdf OUT.pdf)");
		return LG_USAGE;
	}
	return LG_OK;
}

int pdf_text_read(const char *path, const PdfBounds *bounds, char **text, size_t *n,
                  char **why) {
	*text = NULL;
	*n = 0;
	int fd = open_regular(path, why);
	if (fd < 0) return LG_USAGE;
	if (!fd_is_pdf(fd)) {
		close(fd);
		*why = xstrdup("not a PDF: it does not begin with \"%PDF-\"");
		return LG_USAGE;
	}
	pid_t pid;
	int fo, fe;
	int e = spawn_pdftotext(fd, &pid, &fo, &fe);
	close(fd);
	if (e) {
		*why = e == ENOENT ? xstrdup("pdftotext is not installed; install poppler-utils "
		                             "(apt-get install poppler-utils) to read PDFs")
		                   : xprintf("cannot run pdftotext: %s", strerror(e));
		return LG_ERROR;
	}
	Buf out = BUF_INIT, msg = BUF_INIT;
	int status = 0;
	RunEnd end = run_child(pid, fo, fe, bounds, &out, &msg, &status);
	int rc = judge(end, status, &out, &msg, bounds && bounds->timeout > 0 ? bounds->timeout
	                                                                      : PDF_TIMEOUT, why);
	buf_free(&msg);
	if (rc != LG_OK) {
		buf_free(&out);
		return rc;
	}
	*n = out.n;
	*text = buf_take(&out);
	return LG_OK;
}

int docfile_read(const char *path, const PdfBounds *bounds, char **text, size_t *n, int *is_pdf,
                 char **why) {
	*text = NULL;
	*n = 0;
	*is_pdf = pdf_file_is_pdf(path);
	if (!*is_pdf) {
		*text = text_file_read(path, n, why);
		return *text ? LG_OK : LG_USAGE;
	}
	char *raw = NULL;
	size_t rn = 0;
	int rc = pdf_text_read(path, bounds, &raw, &rn, why);
	if (rc != LG_OK) return rc;
	*text = pdf_layout_repair(raw, rn, n);
	free(raw);
	return LG_OK;
}
