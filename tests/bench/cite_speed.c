/*
** cite_speed.c -- how fast the citation extractor reads: the texts of the
** files named, as the indexer would give them to it.
**
**   cite_speed CORPUS_DIR FILE-OR-FOLDER...   (./build.sh bench runs it on dk-all)
**
** A folder stands for the .txt files in it.
**
** First every file is parsed and its title registered in the act table, as
** indexing does, so that the extractor knows every act's name; then each
** file's text is extracted from, and only that is timed. Prints one line:
** bytes, citations, seconds and MB/s.
*/
#include "acts.h"
#include "cite.h"
#include "doc.h"
#include "lexicon.h"
#include "statute.h"
#include "util.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int by_name(const void *a, const void *b) {
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends path, or the .txt files of folder path, to *files. */
static void add_path(const char *path, char ***files, int *n) {
	DIR *dir = opendir(path);
	if (!dir) {
		*files = xrealloc(*files, (size_t)(*n + 1) * sizeof **files);
		(*files)[(*n)++] = xstrdup(path);
		return;
	}
	int first = *n;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		size_t l = strlen(e->d_name);
		if (l < 5 || strcmp(e->d_name + l - 4, ".txt")) continue;
		*files = xrealloc(*files, (size_t)(*n + 1) * sizeof **files);
		(*files)[(*n)++] = xprintf("%s/%s", path, e->d_name);
	}
	closedir(dir);
	qsort(*files + first, (size_t)(*n - first), sizeof **files, by_name);
}

static double now(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
	if (argc < 3) {
		fprintf(stderr, "usage: cite_speed CORPUS_DIR FILE...\n");
		return 2;
	}
	char *err = NULL, *path = xprintf("%s/lexicon.tsv", argv[1]);
	Lexicon *lex = NULL;
	Acts *acts = NULL;
	if (lexicon_load(path, &lex, &err) != LG_OK || !(acts = acts_new(lex, &err))) {
		fprintf(stderr, "cite_speed: %s\n", err);
		return 1;
	}
	free(path);
	path = xprintf("%s/acts.tsv", argv[1]);
	if (acts_load(acts, path, &err) != LG_OK) {
		fprintf(stderr, "cite_speed: %s\n", err);
		return 1;
	}
	free(path);
	char **files = NULL;
	int n = 0;
	for (int i = 2; i < argc; i++) add_path(argv[i], &files, &n);
	char **text = xcalloc((size_t)n, sizeof *text);
	size_t *len = xcalloc((size_t)n, sizeof *len);
	for (int i = 0; i < n; i++) {
		char *why = NULL;
		text[i] = text_file_read(files[i], &len[i], &why);
		if (!text[i]) {
			free(why);
			continue;
		}
		Doc *d = NULL;
		char *stem = file_stem(files[i]);
		if (statute_parse(lex, stem, files[i], text[i], len[i], &d, &why) == LG_OK)
			acts_key_for_title(acts, d->title ? d->title : d->name, d->type);
		free(why);
		free(stem);
		doc_free(d);
	}
	CiteParser *cp = cite_parser_new(acts, lex, &err);
	if (!cp) {
		fprintf(stderr, "cite_speed: %s\n", err);
		return 1;
	}
	size_t bytes = 0;
	long long cites = 0;
	double t0 = now();
	for (int i = 0; i < n; i++) {
		if (!text[i]) continue;
		Cite *c = NULL;
		int k = cite_extract(cp, text[i], len[i], &c);
		if (k > 0) cites += k;
		free(c);
		bytes += len[i];
	}
	double secs = now() - t0;
	printf("%zu bytes, %lld citations, %.2f s, %.1f MB/s\n", bytes, cites, secs,
	       secs > 0 ? (double)bytes / 1e6 / secs : 0);
	for (int i = 0; i < n; i++) {
		free(text[i]);
		free(files[i]);
	}
	free(files);
	free(text);
	free(len);
	cite_parser_free(cp);
	acts_free(acts);
	lexicon_free(lex);
	return 0;
}
