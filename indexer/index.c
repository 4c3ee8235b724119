/*
** index.c -- the indexing pipeline (see index.h).
**
** Phase 1 streams the files: read, check, parse (statute or letter), write the
** document and its provisions. Phase 2 streams the provisions back out of the
** store and writes the edges: citations found in each provision's own text
** (not in its children's), quotations with their attributions, and the acts an
** amending act amends or a repealing order repeals. Resolution needs every
** document in place, hence two phases; neither keeps more than one document
** in memory.
*/
#include "index.h"
#include "acts.h"
#include "cite.h"
#include "doc.h"
#include "letter.h"
#include "read.h"
#include "lexicon.h"
#include "resolve.h"
#include "statute.h"
#include "store.h"
#include "util.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>


typedef struct Build {
	Store *store;
	Acts *acts;
	Lexicon *lex;
	LetterParser *lp;  /* made once, with the lexicon */
	Reader *rd;        /* reads of the index being built */
	const LexList *amending_title;
	IndexReport report;
	void *ctx;
	IndexStats *stats;
} Build;

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

static char *letter_short(const Doc *d) {
	if (d->question)
		return xprintf("spm. nr. %s (%s)", d->question, d->case_ ? d->case_ : "alm. del");
	if (d->type && !strcmp(d->type, "BILAG") && d->title) {
		const char *dot = strchr(d->title, '.');
		size_t n = dot ? (size_t)(dot - d->title) : strlen(d->title);
		return xprintf("%.*s (%s)", (int)n, d->title, d->date ? d->date : "udateret");
	}
	if (d->journal) return xprintf("brev J.nr. %s", d->journal);
	return xprintf("brev %s", d->date ? d->date : d->name);
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
		act = acts_add(b->acts, d->name, d->type ? d->type : "BREV", d->title ? d->title : d->name);
		shrt = letter_short(d);
		acts_set_short(b->acts, act, shrt);
		hash = text_hash(d);
		if (hash) dup = store_doc_by_hash(b->store, hash);
		if (dup && !d->date) { /* the same letter, sent again: it carries the first one's date */
			free(d->date);
			d->date = read_doc_date(b->rd, dup);
		}
	} else {
		d->amending = d->title && lexlist_prefix(b->amending_title, d->title, strlen(d->title),
		                                         LEX_CASELESS | LEX_NOBOUND, NULL) > 0;
		act = acts_key_for_title(b->acts, d->title ? d->title : d->name, d->type);
		shrt = xstrdup(acts_short(b->acts, act));
	}
	if (store_doc(b->store, d, act, shrt, hash, dup, &id) == LG_OK) {
		b->stats->documents++;
		b->stats->provisions += d->n_nodes;
		b->stats->quotes += d->n_quotes;
		if (dup) say(b, 0, "%s: %s has the same text as an indexed document", d->path, d->name);
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
	char *buf = text_file_read(path, &n, &why);
	if (!buf) {
		say(b, 1, "cannot index '%s': %s", path, why);
		free(why);
		b->stats->failed++;
		return;
	}
	char *stem = file_stem(path);
	if (statute_sniff(buf, n)) {
		Doc *d = NULL;
		if (statute_parse(stem, path, buf, n, &d, &why) == LG_OK) write_doc(b, d, 0);
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

static void index_path(Build *b, const char *path, int top) {
	struct stat st;
	if (stat(path, &st) != 0) {
		say(b, 1, "cannot index '%s': %s", path, strerror(errno));
		b->stats->failed++;
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		index_file(b, path);
		return;
	}
	DIR *dir = opendir(path);
	if (!dir) {
		say(b, 1, "cannot read folder '%s': %s", path, strerror(errno));
		b->stats->failed++;
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
	qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		struct stat cs;
		size_t len = strlen(names[i]);
		if (stat(names[i], &cs) == 0 &&
		    (S_ISDIR(cs.st_mode) || (len > 4 && !strcmp(names[i] + len - 4, ".txt"))))
			index_path(b, names[i], 0);
		free(names[i]);
	}
	free(names);
	(void)top;
}

/* ---- phase 2: edges ---------------------------------------------------- */

typedef struct Linker {
	Build *b;
	CiteParser *cp;
	Resolver *rv;
	sqlite3_stmt *children, *repeal_doc;
	pcre2_code *repeal_re;
	pcre2_match_data *md;
	/* letters: "vejledningens afsnit 4.2" names the guideline named last,
	** possibly in an earlier paragraph of the same document */
	long long guide_doc;
	char guide[128];
} Linker;

/* In a letter, a § that names no act is read in the act named last before it
** in the paragraph: "Det følger af LAB § 53, stk. 4, at ”For personer omfattet
** af § 6, nr. 1-3 ...”" cites LAB § 6. */
static void carry_act(Cite *c, int n) {
	const char *last = NULL;
	int known = 0;
	for (int i = 0; i < n; i++) {
		if (c[i].act[0]) {
			last = c[i].act;
			known = c[i].act_known;
		} else if (last && (c[i].kind == CITE_SECTION || c[i].kind == CITE_CHAPTER)) {
			memmove(c[i].act, last, sizeof c[i].act);
			c[i].act_known = known;
		}
	}
}

static int is_guideline(const Acts *acts, const char *key) {
	const char *k = acts_kind(acts, key);
	return k && (!strcmp(k, "VEJ") || !strcmp(k, "SKR") || !strcmp(k, "CIR"));
}

static void carry_guideline(Linker *l, const Context *ctx, Cite *c, int n) {
	if (ctx->act) return; /* only letters speak of "vejledningen" across paragraphs */
	carry_act(c, n);
	if (l->guide_doc != ctx->doc) {
		l->guide_doc = ctx->doc;
		l->guide[0] = 0;
	}
	for (int i = 0; i < n; i++) {
		if (c[i].act[0] && c[i].act_known && is_guideline(l->b->acts, c[i].act))
			snprintf(l->guide, sizeof l->guide, "%s", c[i].act);
		else if (c[i].kind == CITE_PART && !c[i].act[0] && l->guide[0]) {
			memcpy(c[i].act, l->guide, sizeof c[i].act);
			c[i].act_known = 1;
		}
	}
}

static void write_targets(Linker *l, const char *kind, long long src, const char *text,
                          const Cite *c, const Target *t, int nt, const char *quote,
                          size_t base) {
	for (int i = 0; i < nt; i++) {
		/* never an edge from a provision to itself: "1. pkt." of its own stk. is
		** no link in the graph, and a self-loop is most often a misreading */
		if (t[i].dst == src) continue;
		const Cite *ci = &c[t[i].cite];
		char *raw = xstrndup(text + ci->start, ci->end - ci->start);
		EdgeRow e = {.kind = kind, .src = src, .dst = t[i].dst, .t_act = t[i].act,
		             .t_chapter = t[i].chapter, .t_section = t[i].section, .t_stk = t[i].stk,
		             .t_nr = t[i].nr, .t_part = t[i].part, .raw = raw,
		             .start = (long long)(base + ci->start), .end = (long long)(base + ci->end),
		             .quote = quote};
		if (store_edge(l->b->store, &e) == LG_OK) {
			l->b->stats->edges++;
			if (!t[i].dst) l->b->stats->unresolved++;
		}
		free(raw);
	}
}

/* Citations in the parts of text not covered by the provision's children. */
static void link_provision(Linker *l, long long id, const Context *ctx, const char *text,
                           size_t len, long long start) {
	sqlite3_stmt *st = l->children;
	sqlite3_bind_int64(st, 1, id);
	size_t from = 0;
	/* a section's heading "§ 53." is not a citation of itself */
	if (text[0] == '\xc2' && len > 2 && (unsigned char)text[1] == 0xa7) {
		const char *dot = memchr(text, '.', len < 24 ? len : 24);
		if (dot) from = (size_t)(dot - text) + 1;
	}
	for (int more = 1; more;) {
		size_t to = len;
		long long cs = -1, ce = -1;
		if (sqlite3_step(st) == SQLITE_ROW) {
			cs = sqlite3_column_int64(st, 0) - start;
			ce = sqlite3_column_int64(st, 1) - start;
			if (cs >= 0 && (size_t)cs <= len) to = (size_t)cs;
		} else more = 0;
		if (to > from) {
			Cite *c = NULL;
			int nc = cite_extract(l->cp, text + from, to - from, &c);
			carry_guideline(l, ctx, c, nc);
			if (nc > 0) {
				Target *t = NULL;
				int nt = 0;
				Context cx = *ctx;
				resolve(l->rv, &cx, c, nc, &t, &nt);
				write_targets(l, "cites", id, text + from, c, t, nt, NULL, (size_t)start + from);
				targets_free(t, nt);
			}
			free(c);
		}
		if (ce >= 0 && (size_t)ce > from) from = (size_t)ce <= len ? (size_t)ce : len;
	}
	sqlite3_reset(st);
}

static void link_quotes(Linker *l) {
	sqlite3 *db = store_db(l->b->store);
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT q.src, q.quote, q.attribution, d.date FROM quotes q"
	                       " JOIN provisions p ON p.id=q.src JOIN documents d ON d.id=p.doc"
	                       " ORDER BY q.id", -1, &st, NULL) != SQLITE_OK)
		return;
	while (sqlite3_step(st) == SQLITE_ROW) {
		long long src = sqlite3_column_int64(st, 0);
		const char *quote = (const char *)sqlite3_column_text(st, 1);
		const char *attr = (const char *)sqlite3_column_text(st, 2);
		const char *date = (const char *)sqlite3_column_text(st, 3);
		Cite one;
		if (resolve_attribution(l->cp, attr, strlen(attr), &one)) {
			Context cx = {.date = date, .quote = quote};
			Target *t = NULL;
			int nt = 0;
			resolve(l->rv, &cx, &one, 1, &t, &nt);
			write_targets(l, "quotes", src, attr, &one, t, nt > 1 ? 1 : nt, quote, 0);
			targets_free(t, nt);
		}
	}
	sqlite3_finalize(st);
}

