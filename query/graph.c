/*
** graph.c -- read-only lookups on the store (see graph.h).
*/
#include "graph.h"
#include "citation.h"
#include "danish.h"
#include "kind.h"
#include "ref.h"
#include "timeline.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

struct Graph {
	sqlite3 *db;
	Acts *acts;
	Lexicon *lex;
	CiteParser *cp;
	Reader *rd;        /* every read of the index, shared with query code */
	Resolver *rv;
	Timeline *tl;      /* the law in force on a date, shared with query code */
	ActsSource src;    /* where acts reads the act table from */
	char today[16];
};

sqlite3 *graph_db(Graph *g) { return g->db; }
const Acts *graph_acts(Graph *g) { return g->acts; }
const Lexicon *graph_lexicon(Graph *g) { return g->lex; }
CiteParser *graph_cites(Graph *g) { return g->cp; }
Resolver *graph_resolver(Graph *g) { return g->rv; }
Reader *graph_reader(Graph *g) { return g->rd; }
int graph_fault(Graph *g, const char **msg) { return reader_fault(g->rd, msg); }
const char *graph_today(Graph *g) { return g->today; }

Timeline *graph_timeline(Graph *g) { return g->tl; }

/* The act table is read from the index on demand (acts_open_stored()): a
** command that names one act reads one act, not all of them. */
static int src_name(void *ctx, const char *s, size_t n, int *act, int *only) {
	return read_act_name(ctx, s, n, act, only);
}
static int src_act(void *ctx, int i, ActRow *row) { return read_act(ctx, i, row); }
static int src_find(void *ctx, const char *key) { return read_act_number(ctx, key); }

/* What is said of an index a read of which failed: damaged (a rebuild may need
** --force, as the file may no longer look like an index). */
static char *damaged(const char *db_path, const char *why) {
	return xprintf("the index %s is damaged or cannot be read (%s); rebuild it: lovgraf index "
	               "(with --force if it will not replace the damaged file)", db_path,
	               why ? why : "read error");
}

Graph *graph_open_db(const char *db_path, char **err) {
	if (access(db_path, R_OK) != 0) {
		*err = xprintf("no index at '%s'; build it with: lovgraf index", db_path);
		return NULL;
	}
	Graph *g = xcalloc(1, sizeof *g);
	time_t now = time(NULL);
	strftime(g->today, sizeof g->today, "%Y-%m-%d", gmtime(&now));
	if (sqlite3_open_v2(db_path, &g->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    danish_register(g->db) != SQLITE_OK) {
		*err = xprintf("cannot open the index '%s': %s", db_path, sqlite3_errmsg(g->db));
		graph_close(g);
		return NULL;
	}
	g->rd = reader_new(g->db);
	Item probe = {0};   /* the provisions and documents have the columns items are read from */
	const char *fault = NULL;
	int code = read_item(g->rd, 0, &probe) == LG_ERROR ? reader_fault(g->rd, &fault) & 0xFF : 0;
	if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_IOERR) {
		*err = damaged(db_path, fault);
		graph_close(g);
		return NULL;
	}
	if (code) {
		*err = xprintf("'%s' is not a lovgraf index (%s); rebuild it with: lovgraf index",
		               db_path, sqlite3_errmsg(g->db));
		graph_close(g);
		return NULL;
	}
	int version = read_schema_version(g->rd);
	if (version != atoi(LG_SCHEMA_VERSION)) {
		*err = xprintf("the index '%s' was built by %s lovgraf (schema %d, this one reads %s);"
		               " rebuild it with: lovgraf index", db_path,
		               version < atoi(LG_SCHEMA_VERSION) ? "an older" : "a newer", version,
		               LG_SCHEMA_VERSION);
		graph_close(g);
		return NULL;
	}
	char *want = read_meta(g->rd, "schema_hash"), *have = read_schema_hash(g->rd);
	int same = want && have && !strcmp(want, have);
	free(want);
	free(have);
	if (reader_fault(g->rd, &fault)) {   /* its schema or meta pages cannot be read */
		*err = damaged(db_path, fault);
		graph_close(g);
		return NULL;
	}
	if (!same) {   /* a hand-edited schema would be read wrongly (NULL where none can be) */
		*err = xprintf("the index '%s' was changed after it was built (its tables are not the ones"
		               " lovgraf made); rebuild it with: lovgraf index", db_path);
		graph_close(g);
		return NULL;
	}
	return g;
}

