/*
** check_input.c -- what the argument of check names and whether it can be
** checked: a file (read whole; a statute, with its header or without, is
** refused) or the name of an indexed letter (its file is read). Also the date
** an indexed document has, for a file that gives none, and the files a folder
** given to `check --summary` holds.
*/
#include "check_int.h"
#include "pdf.h"
#include "statute.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Whether line l[0..ln) is one of a letter's: "Svar:", "Med venlig hilsen",
** "Kære ...", "... stillet følgende spørgsmål". */
static int letter_line(const Checker *c, const char *l, size_t ln) {
	size_t k = lexlist_prefix(c->answer_label, l, ln, LEX_CASELESS, NULL);
	if (k && k < ln && l[k] == ':') return 1;
	if (lexlist_search(c->closing, l, ln, LEX_CASELESS, &k, NULL)) return 1;
	k = lexlist_prefix(c->salutation, l, ln, LEX_EXACT, NULL);
	if (k && k < ln && l[k] == ' ') return 1;
	return lexlist_search(c->question_intro, l, ln, LEX_NOBOUND, &k, NULL) != NULL;
}

/* Whether buf is the body of a statute without its header: paragraphs that
** open with a section heading ("§ 13 b. ..."), three or more, and none of a
** letter's lines. */
static int statute_body(const Checker *c, const char *buf, size_t n) {
	int heads = 0;
	for (size_t p = 0; p < n;) {
		const char *nl = memchr(buf + p, '\n', n - p);
		size_t le = nl ? (size_t)(nl - buf) : n;
		const char *l = buf + p;
		size_t ln = le - p;
		if (ln > 4 && !memcmp(l, "§ ", 3) && l[3] >= '0' && l[3] <= '9') {
			size_t k = 3;
			while (k < ln && ((l[k] >= '0' && l[k] <= '9') || (l[k] >= 'a' && l[k] <= 'z') || l[k] == ' '))
				k++;
			heads += k < ln && l[k] == '.';
		}
		if (letter_line(c, l, ln)) return 0;
		p = le + 1;
	}
	return heads >= 3;
}

/* Reads path whole (a PDF through pdftotext) and checks it is a letter's text.
** NULL, *err and *rc (LG_USAGE; LG_ERROR when a PDF's reading failed, e.g.
** pdftotext is not installed) on failure. */
static char *read_input(const Checker *c, const char *path, size_t *n, int *rc, char **err) {
	char *why = NULL, *buf = NULL;
	int pdf = 0;
	PdfBounds bounds = {0, c->cancelled, c->cancel_ctx};
	*rc = docfile_read(path, &bounds, &buf, n, &pdf, &why);
	if (*rc != LG_OK) {
		*err = xprintf("cannot check '%s': %s", path, why);
		free(why);
		return NULL;
	}
	*rc = LG_USAGE;   /* for the refusals below */
	if (statute_sniff(buf, *n) && !strncmp(buf, "Title:", 6)) {
		*err = xprintf("cannot check '%s': it is a statute; check reads answers, letters and "
		               "annexes", path);
		free(buf);
		return NULL;
	}
	if (statute_sniff(buf, *n) && statute_body(c, buf, *n)) {
		*err = xprintf("cannot check '%s': it is the text of a statute (paragraphs headed "
		               "\"§ 1.\", \"§ 2.\", ...); check reads answers, letters and annexes", path);
		free(buf);
		return NULL;
	}
	return buf;
}

char *check_indexed_date(Checker *c, const char *name, const char *path) {
	CheckDocRow row;
	char *date = NULL;
	if (read_check_doc(c->rd, name, &row) && row.path && row.date) {
		char *a = realpath(row.path, NULL);
		char *b = realpath(path, NULL);
		if (a && b && !strcmp(a, b)) {
			date = row.date;
			row.date = NULL;
		}
		free(a);
		free(b);
	}
	check_doc_row_clear(&row);
	return date;
}

/* The file of the indexed document called arg, into in; LG_USAGE and *err when
** there is none or it is no letter. */
static int find_named(Checker *c, const char *arg, CheckInput *in, char **err) {
	CheckDocRow row;
	if (!read_check_doc(c->rd, arg, &row))
		*err = xprintf("cannot check '%s': no such file, and no indexed document has that name", arg);
	else if (!row.in_corpus || !row.path)
		*err = xprintf("cannot check '%s': it is known only by citation; there is no text of it",
		               arg);
	else if (!row.is_letter)
		*err = xprintf("cannot check '%s': it is a statute (%s); check reads answers, letters and "
		               "annexes", arg, row.type ? row.type : "?");
	else {
		in->path = row.path;
		row.path = NULL;
		in->only = xstrdup(arg);
	}
	check_doc_row_clear(&row);
	return in->path ? LG_OK : LG_USAGE;
}

int check_input_open(Checker *c, const char *arg, CheckInput *in, char **err) {
	memset(in, 0, sizeof *in);
	struct stat st;
	int exists = stat(arg, &st) == 0;
	if (exists && S_ISDIR(st.st_mode)) {
		*err = xprintf("cannot check '%s': it is a folder; check reads one file (or an indexed "
		               "document's name)", arg);
		return LG_USAGE;
	}
	if (exists) in->path = xstrdup(arg);
	else if (find_named(c, arg, in, err) != LG_OK) return LG_USAGE;
	int rc = LG_OK;
	in->text = read_input(c, in->path, &in->n, &rc, err);
	return in->text ? LG_OK : rc;
}

void check_input_clear(CheckInput *in) {
	free(in->path);
	free(in->only);
	free(in->text);
	memset(in, 0, sizeof *in);
}

static int by_name(const void *a, const void *b) {
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A name check reads from a folder: *.txt or *.pdf, not hidden. */
static int checkable_name(const char *name) {
	size_t n = strlen(name);
	return name[0] != '.' && n > 4 &&
	       (!strcmp(name + n - 4, ".txt") || !strcmp(name + n - 4, ".pdf"));
}

int check_files(const char *arg, char ***files, int *n, char **err) {
	*files = NULL;
	*n = 0;
	struct stat st;
	if (stat(arg, &st) != 0 || !S_ISDIR(st.st_mode)) {
		*files = xmalloc(sizeof **files);
		(*files)[(*n)++] = xstrdup(arg);   /* check_run says what is wrong with it */
		return LG_OK;
	}
	DIR *dir = opendir(arg);
	if (!dir) {
		*err = xprintf("cannot check '%s': cannot read the folder: %s", arg, strerror(errno));
		return LG_USAGE;
	}
	size_t al = strlen(arg);
	int slash = al && arg[al - 1] == '/';
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (!checkable_name(e->d_name)) continue;
		char *path = xprintf("%s%s%s", arg, slash ? "" : "/", e->d_name);
		struct stat fs;
		if (stat(path, &fs) == 0 && S_ISDIR(fs.st_mode)) {
			free(path);
			continue;
		}
		*files = xrealloc(*files, (size_t)(*n + 1) * sizeof **files);
		(*files)[(*n)++] = path;
	}
	closedir(dir);
	if (*n) qsort(*files, (size_t)*n, sizeof **files, by_name);
	return LG_OK;
}