/* "Lov om ændring af lov om X, lov om Y og ..." amends X and Y; "Bekendtgørelse
** om ophævelse af bekendtgørelse om Z" repeals Z; "Bekendtgørelse nr. 2409 af 13.
** december 2021 ... ophæves" repeals that document. */
static void link_title(Linker *l, long long root, const char *act, const char *title,
                       const char *date) {
	static const struct { const char *lead, *kind; } LEADS[] = {
		{"om ændring af ", "amends"}, {"om ophævelse af ", "repeals"}};
	for (size_t k = 0; k < 2; k++) {
		const char *p = strstr(title, LEADS[k].lead);
		if (!p) continue;
		const char *s = p + strlen(LEADS[k].lead);
		const char *end = strchr(s, '(');
		size_t n = end ? (size_t)(end - s) : strlen(s);
		for (size_t i = 0; i < n;) {
			const char *key = NULL;
			size_t m = (i == 0 || s[i - 1] == ' ') ? acts_match(l->b->acts, s + i, n - i, &key) : 0;
			if (m && key && strcmp(key, act)) {
				long long doc = resolve_version(l->rv, key, date);
				long long dst = doc ? read_doc_root(l->b->rd, doc) : 0;
				char *raw = xstrndup(s + i, m);
				EdgeRow e = {.kind = LEADS[k].kind, .src = root, .dst = dst, .t_act = key,
				             .raw = raw};
				if (store_edge(l->b->store, &e) == LG_OK) l->b->stats->edges++;
				free(raw);
				i += m;
			} else i++;
		}
	}
}

