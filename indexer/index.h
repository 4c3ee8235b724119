/*
** index.h -- builds the store from a corpus: reads every file, parses it as a
** statute or a letter, writes it, then extracts and resolves the citations and
** quotations of every provision and writes the edges.
**
** Streams: one document is in memory at a time. Bad files (empty, binary,
** invalid UTF-8, unparseable) are reported through the callback and skipped;
** the other documents are still indexed. The new index replaces the old one
** only when the whole build succeeds.
*/
#ifndef LOVGRAF_INDEX_H
#define LOVGRAF_INDEX_H

typedef struct IndexStats {
	int files, documents, skipped, failed;
	long long provisions, edges, unresolved, quotes;
	long long changes;   /* quoted new texts of amending acts attributed to a section */
} IndexStats;

/* level: 0 info, 1 a file was skipped or failed (msg names it and says why), or what
** must be said even with --quiet, 2 a warning about a file that was indexed (msg names it) */
typedef void (*IndexReport)(void *ctx, int level, const char *msg);

/* Where a build is: the phase, and how far into it (done of total; files
** while reading, provisions while linking; 0 of 0 for the other phases). */
typedef enum { INDEX_READING, INDEX_INDEXING, INDEX_LINKING, INDEX_FINISHING } IndexPhase;
typedef struct IndexProgress {
	IndexPhase phase;
	long long done, total;
} IndexProgress;
typedef void (*IndexProgressFn)(void *ctx, const IndexProgress *p);

/* What the caller is told and asked while a build runs; every member may be 0. */
typedef struct IndexHooks {
	IndexReport report;
	IndexProgressFn progress;
	int (*cancelled)(void *ctx);   /* nonzero: stop, keep the previous index */
	void *ctx;
	int force;                     /* replace a --db file that is not a lovgraf index */
} IndexHooks;

/* Indexes paths (files or folders; folders: every *.txt and *.pdf below them,
** in name order; a PDF is read through pdftotext, see pdf.h) into db_path. corpus_dir: the folder of acts.tsv and lexicon.tsv.
** Returns LG_OK; LG_USAGE with *err (malloc()ed) when the paths or db_path are
** refused before anything is built or no document could be read; LG_ERROR with
** *err when the build failed (a full disk, a read error, an interrupt). On failure the previous index is kept as
** it was (*err does not say so: the caller knows whether there was one). Per-file
** problems are reported, counted in stats->failed, and do not stop the build. */
int index_build(const char *db_path, const char *corpus_dir, char *const *paths, int n_paths,
                const IndexHooks *hooks, IndexStats *stats, char **err);

#endif
