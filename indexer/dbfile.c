/*
** dbfile.c -- the index file on disk (see dbfile.h).
*/
#include "dbfile.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The folder of path ("." when it has none), malloc()ed. */
static char *folder_of(const char *path) {
	const char *slash = strrchr(path, '/');
	if (!slash) return xstrdup(".");
	return slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
}

/* A symbolic link's target, read relative to the link's folder; links to links
** are followed (at most 40, as the kernel does). */
static char *link_target(const char *db, char **err) {
	char *cur = xstrdup(db);
	for (int hops = 0; hops < 40; hops++) {
		struct stat ls;
		if (lstat(cur, &ls) != 0 || !S_ISLNK(ls.st_mode)) return cur;
		char to[PATH_MAX];
		ssize_t n = readlink(cur, to, sizeof to - 1);
		if (n < 0) {
			*err = xprintf("cannot read the link '%s': %s", cur, strerror(errno));
			free(cur);
			return NULL;
		}
		to[n] = 0;
		char *next;
		if (to[0] == '/' || !strchr(cur, '/')) next = xstrdup(to);
		else {
			char *dir = folder_of(cur);
			next = xprintf("%s/%s", dir, to);
			free(dir);
		}
		free(cur);
		cur = next;
	}
	*err = xprintf("cannot write the index through '%s': its symbolic links loop", db);
	free(cur);
	return NULL;
}

/* Whether the file at path is a lovgraf index (of any schema version): an SQLite
** database with lovgraf's meta and documents tables. *why: what it is instead. */
static int is_index(const char *path, const char **why) {
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	char head[16] = {0};
	ssize_t got = fd >= 0 ? read(fd, head, sizeof head) : -1;
	if (fd >= 0) close(fd);
	if (got != (ssize_t)sizeof head || memcmp(head, "SQLite format 3", 16)) {
		*why = "it is not an SQLite database";
		return 0;
	}
	sqlite3 *db = NULL;
	int n = 0;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK) {
		sqlite3_stmt *st = NULL;
		if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema WHERE type='table' AND"
		                           " name IN ('meta','documents')", -1, &st, NULL) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	sqlite3_close(db);
	if (n != 2) *why = "it is an SQLite database, but not a lovgraf index (or it cannot be read)";
	return n == 2;
}

int dbfile_is_index(const char *path) {
	const char *why;
	return is_index(path, &why);
}

int dbfile_target(const char *db, int force, DbTarget *t, char **err) {
	memset(t, 0, sizeof *t);
	if (!(t->path = link_target(db, err))) return LG_USAGE;
	struct stat st;
	if (stat(t->path, &st) != 0) {
		if (errno != ENOENT) {
			*err = xprintf("cannot write the index '%s': %s", t->path, strerror(errno));
			return LG_USAGE;
		}
		mode_t um = umask(0);
		umask(um);
		t->mode = 0666 & ~um;
		return LG_OK;
	}
	t->exists = 1;
	t->mode = st.st_mode & 07777;
	const char *why = NULL;
	if (S_ISDIR(st.st_mode)) why = "it is a folder";
	else if (!S_ISREG(st.st_mode)) why = file_type_why(st.st_mode);
	else if (st.st_size > 0 && !force && !is_index(t->path, &why)) {
		*err = xprintf("will not replace '%s': %s; give --force to replace it, or another --db",
		               t->path, why);
		return LG_USAGE;
	}
	if (why) {
		*err = xprintf("cannot write the index '%s': %s", t->path, why);
		return LG_USAGE;
	}
	return LG_OK;
}

void dbfile_target_clear(DbTarget *t) {
	free(t->path);
	t->path = NULL;
}

int dbfile_remove_stale(const char *path, char **names) {
	*names = NULL;
	char *dir = folder_of(path);
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	size_t nb = strlen(base);
	DIR *d = opendir(dir);
	int removed = 0;
	Buf said = BUF_INIT;
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		const char *nm = e->d_name;
		if (strncmp(nm, base, nb) || strncmp(nm + nb, ".tmp-", 5)) continue;
		char *end = NULL;
		long pid = strtol(nm + nb + 5, &end, 10);
		if (pid <= 0 || *end || pid == (long)getpid()) continue;
		if (kill((pid_t)pid, 0) == 0 || errno != ESRCH) continue;   /* its build still runs */
		char *full = xprintf("%s/%s", dir, nm);
		if (unlink(full) == 0) {
			buf_printf(&said, "%s'%s'", removed++ ? ", " : "", full);
		}
		free(full);
	}
	if (d) closedir(d);
	free(dir);
	if (removed) *names = said.s;
	else buf_free(&said);
	return removed;
}

/* fsync of a file or folder by name (read-only: the file may be mode 0444). */
static int sync_path(const char *path, int folder) {
	int fd = open(path, O_RDONLY | (folder ? O_DIRECTORY : 0) | O_CLOEXEC);
	if (fd < 0) return -1;
	int rc = fsync(fd);
	close(fd);
	return rc;
}

int dbfile_replace(const char *tmp, const char *path, unsigned mode, char **err) {
	if (sync_path(tmp, 0) != 0 || chmod(tmp, (mode_t)mode) != 0) {
		*err = xprintf("cannot write the new index '%s': %s", tmp, strerror(errno));
		return LG_ERROR;
	}
	if (rename(tmp, path) != 0) {
		*err = xprintf("cannot rename '%s' to '%s': %s", tmp, path, strerror(errno));
		return LG_ERROR;
	}
	char *dir = folder_of(path);
	sync_path(dir, 1);   /* the rename is durable; a folder that cannot be synced is no error */
	free(dir);
	return LG_OK;
}
