/*
** signals.c -- Ctrl-C, TERM and HUP while a command works.
**
** The handler notes the first signal: the work (a build, an SQL statement, a
** ranking) asks signals_caught() and stops cleanly, so that a build removes its
** temporary file and keeps the previous index, and the shell stays open. A
** second signal of the same run ends the process at once (the next build
** removes what it left). The note is process state by nature: the one static
** variable here, touched only by these functions and the handler.
*/
#include "signals.h"

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t caught;   /* the signal noted, or 0 */

static void note(int sig) {
	if (caught) {             /* the second: leave now */
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	caught = sig;
}

void signals_catch(void) {
	caught = 0;   /* before the handler is in place: a signal from now on is noted */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = note;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

void signals_default(void) {
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
}

int signals_caught(void) { return caught; }

void signals_clear(void) { caught = 0; }

int signals_cancelled(void *ctx) {
	(void)ctx;
	return caught != 0;
}
