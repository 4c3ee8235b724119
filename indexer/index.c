/*
** index.c -- the indexing pipeline (see index.h): phase 1, the files.
**
** Phase 1 streams the files: read, check, parse (statute or letter), write the
** document and its provisions. Phase 2, the linker (link.c), then streams the
** provisions back out of the store and writes the edges. Resolution needs
** every document in place, hence two phases; neither keeps more than one
** document in memory.
*/
#include "index.h"
#include "lexres.h"
#include "acts.h"
#include "dbfile.h"
#include "doc.h"
#include "kind.h"
#include "letter.h"
#include "link.h"
#include "pdf.h"
#include "read.h"
#include "lexicon.h"
#include "statute.h"
#include "store.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>


typedef struct FileId {
	dev_t dev;
	ino_t ino;
} FileId;

typedef struct Build {
	Store *store;
	Acts *acts;
	Lexicon *lex;
	LetterParser *lp;  /* made once, with the lexicon */
	Reader *rd;        /* reads of the index being built */
	const LexList *amending_title;
	const LexList *amending_title_also;
	const LexList *letter_title;   /* the words of letters' short names */
	IndexReport report;
	IndexProgressFn progress;
	void *ctx;
	const IndexHooks *hooks;
	int stop;             /* a write failed for good, or the caller cancelled: stop reading */
	IndexStats *stats;
	int counting;         /* walking the paths only to count their files */
	long long total;      /* the files to read */
	FileId *seen;         /* the files and folders walked in this pass: a hash set */
	size_t n_seen, cap_seen;   /* cap_seen: a power of two, or 0 */
} Build;

static void progress(Build *b, IndexPhase phase, long long done, long long total) {
	IndexProgress p = {phase, done, total};
	if (b->progress) b->progress(b->ctx, &p);
}

static void say(Build *b, int level, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void say(Build *b, int level, const char *fmt, ...) {
	if (!b->report) return;
	Buf m = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&m, fmt, ap);
	va_end(ap);
	b->report(b->ctx, level, m.s);
	buf_free(&m);
}

