/*
** dot.c -- Graphviz's `dot` as a child process (see dot.h): posix_spawnp with
** three pipes, one poll() loop that writes the DOT text while it reads the
** picture and the messages (so that neither side waits on a full pipe).
*/
#include "dot.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

enum { POLL_MS = 100, ERR_KEEP = 4096 };

static void close_fd(int *fd) {
	if (*fd >= 0) close(*fd);
	*fd = -1;
}

/* Reads what fd has into b (at most keep bytes kept when keep > 0); closes it at
** its end. */
static void drain(int *fd, Buf *b, size_t keep) {
	char chunk[65536];
	ssize_t k = read(*fd, chunk, sizeof chunk);
	if (k > 0 && (!keep || b->n < keep)) buf_add(b, chunk, (size_t)k);
	if (k == 0 || (k < 0 && errno != EINTR && errno != EAGAIN)) close_fd(fd);
}

/* The first line of what dot said, for a message. */
static char *first_line(const Buf *b) {
	const char *s = b->s ? b->s : "";
	size_t k = strcspn(s, "\n");
	return k ? xstrndup(s, k) : xstrdup("no message");
}

static int spawn(const char *format, int fd_in, int fd_out, int fd_err, pid_t *pid) {
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fd_in, 0);
	posix_spawn_file_actions_adddup2(&fa, fd_out, 1);
	posix_spawn_file_actions_adddup2(&fa, fd_err, 2);
	posix_spawnattr_init(&at);
	sigset_t dfl;   /* dot ends on a broken pipe and on Ctrl-C, as programs do */
	sigemptyset(&dfl);
	sigaddset(&dfl, SIGPIPE);
	sigaddset(&dfl, SIGINT);
	sigaddset(&dfl, SIGTERM);
	sigaddset(&dfl, SIGHUP);
	posix_spawnattr_setsigdefault(&at, &dfl);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF);
	char *flag = xprintf("-T%s", format);
	char *argv[] = {"dot", flag, NULL};
	int e = posix_spawnp(pid, "dot", &fa, &at, argv, environ);
	free(flag);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	return e;
}

int dot_render(const char *src, size_t n, const char *format, int (*stop)(void *ctx), void *ctx,
               Buf *out, char **err) {
	int in[2], op[2], ep[2];
	if (pipe2(in, O_CLOEXEC) || pipe2(op, O_CLOEXEC) || pipe2(ep, O_CLOEXEC)) {
		*err = xprintf("cannot run dot: %s", strerror(errno));
		return LG_ERROR;
	}
	pid_t pid;
	int e = spawn(format, in[0], op[1], ep[1], &pid);
	close_fd(&in[0]);
	close_fd(&op[1]);
	close_fd(&ep[1]);
	if (e) {
		close_fd(&in[1]);
		close_fd(&op[0]);
		close_fd(&ep[0]);
		*err = e == ENOENT ? xstrdup("--svg needs Graphviz's dot program, which is not installed; "
		                             "install the Debian package graphviz (apt-get install "
		                             "graphviz), or write DOT with --dot")
		                   : xprintf("cannot run Graphviz's dot: %s", strerror(e));
		return e == ENOENT ? LG_NOTFOUND : LG_ERROR;
	}
	struct sigaction ign = {.sa_handler = SIG_IGN}, old;   /* a write to a dot that ended: EPIPE */
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
	Buf msg = BUF_INIT;
	size_t sent = 0;
	int stopped = 0;
	if (!n) close_fd(&in[1]);
	while (op[0] >= 0 || ep[0] >= 0) {
		struct pollfd p[3] = {{in[1], POLLOUT, 0}, {op[0], POLLIN, 0}, {ep[0], POLLIN, 0}};
		if (poll(p, 3, POLL_MS) < 0 && errno != EINTR) break;
		if (stop && stop(ctx)) {
			stopped = 1;
			kill(pid, SIGTERM);
			break;
		}
		if (in[1] >= 0 && (p[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t k = write(in[1], src + sent, n - sent);
			if (k > 0) sent += (size_t)k;
			if (sent == n || (k < 0 && errno != EAGAIN && errno != EINTR)) close_fd(&in[1]);
		}
		if (op[0] >= 0 && (p[1].revents & (POLLIN | POLLERR | POLLHUP))) drain(&op[0], out, 0);
		if (ep[0] >= 0 && (p[2].revents & (POLLIN | POLLERR | POLLHUP))) drain(&ep[0], &msg, ERR_KEEP);
	}
	close_fd(&in[1]);
	close_fd(&op[0]);
	close_fd(&ep[0]);
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
	sigaction(SIGPIPE, &old, NULL);
	int rc = LG_OK;
	if (stopped) {
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
