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

/* level: 0 info, 1 a file was skipped or failed (msg names it and says why), 2 a warning
** about a file that was indexed (msg names it) */
typedef void (*IndexReport)(void *ctx, int level, const char *msg);

/* Where a build is: the phase, and how far into it (done of total; files
** while reading, provisions while linking; 0 of 0 for the other phases). */
typedef enum { INDEX_READING, INDEX_INDEXING, INDEX_LINKING, INDEX_FINISHING } IndexPhase;
typedef struct IndexProgress {
	IndexPhase phase;
	long long done, total;
} IndexProgress;
typedef void (*IndexProgressFn)(void *ctx, const IndexProgress *p);

/* Indexes paths (files or folders; folders: every *.txt below them, in name
** order) into db_path. corpus_dir: the folder of acts.tsv and lexicon.tsv. Returns LG_OK, or LG_ERROR
** with *err (malloc()ed) when nothing could be built; per-file problems are
** reported, counted in stats->failed, and do not stop the build. */
int index_build(const char *db_path, const char *corpus_dir, char *const *paths, int n_paths,
                IndexReport report, IndexProgressFn progress, void *ctx, IndexStats *stats,
                char **err);

#endif