/* A hash of the words of a letter's paragraphs: the same letter sent twice, with
** other letterheads or page breaks, hashes the same. */
static char *text_hash(const Doc *d) {
	unsigned long long h = 1469598103934665603ull;
	int any = 0;
	for (int i = 0; i < d->n_nodes; i++) {
		const Node *n = &d->nodes[i];
		if (n->kind != NODE_PARA) continue;
		any = 1;
		for (size_t k = n->start; k < n->end; k++) {
			unsigned char c = (unsigned char)d->text[k];
			if (c < 0x80 && !((c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z')))
				continue;
			if (c < 0x80) c |= (c >= 'A' && c <= 'Z') ? 32 : 0;
			h = (h ^ c) * 1099511628211ull;
		}
	}
	return any ? xprintf("%016llx", h) : NULL;
}

/* A letter's short name, in the words of the lexicon's letter_title list:
** "spm. nr. 497 (alm. del)", "Bilag 1 (2022-06-03)", "brev J.nr. 2022 - 4507". */
static char *letter_short(const LexList *w, const Doc *d) {
	if (d->question)
		return xprintf("%s %s (%s)", lexlist_value(w, "question_short"), d->question,
		               d->case_ ? d->case_ : lexlist_value(w, "ordinary_case"));
	if (doc_kind(d->type) == DOC_BILAG && d->title) {
		const char *dot = strchr(d->title, '.');
		size_t n = dot ? (size_t)(dot - d->title) : strlen(d->title);
		return xprintf("%.*s (%s)", (int)n, d->title,
		               d->date ? d->date : lexlist_value(w, "undated"));
	}
	if (d->journal)
		return xprintf("%s %s %s", lexlist_value(w, "letter_short"), lexlist_value(w, "journal"),
		               d->journal);
	return xprintf("%s %s", lexlist_value(w, "letter_short"), d->date ? d->date : d->name);
}

/* Whether title is an amending act's (lexicon amending_title, at its start, or
** amending_title_also, before its parenthesis): its body holds only the quoted
** new texts of the acts it amends. */
static int is_amending_title(const Build *b, const char *title) {
	if (!title) return 0;
	size_t n = strlen(title);
	if (lexlist_prefix(b->amending_title, title, n, LEX_CASELESS | LEX_NOBOUND, NULL) > 0) return 1;
	const char *paren = strchr(title, '(');
	return lexlist_search(b->amending_title_also, title, paren ? (size_t)(paren - title) : n,
	                      LEX_CASELESS, NULL, NULL) != NULL;
}

static void write_doc(Build *b, Doc *d, int letter) {
	if (read_doc_name_taken(b->rd, d->name)) {
		say(b, 0, "%s: %s is already indexed, skipped", d->path, d->name);
		b->stats->skipped++;
		return;
	}
	const char *act;
	char *shrt = NULL, *hash = NULL;
	long long dup = 0, id = 0;
	if (letter) {
		act = acts_add(b->acts, d->name, d->type ? d->type : doc_kind_name(DOC_BREV),
		               d->title ? d->title : d->name);
		shrt = letter_short(b->letter_title, d);
		acts_set_short(b->acts, act, shrt);
		hash = text_hash(d);
		if (hash) dup = read_doc_by_hash(b->rd, hash);
		if (dup && !d->date) { /* the same letter, sent again: it carries the first one's date */
			free(d->date);
			d->date = read_doc_date(b->rd, dup);
		}
	} else {
		d->amending = is_amending_title(b, d->title);
		act = acts_key_for_title(b->acts, d->title ? d->title : d->name, d->type);
		shrt = xstrdup(acts_short(b->acts, act));
	}
	if (store_doc(b->store, d, act, shrt, hash, dup, &id) == LG_OK) {
		b->stats->documents++;
		b->stats->provisions += d->n_nodes;
		b->stats->quotes += d->n_quotes;
		if (dup) say(b, 0, "%s: %s has the same text as an indexed document", d->path, d->name);
		if (d->n_unclosed)
			say(b, 2, "%s: %d quotation mark%s never closed (the first on line %d of %s); a "
			    "quotation left open ends with its paragraph, one followed there by another "
			    "opening mark is not stored", d->path, d->n_unclosed, d->n_unclosed == 1 ? "" : "s",
			    doc_line_at(d, d->first_unclosed), d->name);
	} else if (store_fatal(b->store)) {
		b->stop = 1;   /* the build cannot go on; index_build says why */
	} else {
		say(b, 1, "%s: %s", d->path, store_errmsg(b->store));
		b->stats->failed++;
	}
	free(shrt);
	free(hash);
}

static void index_file(Build *b, const char *path) {
	size_t n = 0;
	char *why = NULL;
	b->stats->files++;
	char *buf = NULL;
	int pdf = 0;   /* a PDF is a letter: ministries publish letters and answers so */
	PdfBounds bounds = {0, b->hooks->cancelled, b->ctx};
	int rc = docfile_read(path, &bounds, &buf, &n, &pdf, &why);
	if (rc != LG_OK && b->hooks->cancelled && b->hooks->cancelled(b->ctx)) {
		b->stop = 1;   /* stopped while pdftotext read it: the build stops, as between files */
		free(why);
		return;
	}
	if (rc != LG_OK) {
		say(b, 1, "cannot index '%s': %s", path, why);
		free(why);
		b->stats->failed++;
		return;
	}
	char *stem = file_stem(path);
	if (!pdf && statute_sniff(buf, n)) {
		Doc *d = NULL;
		if (statute_parse(b->lex, stem, path, buf, n, &d, &why) == LG_OK) write_doc(b, d, 0);
		else {
			say(b, 1, "cannot index '%s': %s", path, why ? why : "not a statute");
			b->stats->failed++;
		}
		doc_free(d);
	} else {
		Doc **docs = NULL;
		int nd = 0;
		if (letter_parse(b->lp, stem, path, buf, n, &docs, &nd, &why) == LG_OK && nd > 0) {
			for (int i = 0; i < nd; i++) write_doc(b, docs[i], 1);
		} else {
			say(b, 1, "cannot index '%s': %s", path, why ? why : "no document found in it");
			b->stats->failed++;
		}
		for (int i = 0; i < nd; i++) doc_free(docs[i]);
		free(docs);
	}
	free(why);
	free(stem);
	free(buf);
}

static int by_name(const void *a, const void *b) {
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t file_slot(const FileId *v, size_t cap, dev_t dev, ino_t ino) {
	size_t h = (size_t)((unsigned long long)ino * 0x9E3779B97F4A7C15ull ^ (unsigned long long)dev);
	size_t i = h & (cap - 1);
	while (v[i].ino && !(v[i].dev == dev && v[i].ino == ino)) i = (i + 1) & (cap - 1);
	return i;
}

/* Whether the file or folder st was walked before in this pass (a link to it, a
** folder linked into itself); else records it. */
static int walked(Build *b, const struct stat *st) {
	if (2 * (b->n_seen + 1) > b->cap_seen) {   /* grow: at most half full */
		size_t cap = b->cap_seen ? 2 * b->cap_seen : 1024;
		FileId *v = xcalloc(cap, sizeof *v);
		for (size_t i = 0; i < b->cap_seen; i++)
			if (b->seen[i].ino) v[file_slot(v, cap, b->seen[i].dev, b->seen[i].ino)] = b->seen[i];
		free(b->seen);
		b->seen = v;
		b->cap_seen = cap;
	}
	size_t i = file_slot(b->seen, b->cap_seen, st->st_dev, st->st_ino);
	if (b->seen[i].ino) return 1;
	b->seen[i] = (FileId){st->st_dev, st->st_ino ? st->st_ino : 1};
	b->n_seen++;
	return 0;
}

/* Why path cannot be walked: a dangling or looping link, or what stat says. */
static char *stat_why(const char *path, int err) {
	struct stat ls;
	if (lstat(path, &ls) == 0 && S_ISLNK(ls.st_mode) && (err == ELOOP || err == ENOENT))
		return xstrdup(err == ELOOP ? "a symbolic link that loops (it leads back to itself)"
		                            : "a symbolic link to nothing (its target does not exist)");
	return xstrdup(strerror(err));
}

static void skip(Build *b, const char *path, const char *why) {
	if (b->counting) return;
	say(b, 1, "cannot index '%s': %s", path, why);
	b->stats->failed++;
}

/* Whether a file in a folder is read: *.txt, *.pdf (any case). */
static int document_name(const char *name) {
	size_t len = strlen(name);
	return len > 4 && (!strcmp(name + len - 4, ".txt") || !strcasecmp(name + len - 4, ".pdf"));
}

/* Walks a file or folder: regular files are read (in a folder, *.txt and *.pdf), each
** file and folder once, by device and inode (a folder that holds a link to
** itself is read once); FIFOs, devices and sockets are named and skipped, never
** opened (opening a FIFO waits for a writer). */
static void index_path(Build *b, const char *path, int top) {
	if (b->stop) return;
	if (!b->counting && b->hooks->cancelled && b->hooks->cancelled(b->ctx)) {
		b->stop = 1;
		return;
	}
	struct stat st;
	if (stat(path, &st) != 0) {
		char *why = stat_why(path, errno);
		skip(b, path, why);
		free(why);
		return;
	}
	if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode)) {
		skip(b, path, file_type_why(st.st_mode));
		return;
	}
	if (walked(b, &st)) {
		if (!b->counting && top)
			say(b, 2, "'%s' was read already (under another name): read once", path);
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (b->counting) {
			b->total++;
			return;
		}
		index_file(b, path);
		progress(b, INDEX_READING, b->stats->files, b->total);
		return;
	}
	DIR *dir = opendir(path);
	if (!dir) {
		char *why = xprintf("cannot read the folder: %s", strerror(errno));
		skip(b, path, why);
		free(why);
		return;
	}
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(dir)) != NULL) {
		if (e->d_name[0] == '.') continue;
		names = xrealloc(names, (n + 1) * sizeof *names);
		names[n++] = xprintf("%s/%s", path, e->d_name);
	}
	closedir(dir);
	if (n) qsort(names, n, sizeof *names, by_name);   /* names is NULL for an empty folder */
	for (size_t i = 0; i < n; i++) {
		struct stat cs;
		int doc = document_name(names[i]);
		if (stat(names[i], &cs) == 0 ? S_ISDIR(cs.st_mode) || doc : doc)
			index_path(b, names[i], 0);   /* a *.txt or *.pdf that cannot be read is named there */
		free(names[i]);
	}
	free(names);
}

