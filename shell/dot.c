/*
** dot.c -- Graphviz's `dot` as a child process (see dot.h), run by child.c:
** the DOT text is written to it while the picture and its messages are read.
*/
#include "dot.h"
#include "child.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

enum { ERR_KEEP = 4096 };

/* The first line of what dot said, for a message. */
static char *first_line(const Buf *b) {
	const char *s = b->s ? b->s : "";
	size_t k = strcspn(s, "\n");
	return k ? xstrndup(s, k) : xstrdup("no message");
}

int dot_render(const char *src, size_t n, const char *format, int (*stop)(void *ctx), void *ctx,
               Buf *out, char **err) {
	char *flag = xprintf("-T%s", format);
	char *argv[] = {"dot", flag, NULL};
	ChildRun run = {.argv = argv, .in_fd = -1, .in = src, .in_n = n, .err_max = ERR_KEEP,
	                .cancelled = stop, .ctx = ctx};
	Buf msg = BUF_INIT;
	int status = 0, e = 0, rc = LG_OK;
	ChildEnd end = child_run(&run, out, &msg, &status, &e);
	free(flag);
	if (end == CHILD_NOT_FOUND) {
		*err = xstrdup("--svg needs Graphviz's dot program, which is not installed; install the "
		               "Debian package graphviz (apt-get install graphviz), or write DOT with --dot");
		rc = LG_NOTFOUND;
	} else if (end == CHILD_NO_START) {
		*err = xprintf("cannot run Graphviz's dot: %s", strerror(e));
		rc = LG_ERROR;
	} else if (end != CHILD_EXITED) {
		*err = xstrdup("stopped while Graphviz's dot drew the picture");
		rc = LG_ERROR;
	} else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		char *line = first_line(&msg);
		*err = WIFSIGNALED(status) ? xprintf("Graphviz's dot ended by signal %d: %s",
		                                     WTERMSIG(status), line)
		                           : xprintf("Graphviz's dot failed (exit %d): %s",
		                                     WEXITSTATUS(status), line);
		free(line);
		rc = LG_ERROR;
	}
	buf_free(&msg);
	return rc;
}