Graph *graph_open(const char *db_path, const char *corpus_dir, char **err) {
	Graph *g = graph_open_db(db_path, err);
	if (!g) return NULL;
	/* one read transaction for the whole command: a statement then takes no
	** lock of its own and the page cache stays valid between statements */
	if (sqlite3_exec(g->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
		*err = xprintf("cannot read the index '%s': %s", db_path, sqlite3_errmsg(g->db));
		graph_close(g);
		return NULL;
	}
	char *lex_tsv = xprintf("%s/lexicon.tsv", corpus_dir);
	int lex_rc = lexicon_load(lex_tsv, &g->lex, err);
	free(lex_tsv);
	if (lex_rc != LG_OK || !(g->tl = timeline_new(g->rd, g->lex, err))) {
		graph_close(g);
		return NULL;
	}
	g->src = (ActsSource){.ctx = g->rd, .name = src_name, .act = src_act, .find = src_find};
	if (read_act_table(g->rd, &g->src.n_act, &g->src.max_name) != LG_OK) {
		*err = xprintf("cannot read the act table of the index '%s': %s", db_path,
		               reader_errmsg(g->rd));
		graph_close(g);
		return NULL;
	}
	if (!(g->acts = acts_open_stored(g->lex, &g->src, err))) {
		graph_close(g);
		return NULL;
	}
	g->cp = cite_parser_new(g->acts, g->lex, err);
	if (!g->cp) {
		graph_close(g);
		return NULL;
	}
	g->rv = resolver_new(g->rd, g->acts);
	return g;
}

void graph_close(Graph *g) {
	if (!g) return;
	timeline_free(g->tl);
	resolver_free(g->rv);
	reader_free(g->rd);   /* before the database closes */
	cite_parser_free(g->cp);
	acts_free(g->acts);
	lexicon_free(g->lex);
	sqlite3_close(g->db);
	free(g);
}

int graph_item(Graph *g, long long id, Item *it) {
	int rc = read_item(g->rd, id, it);
	if (rc == LG_OK) it->citation = citation_of(g->lex, it);
	return rc == LG_ERROR ? LG_NOTFOUND : rc;
}

void graph_parts(Graph *g, long long id, Parts *out) {
	out->n = read_part_starts(g->rd, id, &out->at, &out->depth);
}

void parts_clear(Parts *p) {
	free(p->at);
	free(p->depth);
	memset(p, 0, sizeof *p);
}

int graph_children(Graph *g, long long id, const char *kind, Items *out) {
	long long *ids = NULL;
	int n = read_children(g->rd, id, kind, &ids);
	for (int i = 0; i < n; i++) {
		Item *it = items_add(out);
		if (graph_item(g, ids[i], it) != LG_OK) {
			item_clear(it);
			out->n--;
		}
	}
	free(ids);
	return LG_OK;
}

/* An item for a target that names something not in the index. */
static void target_item(Graph *g, Item *it, const char *act, const char *chapter,
                        const char *section, int stk, const char *nr, const char *litra,
                        const char *part) {
	int known = act && acts_known(g->acts, act);
	const char *shrt = known ? acts_short(g->acts, act) : act;
	it->ref = ref_format(shrt ? shrt : "", chapter, section, stk, nr, litra, part);
	it->doc = xstrdup(shrt && *shrt ? shrt : NULL);
	it->doc_title = known ? xstrdup(acts_title(g->acts, act)) : NULL;
	it->chapter = chapter && *chapter ? xstrdup(chapter) : NULL;
	it->section = section && *section ? xstrdup(section) : part && *part ? xstrdup(part) : NULL;
	it->subsection = stk ? xprintf("%d", stk) : NULL;
	it->item = nr && *nr ? xstrdup(nr) : NULL;
}

static int find_in_doc(Graph *g, const char *name, const char *rest, long long *id, char **err) {
	char *act = NULL;
	long long doc = read_doc_by_name(g->rd, name, &act);
	if (!doc) {
		free(act);
		return LG_NOTFOUND;
	}
	int rc = LG_NOTFOUND;
	while (*rest == ' ' || *rest == ',') rest++;
	if (!*rest) {
		long long root = read_doc_root(g->rd, doc);
		if (root) {
			*id = root;
			rc = LG_OK;
		}
	} else {
		Cite *c = NULL;
		int n = cite_extract(g->cp, rest, strlen(rest), &c);
		if (n > 0) {
			Context cx = {.act = act, .doc = doc};
			Target *t = NULL;
			int nt = 0;
			if (!c[0].act[0]) resolve(g->rv, &cx, c, 1, &t, &nt);
			if (nt > 0 && t[0].dst) {
				*id = t[0].dst;
				rc = LG_OK;
			}
			targets_free(t, nt);
		}
		free(c);
		if (rc != LG_OK) *err = xprintf("no '%s' in document %s", rest, name);
	}
	free(act);
	return rc;
}

/* The canonical form of anything in the index, e.g. a letter's paragraph
 * ("spm. nr. 214 (alm. del), afsnit 2"): the version in force on as_of. */
static int find_exact(Graph *g, const char *ref, const char *as_of, long long *id) {
	long long found = read_ref_exact(g->rd, ref, as_of ? as_of : g->today);
	if (!found) return LG_NOTFOUND;
	*id = found;
	return LG_OK;
}

/* A reference as a user types it, in the form the citation grammar reads:
** "stk 5" -> "stk. 5", "lov om sygedagpenge, § 21 a" -> "... § 21 a",
** "LAB 53" -> "LAB § 53". Caller frees. */
static char *user_ref(Graph *g, const char *ref) {
	Buf b = BUF_INIT;
	const char *key = NULL;
	size_t m = acts_match(g->acts, ref, strlen(ref), &key);
	for (size_t i = 0; ref[i]; i++) {
		if (i == m && m && key) {               /* after the act's name */
			size_t j = i;
			while (ref[j] == ' ' || ref[j] == ',') j++;
			if (ref[j] >= '0' && ref[j] <= '9') {
				buf_puts(&b, " § ");
				i = j - 1;
				continue;
			}
			if (!strncmp(ref + j, "§", 2) && j > i) {
				buf_putc(&b, ' ');
				i = j - 1;
				continue;
			}
		}
		/* "stk 5", "SDP section 21 a", "LAB kap. 19": a word before a number */
		const LexList *words = lexicon_list(g->lex, "ref_word");
		int kw = 0;
		for (int k = 0; words && k < words->n && !kw; k++) {
			size_t n = words->v[k].len;
			if ((i == 0 || ref[i - 1] == ' ' || ref[i - 1] == ',') &&
			    !strncasecmp(ref + i, words->v[k].word, n) && ref[i + n] == ' ' &&
			    ref[i + n + 1] >= '0' && ref[i + n + 1] <= '9') {
				buf_puts(&b, words->v[k].value);
				i += n - 1;
				kw = 1;
			}
		}
		if (!kw) buf_putc(&b, ref[i]);
	}
	return buf_take(&b);
}

/* The citation that reads most of the reference: the widest one. */
static int widest(const Cite *c, int n) {
	int best = 0;
	for (int i = 1; i < n; i++)
		if (c[i].end - c[i].start > c[best].end - c[best].start) best = i;
	return best;
}

/* Several provisions a reference names ("LAB §§ 53-54"): found in order. */
typedef struct Found {
	long long *v;
	int n;
} Found;

static int find_cited(Graph *g, const char *ref, const char *as_of, long long *id, Found *many,
                      char **err);

/* graph_find, or with many (not NULL) every provision of a range or list. */
static int find_any(Graph *g, const char *ref, const char *as_of, long long *id, Found *many,
                    char **err) {
	while (*ref == ' ') ref++;
	if (!*ref) {
		*err = xstrdup("empty reference; write one like: LAB § 53, stk. 4");
		return LG_USAGE;
	}
	int rc = find_cited(g, ref, as_of, id, many, err);
	if (rc == LG_OK || !*err) return rc;
	/* as typed it does not read: try it in the written form */
	char *norm = user_ref(g, ref);
	if (strcmp(norm, ref)) {
		char *err2 = NULL;
		int rc2 = find_cited(g, norm, as_of, id, many, &err2);
		if (rc2 == LG_OK || (rc2 == LG_NOTFOUND && err2)) {
			/* it reads so: found, or what it names is not in the index */
			free(*err);
			*err = err2;
			err2 = NULL;
			rc = rc2;
		}
		free(err2);
	}
	free(norm);
	return rc;
}

int graph_find(Graph *g, const char *ref, const char *as_of, long long *id, char **err) {
	return find_any(g, ref, as_of, id, NULL, err);
}

int graph_find_all(Graph *g, const char *ref, const char *as_of, long long **ids, int *n,
                   char **err) {
	Found f = {0};
	long long id = 0;
	int rc = find_any(g, ref, as_of, &id, &f, err);
	if (rc == LG_OK && !f.n) {   /* one provision */
		f.v = xmalloc(sizeof *f.v);
		f.v[f.n++] = id;
	}
	if (rc != LG_OK) {
		free(f.v);
		f.v = NULL;
		f.n = 0;
	}
	*ids = f.v;
	*n = f.n;
	return rc;
}

/* Why the widest citation c[k] of ref (of n, which resolved to t[0..nt) with
** no provision) finds nothing: LG_NOTFOUND or LG_USAGE with *err, or
** LG_NOTFOUND without one when ref reads as no citation at all. */
static int not_cited(Graph *g, const char *ref, const Cite *c, int n, int k, const Target *t,
                     int nt, char **err) {
	const char *title = nt > 0 ? acts_title(g->acts, t[0].act) : NULL;
	if (nt > 0 && !title && n > 0 && c[k].act[0] && !c[k].act_known) {
		*err = xprintf("'%s' names a document that is not in the index (%s)", ref, c[k].act);
		return LG_NOTFOUND;
	}
	if (nt > 0) {
		*err = xprintf("%s is not in the index: no such provision in any version of %s",
		               t[0].ref, title ? title : t[0].act);
		return LG_NOTFOUND;
	}
	if (n > 0 && c[k].act[0]) {
		*err = xprintf("'%s' names an act that is not in the index (%s)", ref, c[k].act);
		return LG_NOTFOUND;
	}
	if (n > 0 && c[k].start > 0) {
		/* words before the citation that name no act: "spm. nr. 214 (alm. del), afsnit 2" */
		*err = xprintf("'%s' is not in the index: no provision or passage has that reference "
		               "(letters' passages are listed by: lovgraf sql \"SELECT ref FROM "
		               "provisions WHERE kind='paragraph'\")", ref);
		return LG_NOTFOUND;
	}
	if (n > 0) {
		*err = xprintf("'%s' does not say which act; name it, as in: LAB § 53, stk. 4 or "
		               "§ 18 a i lov om social pension", ref);
		return LG_USAGE;
	}
	return LG_NOTFOUND;
}

/* Resolves the citation c[k] (of n) of ref, or ref as the whole name of an act
** when it has none, into *t and *nt. LG_USAGE with *err when the citation
** leaves words of ref unread. */
static int resolve_cited(Graph *g, const char *ref, const char *as_of, const Cite *c, int n,
                         int k, Target **t, int *nt, char **err) {
	const char *key = NULL;
	size_t len = strlen(ref);
	/* an act by name, or a document by number and date ("bekendtgørelse nr. 2409 af
	 * 13. december 2021 § 1"), which the resolver looks up */
	const LexList *label = lexicon_list(g->lex, "number_label");
	size_t ln;
	int at, numbered = n > 0 && label &&
	                   lexlist_search(label, c[k].act, strlen(c[k].act), LEX_CASELESS, &ln, &at);
	int named = n > 0 && c[k].act[0] && (c[k].act_known || numbered);
	/* what the citation leaves unread, past white space and punctuation */
	size_t rest = n > 0 ? c[k].end : 0;
	while (rest < len && strchr(" .,;:", ref[rest])) rest++;
	if (named && (c[k].start > 0 || rest < len)) {
		*err = xprintf("cannot read '%.*s' in '%s'; write a reference like: LAB § 53, stk. 4",
		               (int)(c[k].start > 0 ? c[k].start : len - rest),
		               c[k].start > 0 ? ref : ref + rest, ref);
		return LG_USAGE;
	}
	Context cx = {.date = as_of};
	if (named) {
		resolve(g->rv, &cx, &c[k], 1, t, nt);
	} else if (n == 0 && acts_match(g->acts, ref, len, &key) == len && key) {
		Cite whole = {.kind = CITE_ACT, .act_known = 1};
		snprintf(whole.act, sizeof whole.act, "%s", key);   /* keys fit: Acts keeps them short */
		resolve(g->rv, &cx, &whole, 1, t, nt);
	}
	return LG_OK;
}

/* A section no version of its act has, inserted by an amending act: the
** quoted new text (or its subsection, item), or 0. */
static long long inserted(Graph *g, const Target *t) {
	long long src = t->section[0] && !t->chapter[0] && !t->part[0]
	                ? timeline_inserted(g->tl, t->act, t->section) : 0;
	if (!src || (!t->stk && !t->nr[0] && !t->litra[0])) return src;
	long long doc = 0;
	char *act = NULL;
	read_provision_place(g->rd, src, &act, &doc);
	free(act);
	ReadPath p = {.section = t->section, .stk = t->stk, .nr = t->nr, .litra = t->litra};
	return doc ? read_find_in_doc(g->rd, doc, &p) : 0;
}

/* Every provision the citations of ref with the span of c[k] name (a range,
** a list: "LAB §§ 53-54", "LAB § 6, nr. 1 og 2"), in order, into *many; each
** must be in the index. */
static int find_several(Graph *g, const char *ref, const char *as_of, const Cite *c, int n,
                        int k, Found *many, char **err) {
	int rc = LG_OK;
	for (int i = 0; i < n; i++) {   /* what a range cannot mean, refused: never read in part */
		const Cite *x = &c[i];
		if (x->start != c[k].start || x->end != c[k].end) continue;
		if (x->sec_hi[0] && (x->stk || x->nr[0])) {
			*err = xprintf("'%s': a range of sections with a subsection or item is not read; "
			               "give each, as in: LAB § 53, stk. 2", ref);
			return LG_USAGE;
		}
		if ((x->sec_hi[0] && ref_section_key(x->sec_hi) < ref_section_key(x->sec)) ||
		    (x->stk_hi && x->stk_hi < x->stk) ||
		    (x->nr_hi[0] && atoi(x->nr_hi) < atoi(x->nr))) {
			*err = xprintf("'%s': the range runs backwards; write it from the lower number", ref);
			return LG_USAGE;
		}
	}
	for (int i = 0; rc == LG_OK && i < n; i++) {
		if (c[i].start != c[k].start || c[i].end != c[k].end) continue;
		Target *t = NULL;
		int nt = 0;
		rc = resolve_cited(g, ref, as_of, c, n, i, &t, &nt, err);
		for (int j = 0; rc == LG_OK && j < nt; j++) {
			long long id = t[j].dst ? t[j].dst : inserted(g, &t[j]);
			if (!id) {
				rc = not_cited(g, ref, c, n, i, &t[j], 1, err);
				break;
			}
			int dup = 0;   /* "§§ 5-6, stk. 2": a section the list names twice */
			for (int m = 0; m < many->n && !dup; m++) dup = many->v[m] == id;
			if (dup) continue;
			many->v = xrealloc(many->v, (size_t)(many->n + 1) * sizeof *many->v);
			many->v[many->n++] = id;
		}
		if (rc == LG_OK && nt == 0) rc = not_cited(g, ref, c, n, i, t, 0, err);
		targets_free(t, nt);
	}
	if (rc == LG_OK && many->n > MAX_FOUND) {
		*err = xprintf("'%s' names %d provisions; show shows at most %d at a time", ref, many->n,
		               MAX_FOUND);
		rc = LG_USAGE;
	}
	if (rc == LG_OK && !*err && !many->n) rc = LG_NOTFOUND;
	return rc;
}

/* An ELI address ("https://www.retsinformation.dk/eli/lta/2024/280#P53S4", or
** from "eli/" on): the provision it names, that version's, whatever the date.
** LG_NOTFOUND without *err when ref is no ELI address. */
static int find_eli(Graph *g, const char *ref, long long *id, char **err) {
	const char *e = strstr(ref, "eli/");
	if (!e || strchr(ref, ' ') || (e != ref && e[-1] != '/')) return LG_NOTFOUND;
	const char *host = strstr(ref, "://");
	if (host && host < e) {   /* an address of another site is not one of the index's */
		host += 3;
		size_t hn = (size_t)(e - 1 - host);
		const LexList *hosts = lexicon_list(g->lex, "eli_host");
		if (!hosts || lexlist_find(hosts, host, hn, LEX_CASELESS) < 0) {
			*err = xprintf("'%s' is not an ELI address of %s", ref,
			               hosts && hosts->n ? hosts->v[0].word : "retsinformation.dk");
			return LG_NOTFOUND;
		}
	}
	size_t n = strcspn(e, "#?");
	while (n > 0 && e[n - 1] == '/') n--;
	char *path = xprintf("/%.*s", (int)n, e);
	const char *frag = strchr(e, '#');
	*id = read_eli(g->rd, path, frag ? frag : "");
	if (!*id)
		*err = xprintf("no provision in the index has the ELI address '%s' (%s%s)", ref, path,
		               frag ? frag : "");
	free(path);
	return *id ? LG_OK : LG_NOTFOUND;
}

/* A document named by number and date ("bekendtgørelse nr. 280 af 5. juli
** 2024"; the resolver goes by number and year, as citations in texts need) is
** that very document: its date and its kind (the noun of citation_noun) as
** written. 0, or 1 with *err when the document found is another. */
static int numbered_other(Graph *g, const char *name, long long id, char **err) {
	const LexList *nouns = lexicon_list(g->lex, "citation_noun"),
	              *months = lexicon_list(g->lex, "month");
	Item it = {0};
	if (read_item(g->rd, id, &it) != LG_OK || !it.version_date || !it.version_type) {
		item_clear(&it);
		return 0;
	}
	char date[32] = "";
	for (const char *p = name; *p && !date[0]; p++)   /* the date: after a space, "5. juli 2024" */
		if (p > name && p[-1] == ' ' && *p >= '0' && *p <= '9')
			danish_date(months, p, strlen(p), date);
	int at = nouns ? lexlist_find(nouns, it.version_type, strlen(it.version_type), LEX_EXACT) : -1;
	const char *noun = at >= 0 ? nouns->v[at].value : "";
	size_t noun_n = strcspn(noun, " "), word_n = strcspn(name, " ");
	int same_kind = !*noun || (noun_n == word_n && !strncasecmp(name, noun, noun_n));
	int other = (date[0] && strcmp(date, it.version_date)) || !same_kind;
	if (other)
		*err = xprintf("'%s' is not in the index: its number is that of %s nr. %s af %s (%s)", name,
		               it.version_type, it.version_number ? it.version_number : "?",
		               it.version_date, it.version ? it.version : "?");
	item_clear(&it);
	return other;
}

static int find_cited(Graph *g, const char *ref, const char *as_of, long long *id, Found *many,
                      char **err) {
	if (find_eli(g, ref, id, err) == LG_OK || *err) return *err ? LG_NOTFOUND : LG_OK;
	/* "lta-2022-701 § 53": a provision of one particular document */
	size_t w = strcspn(ref, " ,");
	char *first = xstrndup(ref, w);
	int rc = find_in_doc(g, first, ref + w, id, err);
	free(first);
	if (rc == LG_OK || *err) return rc;
	if (find_exact(g, ref, as_of, id) == LG_OK) return LG_OK;

	Cite *c = NULL;
	int n = cite_extract(g->cp, ref, strlen(ref), &c);
	Target *t = NULL;
	int nt = 0;
	int k = n > 0 ? widest(c, n) : 0, parts = 0;
	for (int i = 0; i < n; i++) parts += c[i].start == c[k].start && c[i].end == c[k].end;
	int several = n > 0 && (parts > 1 || c[k].sec_hi[0] || c[k].stk_hi || c[k].nr_hi[0] ||
	                        c[k].chapter_hi[0]);   /* "stk. 4, stk. 9", "§§ 53-54" */
	if (several && many) {
		rc = find_several(g, ref, as_of, c, n, k, many, err);
		free(c);
		return rc;
	}
	if (several) {
		*err = xprintf("'%s' names several provisions (a list or a range); give one, as in: "
		               "LAB § 53, stk. 4", ref);
		free(c);
		return LG_USAGE;
	}
	rc = resolve_cited(g, ref, as_of, c, n, k, &t, &nt, err);
	if (rc == LG_OK && nt > 0 && t[0].dst && n > 0 && !c[k].act_known && c[k].act[0] &&
	    numbered_other(g, c[k].act, t[0].dst, err))
		rc = LG_NOTFOUND;
	else if (rc == LG_OK && nt > 0 && t[0].dst) *id = t[0].dst;
	else if (rc == LG_OK && nt > 0 && (*id = inserted(g, &t[0]))) rc = LG_OK;
	else if (rc == LG_OK) rc = not_cited(g, ref, c, n, k, t, nt, err);
	targets_free(t, nt);
	free(c);
	if (rc == LG_OK || *err) return rc;
	*err = xprintf("cannot read '%s' as a reference; write one like: LAB § 53, stk. 4, "
	               "§ 18 a i lov om social pension, or lta-2022-701 § 53", ref);
	return LG_USAGE;
}

static int seen_ref(const Items *l, const char *ref) {
	for (int i = 0; i < l->n; i++)
		if (l->v[i].ref && ref && !strcmp(l->v[i].ref, ref)) return 1;
	return 0;
}

/* Adds tmp, with the citing text, span and quotation of edge e, to out: one
** item per provision of a version. A passage that quotes a provision also cites it; the
** quotation is the item that stays. */
static void add_ref(Items *out, Item *tmp, const ReadEdge *e) {
	Item *old = NULL;
	for (int i = 0; i < out->n && !old; i++)
		if (out->v[i].ref && tmp->ref && !strcmp(out->v[i].ref, tmp->ref) &&
		    !strcmp(out->v[i].version ? out->v[i].version : "", tmp->version ? tmp->version : ""))
			old = &out->v[i];
	if (old && !(tmp->via && !strcmp(tmp->via, "quotes") && old->via &&
	             strcmp(old->via, "quotes"))) {
		item_clear(tmp);
		return;
	}
	tmp->match = xstrdup(e->raw);
	tmp->start = e->start;
	tmp->end = e->end;
	tmp->quote = xstrdup(e->quote);
	if (old) {
		item_clear(old);
		*old = *tmp;
	} else {
		*items_add(out) = *tmp;
	}
}

typedef struct RefsCtx {
	Graph *g;
	Items *out;
	const char *date;   /* refs to: only from the law of this date (NULL: every version) */
	long long doc;      /* ... or from the document of the provision referred to */
	long long *dropped; /* the referring provisions left out for it (may repeat) */
	int n_dropped;
} RefsCtx;

static void ref_from(void *ctx, const ReadEdge *e) {
	RefsCtx *rc = ctx;
	Item tmp = {0};
	if (!e->dst || graph_item(rc->g, e->dst, &tmp) != LG_OK)
		target_item(rc->g, &tmp, e->t_act, e->t_chapter, e->t_section, e->t_stk, e->t_nr, NULL,
		            e->t_part);
	tmp.via = xstrdup(e->kind);
	add_ref(rc->out, &tmp, e);
}

int graph_refs_from(Graph *g, long long id, Items *out) {
	RefsCtx rc = {g, out, NULL, 0, NULL, 0};
	return read_edges_from(g->rd, id, ref_from, &rc) == LG_OK ? LG_OK : LG_ERROR;
}

static int cmp_id(const void *a, const void *b) {
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

/* How many different ids v[0..n) holds (sorts v). */
static int distinct_ids(long long *v, int n) {
	if (n > 1) qsort(v, (size_t)n, sizeof *v, cmp_id);
	int k = 0;
	for (int i = 0; i < n; i++)
		if (!i || v[i] != v[i - 1]) k++;
	return k;
}

static void ref_to(void *ctx, const ReadEdge *e) {
	RefsCtx *rc = ctx;
	if (rc->date && !timeline_of_law(rc->g->tl, e->src_row, e->src, rc->date) &&
	    e->src_row->doc != rc->doc) {
		rc->dropped = xrealloc(rc->dropped, (size_t)(rc->n_dropped + 1) * sizeof *rc->dropped);
		rc->dropped[rc->n_dropped++] = e->src;
		return;
	}
	Item tmp = {0};
	if (graph_item(rc->g, e->src, &tmp) != LG_OK) return;
	tmp.via = xstrdup(e->kind);
	add_ref(rc->out, &tmp, e);
}

int graph_refs_to(Graph *g, long long id, const char *date, Items *out, int *dropped) {
	RefsCtx rc = {g, out, date, date ? read_provision_doc(g->rd, id) : 0, NULL, 0};
	int ok = read_edges_to(g->rd, id, ref_to, &rc) == LG_OK;
	if (dropped) *dropped = distinct_ids(rc.dropped, rc.n_dropped);
	free(rc.dropped);
	return ok ? LG_OK : LG_ERROR;
}

typedef struct VersCtx {
	Graph *g;
	long long doc;   /* the provision's own document */
	Items *out;
} VersCtx;

static void other_version(void *ctx, long long id, long long doc, const char *date, int repealed) {
	(void)date;
	(void)repealed;
	VersCtx *v = ctx;
	if (doc == v->doc) return;
	Item *it = items_add(v->out);
	if (graph_item(v->g, id, it) != LG_OK) v->out->n--;
}

int graph_versions(Graph *g, long long id, Items *out) {
	VersCtx v = {g, read_provision_doc(g->rd, id), out};
	return read_tl_versions(g->rd, id, other_version, &v);
}

int graph_cite(Graph *g, const char *in_ref, const char *text, Items *res, Items *unres,
               char **err) {
	Context cx = {0};
	Item in = {0};
	long long in_id = 0;
	if (in_ref) {
		int rc = graph_find(g, in_ref, NULL, &in_id, err);
		if (rc != LG_OK) return rc;
		graph_item(g, in_id, &in);
		char *act = NULL;
		read_provision_place(g->rd, in_id, &act, &cx.doc);
		cx.act = act;
		cx.date = in.version_date;
		cx.section = in.section;
		cx.stk = in.subsection ? atoi(in.subsection) : 0;
		cx.nr = in.item;
	}
	Cite *c = NULL;
	int n = cite_extract(g->cp, text, strlen(text), &c);
	Target *t = NULL;
	int nt = 0;
	if (n > 0) resolve(g->rv, &cx, c, n, &t, &nt);
	for (int i = 0; i < nt; i++) {
		const Cite *ci = &c[t[i].cite];
		Item tmp = {0};
		Items *l = res;
		if (!t[i].dst || graph_item(g, t[i].dst, &tmp) != LG_OK) {
			target_item(g, &tmp, t[i].act, t[i].chapter, t[i].section, t[i].stk, t[i].nr,
			            t[i].litra, t[i].part);
			l = unres;
		}
		if (seen_ref(l, tmp.ref)) {
			item_clear(&tmp);
			continue;
		}
		tmp.match = xstrndup(text + ci->start, ci->end - ci->start);
		tmp.start = (long long)ci->start;
		tmp.end = (long long)ci->end;
		*items_add(l) = tmp;
	}
	targets_free(t, nt);
	free(c);
	free((char *)cx.act);
	item_clear(&in);
	return LG_OK;
}
