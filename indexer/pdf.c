/*
** pdf.c -- reading a document's file (see pdf.h): a text file as it is, a PDF
** through pdftotext as a child process.
**
** The child is run by child.c, no shell: the PDF is opened here and given as
** its standard input ("pdftotext ... - -"), so no file name reaches its command
** line, whatever characters it holds. Its output is read until a deadline
** (PDF_TIMEOUT) and up to PDF_MAX_TEXT bytes; past either, or when the caller
** cancels, the child is killed and reaped. What pdftotext says on standard error tells an
** encrypted PDF from a damaged one; empty output is a scan.
*/
#include "pdf.h"
#include "child.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
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
static int judge(ChildEnd end, int status, int start_errno, const Buf *out, const Buf *msg,
                 double limit, char **why) {
	if (end == CHILD_NOT_FOUND) {
		*why = xstrdup("pdftotext is not installed; install poppler-utils (apt-get install "
		               "poppler-utils) to read PDFs");
		return LG_ERROR;
	}
	if (end == CHILD_NO_START) {
		*why = xprintf("cannot run pdftotext: %s", strerror(start_errno));
		return LG_ERROR;
	}
	if (end == CHILD_CANCELLED) {
		*why = xstrdup("stopped while pdftotext read it (Ctrl-C, a signal or --timeout)");
		return LG_ERROR;
	}
	if (end == CHILD_TIMEOUT) {
		*why = xprintf("pdftotext took longer than %g s over it and was stopped: the PDF is "
		               "damaged or too complex", limit);
		return LG_ERROR;
	}
	if (end == CHILD_TOO_BIG) {
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
	char *const argv[] = {"pdftotext", "-layout", "-enc", "UTF-8", "-", "-", NULL};
	double limit = bounds && bounds->timeout > 0 ? bounds->timeout : PDF_TIMEOUT;
	ChildRun run = {.argv = argv, .in_fd = fd, .out_max = PDF_MAX_TEXT, .err_max = PDF_MAX_ERR,
	                .timeout = limit, .cancelled = bounds ? bounds->cancelled : NULL,
	                .ctx = bounds ? bounds->ctx : NULL};
	Buf out = BUF_INIT, msg = BUF_INIT;
	int status = 0, start_errno = 0;
	ChildEnd end = child_run(&run, &out, &msg, &status, &start_errno);
	close(fd);
	int rc = judge(end, status, start_errno, &out, &msg, limit, why);
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