/* Every path given must exist: a mistyped one fails the build before it starts. */
static int paths_exist(char *const *paths, int n_paths, char **err) {
	for (int i = 0; i < n_paths; i++) {
		struct stat st;
		if (stat(paths[i], &st) == 0) continue;
		char *why = stat_why(paths[i], errno);
		*err = xprintf("cannot index '%s': %s; nothing was indexed", paths[i], why);
		free(why);
		return 0;
	}
	return 1;
}

/* A tick of the linker: n provisions linked. */
static void link_tick(void *ctx, long long n) {
	Build *b = ctx;
	progress(b, INDEX_LINKING, n, b->stats->provisions);
}

/* The word list and dictionaries of Debian, into the index (lexres.h); what
** is missing is said once. */
static int lexical_resources(Build *b) {
	const char *w = getenv("LOVGRAF_WORDS"), *de = getenv("LOVGRAF_DICT_DAN_ENG"),
	           *ed = getenv("LOVGRAF_DICT_ENG_DAN");
	LexResPaths p = {w ? w : LEXRES_WORDS, de ? de : LEXRES_DAN_ENG, ed ? ed : LEXRES_ENG_DAN};
	char *note = NULL;
	int rc = lexres_store(b->store, &p, &note);
	if (note) say(b, 2, "note: not installed: %s", note);
	free(note);
	return rc;
}