static void link_repeal_text(Linker *l, long long src, const char *text, size_t len) {
	if (!strstr(text, "ophæves")) return;
	size_t off = 0;
	while (off < len && pcre2_match(l->repeal_re, (PCRE2_SPTR)text, len, off, 0, l->md, NULL) > 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(l->md);
		char *num = xstrndup(text + ov[2], ov[3] - ov[2]);
		char *year = xstrndup(text + ov[4], ov[5] - ov[4]);
		sqlite3_stmt *st = l->repeal_doc;
		sqlite3_bind_text(st, 1, num, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 2, year, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(st) == SQLITE_ROW) {
			char *raw = xstrndup(text + ov[0], ov[1] - ov[0]);
			EdgeRow e = {.kind = "repeals", .src = src, .dst = sqlite3_column_int64(st, 0),
			             .t_act = (const char *)sqlite3_column_text(st, 1), .raw = raw,
			             .start = (long long)ov[0], .end = (long long)ov[1]};
			if (store_edge(l->b->store, &e) == LG_OK) l->b->stats->edges++;
			free(raw);
		}
		sqlite3_reset(st);
		free(num);
		free(year);
		off = ov[1] > off ? ov[1] : off + 1;
	}
}

static int link_all(Build *b, char **err) {
	sqlite3 *db = store_db(b->store);
	Linker l = {.b = b};
	int rc = LG_ERROR;
	int ec;
	PCRE2_SIZE eo;
	l.cp = cite_parser_new(b->acts, b->lex, err);
	if (!l.cp) return LG_ERROR;
	l.rv = resolver_new(db, b->acts, b->store, err);
	l.repeal_re = pcre2_compile((PCRE2_SPTR) "(?i)(?:lov|bekendtgørelse|lovbekendtgørelse)\\s+"
	                            "nr\\.\\s*(\\d+)\\s+af\\s+\\d{1,2}\\.\\s+\\w+\\s+(\\d{4})",
	                            PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
	if (!l.rv || !l.repeal_re) goto done;
	pcre2_jit_compile(l.repeal_re, PCRE2_JIT_COMPLETE);
	l.md = pcre2_match_data_create_from_pattern(l.repeal_re, NULL);
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT start, end FROM provisions WHERE parent=? ORDER BY start",
	                       -1, &l.children, NULL) ||
	    sqlite3_prepare_v2(db, "SELECT p.id, d.act FROM documents d, provisions p"
	                       " WHERE d.number=?1 AND substr(d.date,1,4)=?2 AND d.in_corpus=1"
	                       " AND p.doc=d.id AND p.kind='document' LIMIT 1",
	                       -1, &l.repeal_doc, NULL) ||
	    sqlite3_prepare_v2(db, "SELECT p.id, p.doc, p.act, p.kind, p.section, p.stk, p.nr,"
	                       " p.text, p.start, d.date, d.type, d.title FROM provisions p"
	                       " JOIN documents d ON d.id=p.doc WHERE d.in_corpus=1 AND d.same_as"
	                       " IS NULL AND p.repealed=0 AND p.kind IN ('document','section','stk',"
	                       "'nr','litra','paragraph','question') ORDER BY p.id",
	                       -1, &st, NULL)) {
		*err = xprintf("cannot read the provisions back: %s", sqlite3_errmsg(db));
		goto done;
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		const char *act = (const char *)sqlite3_column_text(st, 2);
		const char *kind = (const char *)sqlite3_column_text(st, 3);
		const char *text = (const char *)sqlite3_column_text(st, 7);
		size_t len = (size_t)sqlite3_column_bytes(st, 7);
		const char *date = (const char *)sqlite3_column_text(st, 9);
		const char *type = (const char *)sqlite3_column_text(st, 10);
		int letter = type && (!strcmp(type, "SVAR") || !strcmp(type, "BREV") ||
		                      !strcmp(type, "BILAG"));
		if (!strcmp(kind, "document")) {
			const char *title = (const char *)sqlite3_column_text(st, 11);
			if (title && !letter) {
				char *low = xstrdup(title);
				for (char *c = low; *c; c++)
					if (*c >= 'A' && *c <= 'Z') *c += 32;
				link_title(&l, id, act, low, date);
				free(low);
			}
			continue;
		}
		Context ctx = {.act = letter ? NULL : act, .doc = sqlite3_column_int64(st, 1),
		               .date = date, .section = (const char *)sqlite3_column_text(st, 4),
		               .stk = sqlite3_column_int(st, 5),
		               .nr = (const char *)sqlite3_column_text(st, 6),
		               .quote = letter ? text : NULL};
		link_provision(&l, id, &ctx, text, len, sqlite3_column_int64(st, 8));
		if (!letter) link_repeal_text(&l, id, text, len);
	}
	sqlite3_finalize(st);
	link_quotes(&l);
	rc = LG_OK;
