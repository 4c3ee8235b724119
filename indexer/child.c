/*
** child.c -- a program as a child process (see child.h).
*/
#include "child.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

enum { POLL_MS = 200 };

static void close_fd(int *fd) {
	if (*fd >= 0) close(*fd);
	*fd = -1;
}

/* Starts argv with in, out and err as its standard descriptors and the
** signals a fresh process has (ended by a broken pipe, Ctrl-C, TERM, HUP).
** Returns 0 or the errno. */
static int spawn(char *const *argv, int in, int out, int err, pid_t *pid) {
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t at;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in, 0);
	posix_spawn_file_actions_adddup2(&fa, out, 1);
	posix_spawn_file_actions_adddup2(&fa, err, 2);
	posix_spawnattr_init(&at);
	sigset_t none, dfl;
	sigemptyset(&none);
	sigemptyset(&dfl);
	sigaddset(&dfl, SIGPIPE);
	sigaddset(&dfl, SIGINT);
	sigaddset(&dfl, SIGTERM);
	sigaddset(&dfl, SIGHUP);
	posix_spawnattr_setsigmask(&at, &none);
	posix_spawnattr_setsigdefault(&at, &dfl);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
	int e = posix_spawnp(pid, argv[0], &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	return e;
}

/* Reads what *fd has into b (at most keep bytes kept; 0: all); closes it at its
** end. Returns the bytes read (0 at the end or when nothing was there). */
static size_t drain(int *fd, Buf *b, size_t keep) {
	char chunk[65536];
	ssize_t k = read(*fd, chunk, sizeof chunk);
	if (k > 0) {
		size_t take = (size_t)k;
		if (keep && b->n + take > keep) take = b->n < keep ? keep - b->n : 0;
		buf_add(b, chunk, take);
		return (size_t)k;
	}
	if (k == 0 || (errno != EINTR && errno != EAGAIN)) close_fd(fd);
	return 0;
}

ChildEnd child_run(const ChildRun *r, Buf *out, Buf *msg, int *status, int *start_errno) {
	*status = 0;
	*start_errno = 0;
	int in[2] = {-1, -1}, op[2], ep[2];
	if ((r->in_fd < 0 && pipe2(in, O_CLOEXEC)) || pipe2(op, O_CLOEXEC)) {
		*start_errno = errno;
		close_fd(&in[0]);
		close_fd(&in[1]);
		return CHILD_NO_START;
	}
	if (pipe2(ep, O_CLOEXEC)) {
		*start_errno = errno;
		close_fd(&in[0]);
		close_fd(&in[1]);
		close_fd(&op[0]);
		close_fd(&op[1]);
		return CHILD_NO_START;
	}
	pid_t pid;
	int e = spawn(r->argv, r->in_fd >= 0 ? r->in_fd : in[0], op[1], ep[1], &pid);
	close_fd(&in[0]);
	close_fd(&op[1]);
	close_fd(&ep[1]);
	if (e) {
		close_fd(&in[1]);
		close_fd(&op[0]);
		close_fd(&ep[0]);
		*start_errno = e;
		return e == ENOENT ? CHILD_NOT_FOUND : CHILD_NO_START;
	}
	/* a write to a child that ended is EPIPE, not the end of lovgraf */
	struct sigaction ign, old;
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	sigaction(SIGPIPE, &ign, &old);
	if (in[1] >= 0) fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
	if (in[1] >= 0 && !r->in_n) close_fd(&in[1]);
	double deadline = r->timeout > 0 ? monotonic_seconds() + r->timeout : 0;
	size_t sent = 0, got = 0;
	ChildEnd end = CHILD_EXITED;
	while (op[0] >= 0 || ep[0] >= 0) {
		if (r->cancelled && r->cancelled(r->ctx)) { end = CHILD_CANCELLED; break; }
		double left = deadline ? deadline - monotonic_seconds() : POLL_MS / 1000.0;
		if (left <= 0) { end = CHILD_TIMEOUT; break; }
		struct pollfd p[3] = {{in[1], POLLOUT, 0}, {op[0], POLLIN, 0}, {ep[0], POLLIN, 0}};
		int ms = left * 1000 < POLL_MS ? (int)(left * 1000) + 1 : POLL_MS;
		if (poll(p, 3, ms) < 0 && errno != EINTR) break;
		if (in[1] >= 0 && (p[0].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t k = write(in[1], r->in + sent, r->in_n - sent);
			if (k > 0) sent += (size_t)k;
			if (sent == r->in_n || (k < 0 && errno != EAGAIN && errno != EINTR)) close_fd(&in[1]);
		}
		if (op[0] >= 0 && (p[1].revents & (POLLIN | POLLERR | POLLHUP))) {
			got += drain(&op[0], out, 0);
			if (r->out_max && got > r->out_max) { end = CHILD_TOO_BIG; break; }
		}
		if (ep[0] >= 0 && (p[2].revents & (POLLIN | POLLERR | POLLHUP))) drain(&ep[0], msg, r->err_max);
	}
	if (end != CHILD_EXITED) kill(pid, SIGKILL);
	close_fd(&in[1]);
	close_fd(&op[0]);
	close_fd(&ep[0]);
	while (waitpid(pid, status, 0) < 0 && errno == EINTR) {}
	sigaction(SIGPIPE, &old, NULL);
	return end;
}