int index_build(const char *db_path, const char *corpus_dir, char *const *paths, int n_paths,
                const IndexHooks *hooks, IndexStats *stats, char **err) {
	Build b = {.report = hooks->report, .progress = hooks->progress, .ctx = hooks->ctx,
	           .hooks = hooks, .stats = stats};
	memset(stats, 0, sizeof *stats);
	if (!paths_exist(paths, n_paths, err)) return LG_USAGE;
	DbTarget target;
	if (dbfile_target(db_path, hooks->force, &target, err) != LG_OK) {
		dbfile_target_clear(&target);
		return LG_USAGE;
	}
	char *stale = NULL;
	int n_stale = dbfile_remove_stale(target.path, &stale);
	if (n_stale)   /* level 1: said even with --quiet */
		say(&b, 1, "removed %d temporary file%s of an interrupted build: %s", n_stale,
		    n_stale == 1 ? "" : "s", stale);
	free(stale);
	char *acts_tsv = xprintf("%s/acts.tsv", corpus_dir);
	char *lex_tsv = xprintf("%s/lexicon.tsv", corpus_dir);
	int ok = lexicon_load(lex_tsv, &b.lex, err) == LG_OK && (b.acts = acts_new(b.lex, err)) &&
	         acts_load(b.acts, acts_tsv, err) == LG_OK;
	free(acts_tsv);
	free(lex_tsv);
	static const char *const LISTS[] = {"amending_title", "amending_title_also", "letter_title",
	                                    NULL};
	const LexList *lx[3];
	if (ok) ok = lexicon_lists(b.lex, LISTS, lx, err) == LG_OK;
	if (ok) {
		b.amending_title = lx[0];
		b.amending_title_also = lx[1];
		b.letter_title = lx[2];
	}
	if (ok) ok = (b.lp = letter_parser_new(b.lex, err)) != NULL;
	if (ok) b.store = store_create(target.path, err);
	if (!b.store) {
		letter_parser_free(b.lp);
		acts_free(b.acts);
		lexicon_free(b.lex);
		dbfile_target_clear(&target);
		return LG_ERROR;
	}
	if (hooks->cancelled) store_set_cancel(b.store, hooks->cancelled, hooks->ctx);
	b.rd = reader_new(store_db(b.store));
	int rc = store_begin(b.store);
	b.counting = 1;   /* how many files there are, for the progress */
	for (int i = 0; i < n_paths; i++) index_path(&b, paths[i], 1);
	b.counting = 0;
	b.n_seen = 0;   /* the second pass walks them again */
	if (b.seen) memset(b.seen, 0, b.cap_seen * sizeof *b.seen);
	progress(&b, INDEX_READING, 0, b.total);
	for (int i = 0; rc == LG_OK && i < n_paths; i++) index_path(&b, paths[i], 1);
	if (rc == LG_OK && b.stop) {   /* a failed write says why; a cancel says nothing */
		*err = xstrdup(store_fatal(b.store) ? store_errmsg(b.store) : "interrupted");
		rc = LG_ERROR;
	}
	if (rc == LG_OK && stats->documents == 0) {
		*err = xstrdup("no document could be indexed");
		rc = LG_USAGE;   /* the input, not the work, failed */
	}
	if (rc == LG_OK) {
		progress(&b, INDEX_INDEXING, 0, 0);
		rc = store_index(b.store);
	}
	if (rc == LG_OK) {
		say(&b, 0, "linking citations of %lld provisions", stats->provisions);
		progress(&b, INDEX_LINKING, 0, stats->provisions);
		rc = link_all(b.store, b.rd, b.acts, b.lex, stats, link_tick, &b, err);
	}
	if (rc == LG_OK) progress(&b, INDEX_FINISHING, 0, 0);
	if (rc == LG_OK) rc = store_acts(b.store, b.acts);
	if (rc == LG_OK) rc = lexical_resources(&b);
	if (rc == LG_OK) {
		char v[64];
		snprintf(v, sizeof v, "%d", stats->documents);
		store_meta(b.store, "documents", v);
		time_t now = time(NULL);   /* when and from what: lovgraf --version says it */
		strftime(v, sizeof v, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
		store_meta(b.store, "built", v);
		Buf from = BUF_INIT;
		for (int i = 0; i < n_paths; i++) buf_printf(&from, "%s%s", i ? " " : "", paths[i]);
		store_meta(b.store, "corpus", from.s ? from.s : "");
		buf_free(&from);
		rc = store_end(b.store);
	}
	const char *fault = NULL;
	if (rc == LG_OK && reader_fault(b.rd, &fault)) {   /* a read of the new index failed */
		*err = xprintf("cannot read the new index back while building it: %s", fault);
		rc = LG_ERROR;
	}
	reader_free(b.rd);   /* its statements must be gone before the store closes */
	b.rd = NULL;
	if (rc == LG_OK) rc = store_commit(b.store, target.mode);
	if (rc != LG_OK && !*err) *err = xstrdup(store_errmsg(b.store));
	dbfile_target_clear(&target);
	reader_free(b.rd);
	store_close(b.store);
	letter_parser_free(b.lp);
	acts_free(b.acts);
	lexicon_free(b.lex);
	free(b.seen);
	return rc;
}
