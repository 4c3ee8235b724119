/*
** child.h -- a program run as a child process, without a shell (posix_spawnp:
** no argument is ever read by a shell, whatever characters it holds), its
** standard input from a file descriptor or from bytes, its standard output and
** error read back through pipes in one poll() loop (so that neither side waits
** on a full pipe), bounded in time and size and stoppable by the caller; the
** child starts with the signals a fresh process has, is killed when stopped and
** is always reaped. pdftotext (pdf.c) and Graphviz's dot (shell/dot.c) run so.
**
** Ownership: the output and messages are appended to the caller's Bufs.
*/
#ifndef LOVGRAF_CHILD_H
#define LOVGRAF_CHILD_H

#include <stddef.h>
#include "util.h"

typedef struct ChildRun {
	char *const *argv;             /* argv[0] is looked up in $PATH */
	int in_fd;                     /* standard input from this descriptor; -1: from in */
	const char *in;                /* else these bytes (NULL or in_n 0: empty) */
	size_t in_n;
	size_t out_max;                /* more output than this: CHILD_TOO_BIG (0: no bound) */
	size_t err_max;                /* bytes of its messages kept (0: all) */
	double timeout;                /* seconds it may take (0: no bound) */
	int (*cancelled)(void *ctx);   /* asked now and then; nonzero stops it */
	void *ctx;
} ChildRun;

typedef enum {
	CHILD_EXITED,      /* it ended by itself: see *status (waitpid's) */
	CHILD_NOT_FOUND,   /* no such program */
	CHILD_NO_START,    /* it could not be started: *start_errno */
	CHILD_TIMEOUT,     /* killed at the time bound */
	CHILD_TOO_BIG,     /* killed at the output bound */
	CHILD_CANCELLED    /* killed when the caller asked */
} ChildEnd;

/* Runs r, appending its standard output to out and its messages to msg. */
ChildEnd child_run(const ChildRun *r, Buf *out, Buf *msg, int *status /* OUT */,
                   int *start_errno /* OUT */);

#endif
