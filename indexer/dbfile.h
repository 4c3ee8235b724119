/*
** dbfile.h -- the index file on disk: which file a build replaces, whether it may,
** the temporary files of interrupted builds, and the durable replace.
**
** A build writes "TARGET.tmp-PID" beside its target and renames it over the
** target when it is complete (store.c). TARGET is the --db path, or, when that
** is a symbolic link, the file it points to (the link stays a link). A file that
** is not a lovgraf index is never replaced unless forced; the new index takes
** the old file's permissions.
**
** Errors are malloc()ed into *err and name the file and the reason.
*/
#ifndef LOVGRAF_DBFILE_H
#define LOVGRAF_DBFILE_H

typedef struct DbTarget {
	char *path;      /* the file to replace (a symbolic link's target) */
	int exists;      /* it exists now */
	unsigned mode;   /* its permission bits, or 0666 & ~umask for a new file */
} DbTarget;

/* Resolves db into *t; LG_USAGE when db names something that must not be
** replaced: a folder, a file that is not a lovgraf index (unless force). */
int dbfile_target(const char *db, int force, DbTarget *t, char **err);
void dbfile_target_clear(DbTarget *t);
/* The file at path is a lovgraf index (of any schema version). */
int dbfile_is_index(const char *path);

/* Removes the temporary files "PATH.tmp-PID" of builds whose process is gone;
** returns how many, their names in *names (malloc()ed, quoted, ", "-separated)
** or NULL. */
int dbfile_remove_stale(const char *path, char **names);

/* Makes the complete file tmp durable and puts it in the place of path: sync
** tmp, give it mode, rename it, sync the folder. */
int dbfile_replace(const char *tmp, const char *path, unsigned mode, char **err);

#endif