done:
	sqlite3_finalize(l.children);
	sqlite3_finalize(l.repeal_doc);
	pcre2_match_data_free(l.md);
	pcre2_code_free(l.repeal_re);
	resolver_free(l.rv);
	cite_parser_free(l.cp);
	return rc;
}

int index_build(const char *db_path, const char *corpus_dir, char *const *paths, int n_paths,
                IndexReport report, void *ctx, IndexStats *stats, char **err) {
	Build b = {.report = report, .ctx = ctx, .stats = stats};
	memset(stats, 0, sizeof *stats);
	b.acts = acts_new();
	char *acts_tsv = xprintf("%s/acts.tsv", corpus_dir);
	char *lex_tsv = xprintf("%s/lexicon.tsv", corpus_dir);
	int ok = acts_load(b.acts, acts_tsv, err) == LG_OK && lexicon_load(lex_tsv, &b.lex, err) == LG_OK;
	free(acts_tsv);
	free(lex_tsv);
	if (ok) ok = (b.amending_title = lexicon_list(b.lex, "amending_title")) != NULL ||
	             !(*err = xstrdup("the lexicon has no list 'amending_title'"));
	if (ok) ok = (b.lp = letter_parser_new(b.lex, err)) != NULL;
	if (ok) b.store = store_create(db_path, err);
	if (!b.store) {
		letter_parser_free(b.lp);
		acts_free(b.acts);
		lexicon_free(b.lex);
		return LG_ERROR;
	}
	b.rd = reader_new(store_db(b.store));
	int rc = store_begin(b.store);
	for (int i = 0; rc == LG_OK && i < n_paths; i++) index_path(&b, paths[i], 1);
	if (rc == LG_OK && stats->documents == 0) {
		*err = xstrdup("no document could be indexed; the previous index is kept");
		rc = LG_ERROR;
	}
	if (rc == LG_OK) rc = store_index(b.store);
	if (rc == LG_OK) {
		say(&b, 0, "linking citations of %lld provisions", stats->provisions);
		rc = link_all(&b, err);
	}
	if (rc == LG_OK) rc = store_acts(b.store, b.acts);
	if (rc == LG_OK) {
		char v[64];
		snprintf(v, sizeof v, "%d", stats->documents);
		store_meta(b.store, "documents", v);
		rc = store_end(b.store);
	}
	reader_free(b.rd);   /* its statements must be gone before the store closes */
	b.rd = NULL;
	if (rc == LG_OK) rc = store_commit(b.store);
	if (rc != LG_OK && !*err) *err = xstrdup(store_errmsg(b.store));
	reader_free(b.rd);
	store_close(b.store);
	letter_parser_free(b.lp);
	acts_free(b.acts);
	lexicon_free(b.lex);
	return rc;
}
