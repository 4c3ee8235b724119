/*
** store.c -- creates the SQLite store and performs every write to it (see store.h).
*/
#include "store.h"
#include "danish.h"
#include "dbfile.h"
#include "kind.h"
#include "read.h"
#include "ref.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char SCHEMA[] =
	"PRAGMA journal_mode=OFF;"
	"PRAGMA synchronous=OFF;"
	"PRAGMA cache_size=-131072;"   /* 128 MiB: the one big transaction spills less */
	"PRAGMA user_version=" LG_SCHEMA_VERSION ";"
	"CREATE TABLE meta( -- what the index says of itself\n"
	" key TEXT PRIMARY KEY, -- built (UTC), corpus (the paths indexed), documents (how many),"
	" schema_hash; searchable, act_name_max (lovgraf's own)\n"
	" value TEXT);"
	"CREATE TABLE acts( -- an act or document identity that outlives its versions\n"
	" id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, -- key: documents.act, edges.t_act\n"
	" short TEXT NOT NULL, title TEXT NOT NULL, kind TEXT, -- short: LAB; title: lov om ...\n"
	" in_corpus INTEGER NOT NULL DEFAULT 0, -- 1: some version's text is indexed\n"
	" is_guideline INTEGER NOT NULL DEFAULT 0, -- a vejledning, skrivelse, cirkulære\n"
	" names TEXT -- names learned from titles, '|'-separated\n);"
	/* every name of an act, normalised, and every start of one that ends a word:
	** what the act-name matcher (acts.c) looks up, stored ready to use */
	"CREATE TABLE act_names( -- every name of an act, normalised, and every start of one\n"
	" name TEXT PRIMARY KEY, -- lower case, one space, no trailing m.v.\n"
	" act INTEGER, -- acts.id a whole name names (NULL: only a start of names)\n"
	" only INTEGER -- the one act whose names start so (NULL: several)\n) WITHOUT ROWID;"
	"CREATE TABLE documents( -- one published document: a version of an act, a letter, an annex\n"
	" id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, -- name: lta-2024-280, 002_...-1\n"
	" act TEXT NOT NULL, -- acts.key: the act it is a version of\n"
	" type TEXT, title TEXT, number TEXT, date TEXT, -- LOV, LBK, BEK, SVAR ...; YYYY-MM-DD\n"
	" eli TEXT, accession TEXT, path TEXT, -- the ELI address; the file it was read from\n"
	" committee TEXT, question TEXT, case_ TEXT, asker TEXT, party TEXT, minister TEXT,"
	" journal TEXT, -- of a letter or an answer\n"
	" in_corpus INTEGER NOT NULL DEFAULT 1, -- 0: known only by citation\n"
	" same_as INTEGER, text_hash TEXT, -- same_as: a second copy of that document\n"
	" is_letter INTEGER NOT NULL DEFAULT 0, -- an answer, a letter, an annex\n"
	" is_amending INTEGER NOT NULL DEFAULT 0, -- an amending act: only quoted new texts\n"
	" latest INTEGER NOT NULL DEFAULT 1 -- the latest version of its act\n);"
	/* a provision's text is kept once: a subsection's, item's or litra's is
	** bytes [text_at, text_at + end - start) of the text of row text_of (its
	** section's), as is a section's whose very text an earlier row has (an
	** unchanged section in the next version); view provisions reads it back */
	"CREATE TABLE provision_rows( -- the nodes of the documents; read them through view provisions\n"
	" id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, act TEXT NOT NULL, -- documents.id, acts.key\n"
	" parent INTEGER, kind TEXT NOT NULL, -- document chapter section stk nr litra part ...\n"
	" chapter TEXT, section TEXT, sec_key INTEGER, stk INTEGER, nr TEXT, litra TEXT, label TEXT,"
	" -- where it is; sec_key sorts sections (5 < 5 a < 6)\n"
	" ref TEXT NOT NULL, eli_part TEXT, -- LAS § 69, stk. 2; the ELI fragment #P69S2\n"
	" repealed INTEGER NOT NULL DEFAULT 0, -- marked (Ophævet)\n"
	" searchable INTEGER NOT NULL DEFAULT 0, -- its text is in fts\n"
	" start INTEGER, end INTEGER, -- byte offsets in the document's text\n"
	" text TEXT, text_of INTEGER, text_at INTEGER -- NULL text: bytes from text_at of row"
	" text_of's\n);"
	/* one table and scalar subqueries, no join: SQLite then flattens the view
	** into any query, also as the right side of a LEFT JOIN */
	"CREATE VIEW provisions AS -- every node with its text and ELI address (provision_rows read"
	" back)\n SELECT r.id, r.doc, r.act, r.parent, r.kind, r.chapter, r.section,"
	" r.sec_key, r.stk, r.nr, r.litra, r.label, r.ref,"
	" (SELECT d.eli || coalesce(r.eli_part, '') FROM documents d WHERE d.id=r.doc) AS eli,"
	" r.repealed, r.searchable, r.start,"
	" r.end, coalesce(r.text, (SELECT CAST(substr(CAST(a.text AS BLOB), r.text_at + 1,"
	" r.end - r.start) AS TEXT) FROM provision_rows a WHERE a.id=r.text_of)) AS text"
	" FROM provision_rows r;"
	"CREATE TABLE edges( -- a typed reference from a provision: the citation graph\n"
	" id INTEGER PRIMARY KEY, kind TEXT NOT NULL, -- cites quotes amends repeals same_text\n"
	" src INTEGER NOT NULL, dst INTEGER, -- provisions.id; dst NULL: unresolved (kept)\n"
	" t_act TEXT, t_chapter TEXT, t_section TEXT, t_stk INTEGER, t_nr TEXT, t_part TEXT,"
	" -- what it names\n"
	" raw TEXT NOT NULL, start INTEGER, end INTEGER, -- the citing text and its span in src's"
	" document\n"
	" quote TEXT -- the quoted text (kind quotes)\n);"
	"CREATE TABLE quotes( -- quotations found in letters and annexes, before resolution\n"
	" id INTEGER PRIMARY KEY, src INTEGER NOT NULL, start INTEGER, end INTEGER,"
	" quote TEXT NOT NULL, attribution TEXT NOT NULL -- attribution: the text naming its"
	" source\n);"
	/* the search index: the searchable provisions' text, and in column latest
	** the word "lovgraflatest" for those of the latest version of their act, so
	** that a search of the law in force today reads those rows only */
	"CREATE VIEW search_text AS -- what fts indexes: the searchable provisions, latest marked\n"
	" SELECT p.id, p.text,"
	" CASE WHEN d.latest THEN 'lovgraflatest' END AS latest"
	" FROM provisions p JOIN documents d ON d.id=p.doc WHERE p.searchable;"
	"CREATE VIRTUAL TABLE fts USING fts5(text, latest, content='search_text', content_rowid='id',"
	" tokenize='danish');"
	"CREATE TABLE terms( -- the search index's vocabulary: each stemmed term, its row count\n"
	" term TEXT PRIMARY KEY, rows INTEGER NOT NULL) WITHOUT ROWID;"
	/* the lexical resources of Debian (lexres.h) */
	"CREATE TABLE words( -- the Danish word list (wdanish): where compounds may be split\n"
	" word TEXT PRIMARY KEY) WITHOUT ROWID;"
	/* the whole list, with each word's stem, until the vocabulary is known */
	"CREATE TEMP TABLE word_list(word TEXT PRIMARY KEY, stem TEXT NOT NULL) WITHOUT ROWID;"
	"CREATE TABLE translations( -- English-Danish word pairs (FreeDict dan-eng, eng-dan)\n"
	" stem TEXT NOT NULL, en TEXT NOT NULL, da TEXT NOT NULL, -- stem: the English word's stem\n"
	" PRIMARY KEY(stem, en, da)) WITHOUT ROWID;"
	"CREATE TABLE changes( -- an amending act's quoted new text, and the section it is for\n"
	" src INTEGER PRIMARY KEY, act TEXT NOT NULL, section TEXT NOT NULL, -- src: the quoted"
	" section\n"
	" certain INTEGER NOT NULL, -- 0: it could be of another act the amending act amends\n"
	" inserted INTEGER NOT NULL, alike REAL -- inserts a new section; shared words with the"
	" old, 0-1\n);"
	/* the law in force, for scripts: each version of an act with the dates it
	** is valid from and to (the next version's date), and whether a document of
	** another act repealed it as a whole (by its date of issue) */
	"CREATE VIEW versions AS -- each version of an act, valid from its date to the next's\n"
	" SELECT d.id AS doc, d.act, d.name, d.type, d.number,"
	" d.date AS valid_from, (SELECT min(n.date) FROM documents n WHERE n.act=d.act"
	" AND n.in_corpus=1 AND n.date>d.date) AS valid_to,"
	" (SELECT r.name FROM edges e JOIN provisions s ON s.id=e.src JOIN documents r ON r.id=s.doc"
	"  WHERE e.kind='repeals' AND e.t_act=d.act AND e.t_section IS NULL AND e.t_chapter IS NULL"
	"  AND r.act<>d.act AND r.in_corpus=1 AND r.date>=d.date ORDER BY r.date LIMIT 1) AS repealed_by,"
	" (SELECT r.date FROM edges e JOIN provisions s ON s.id=e.src JOIN documents r ON r.id=s.doc"
	"  WHERE e.kind='repeals' AND e.t_act=d.act AND e.t_section IS NULL AND e.t_chapter IS NULL"
	"  AND r.act<>d.act AND r.in_corpus=1 AND r.date>=d.date ORDER BY r.date LIMIT 1) AS repealed_on"
	" FROM documents d WHERE d.in_corpus=1 AND d.is_letter=0 AND d.is_amending=0;"
	"CREATE VIEW provisions_in_force AS -- the provisions of the versions valid today\n"
	" SELECT p.* FROM provisions p JOIN versions v ON v.doc=p.doc"
	" WHERE v.valid_from<=date('now') AND (v.valid_to IS NULL OR v.valid_to>date('now'))"
	" AND (v.repealed_on IS NULL OR v.repealed_on>date('now')) AND p.repealed=0;"
	"CREATE VIEW later_changes AS -- changes, with the amending act's name, date and text\n"
	" SELECT c.act, c.section, d.name AS document, d.date,"
	" c.certain, c.inserted, c.src, p.text FROM changes c JOIN provisions p ON p.id=c.src"
	" JOIN documents d ON d.id=p.doc;"
	"CREATE VIEW graph(kind, src, dst) AS -- every edge, and contains from parent to child\n"
	" SELECT 'contains', parent, id FROM provisions WHERE parent IS NOT NULL"
	" UNION ALL SELECT kind, src, dst FROM edges;";

/* The indexes of what the reader phase wrote (the linker looks provisions up
** by them), made before the linker runs. */
static const char INDEXES[] =
	"CREATE INDEX documents_act ON documents(act, date);"
	"CREATE INDEX documents_number ON documents(number);"
	"CREATE INDEX provisions_path ON provision_rows(doc, section, stk, nr, litra);"
	"CREATE INDEX provisions_doc ON provision_rows(doc, start);"
	"CREATE INDEX provisions_parent ON provision_rows(parent);"
	"CREATE INDEX provisions_ref ON provision_rows(ref COLLATE NOCASE);"
	"CREATE INDEX provisions_chapter ON provision_rows(doc, chapter) WHERE kind='chapter';"
	"CREATE INDEX provisions_part ON provision_rows(doc, label) WHERE kind='part';"
	/* "§§ 5-9": the sections of a document by number */
	"CREATE INDEX provisions_sections ON provision_rows(doc, sec_key) WHERE kind='section';"
	/* the amending acts of a period (an answer's notices); covering, for the
	** documents' rows are scattered over the file */
	"CREATE INDEX documents_amending ON documents(date, title, type, number, name, is_amending,"
	" in_corpus) WHERE is_amending AND in_corpus=1;";

/* The indexes of what the linker writes, made once it is done: one sort at the
** end rather than every index kept up to date at each of millions of inserts. */
static const char LINKED_INDEXES[] =
	"CREATE INDEX edges_src ON edges(src);"
	"CREATE INDEX edges_dst ON edges(dst);"
	"CREATE INDEX edges_target ON edges(t_act, t_section, t_stk, t_nr);"
	"CREATE INDEX changes_target ON changes(act, section);"
	/* small indexes for the few rows some questions of every answer ask for:
	** what quotes a rule, what repeals an act, what cites a chapter */
	"CREATE INDEX edges_quotes ON edges(t_act, t_section, t_stk) WHERE kind='quotes';"
	"CREATE INDEX edges_repeals ON edges(t_act, t_section, t_chapter) WHERE kind='repeals';"
	"CREATE INDEX edges_chapter ON edges(t_act, t_chapter) WHERE t_chapter IS NOT NULL;";

static const char FINISH[] =
	/* the latest version of each act: what is in force today, searched first */
	"UPDATE documents SET latest = NOT EXISTS (SELECT 1 FROM documents n"
	" WHERE n.act=documents.act AND n.in_corpus=1 AND (n.date>documents.date"
	" OR (n.date=documents.date AND n.id>documents.id)));"
	/* written last, when the texts and which version is latest are final */
	"INSERT INTO fts(rowid, text, latest) SELECT id, text, latest FROM search_text ORDER BY id;"
	"CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, row);"
	"INSERT INTO fts(fts) VALUES('optimize');"
	/* the vocabulary with the number of rows each term is in, as a table: a
	** question looks up a dozen terms, and fts_vocab counts a term's rows by
	** reading all of them (a common word: half a million) */
	"INSERT INTO terms(term, rows) SELECT term, doc FROM fts_vocab;"
	/* of the word list, the words whose stems the index has: a compound is
	** split only into terms of the index */
	"INSERT INTO words(word) SELECT word FROM temp.word_list WHERE stem IN (SELECT term FROM terms);"
	"DROP TABLE temp.word_list;"
	"PRAGMA analysis_limit=2000;"   /* statistics from a sample of each index: enough to plan */
	"ANALYZE;";

enum { ST_DOC, ST_PROV, ST_QUOTE, ST_EDGE, ST_EXT_PART, ST_EXT_TEXT, ST_META, ST_CHANGE, ST_WORD,
       ST_TRANSLATION, ST_N };

static const char *const SQL[ST_N] = {
	[ST_DOC] = "INSERT INTO documents(name, act, type, title, number, date, eli, accession,"
	           " path, committee, question, case_, asker, party, minister, journal, in_corpus,"
	           " same_as, text_hash, is_letter, is_amending)"
	           " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,coalesce(?20,0),coalesce(?21,0))",
	[ST_PROV] = "INSERT INTO provision_rows(doc, act, parent, kind, chapter, section, sec_key,"
	            " stk, nr, litra, label, ref, eli_part, repealed, searchable, start, end, text, text_of,"
	            " text_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
	[ST_QUOTE] = "INSERT INTO quotes(src, start, end, quote, attribution) VALUES(?,?,?,?,?)",
	[ST_EDGE] = "INSERT INTO edges(kind, src, dst, t_act, t_chapter, t_section, t_stk, t_nr,"
	            " t_part, raw, start, end, quote) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
	[ST_EXT_PART] = "INSERT INTO provision_rows(doc, act, parent, kind, section, label, ref,"
	                " searchable, text) VALUES(?1,?2,?3,'part',?4,?5,?6,?7<>'',?7)",
	/* a part known only by citation is searched once a quotation gives it text */
	[ST_EXT_TEXT] = "UPDATE provision_rows SET text=?, searchable=1 WHERE id=?",
	[ST_META] = "INSERT OR REPLACE INTO meta(key, value) VALUES(?,?)",
	[ST_CHANGE] = "INSERT INTO changes(src, act, section, certain, inserted, alike)"
	              " VALUES(?,?,?,?,?,?)",
	[ST_WORD] = "INSERT OR IGNORE INTO temp.word_list(word, stem) VALUES(?,?)",
	[ST_TRANSLATION] = "INSERT OR IGNORE INTO translations(stem, en, da) VALUES(?,?,?)",
};

/* A section's text written in a row of its own: its hash and length, and the row. */
typedef struct TextSeen {
	uint64_t h;
	size_t n;
	long long id;   /* 0: a free slot */
} TextSeen;

/* Where a provision's text is kept: in its own row (id 0), or as bytes from
** at of row id's text. */
typedef struct Anchor {
	long long id;
	size_t at;
} Anchor;

struct Store {
	sqlite3 *db;
	char *path, *tmp;
	sqlite3_stmt *st[ST_N];
	Reader *rd;     /* the store's own look-ups: what is there before it writes */
	char *err;
	int fatal;              /* a failure that ends the build (store_fatal) */
	long long searchable;   /* provisions written searchable (meta "searchable") */
	TextSeen *seen;         /* the sections' texts written so far, by hash */
	size_t n_seen, cap_seen;   /* cap_seen: a power of two, or 0 */
};

/* What a failed write says: a full disk is named as such, with the file. */
static char *write_error(Store *s, const char *what, const char *msg) {
	int code = sqlite3_extended_errcode(s->db) & 0xFF;
	s->fatal |= code == SQLITE_FULL || code == SQLITE_IOERR || code == SQLITE_INTERRUPT ||
	            code == SQLITE_NOMEM || code == SQLITE_CORRUPT;
	if (code == SQLITE_FULL)
		return xprintf("the disk is full: cannot write the new index '%s'", s->tmp);
	if (code == SQLITE_IOERR)
		return xprintf("cannot write the new index '%s': %s (%s)", s->tmp, msg, strerror(
		               sqlite3_system_errno(s->db)));
	if (code == SQLITE_INTERRUPT) return xstrdup("interrupted");
	return xprintf("%s: %s", what, msg);
}

static int fail(Store *s, const char *what) {
	free(s->err);
	s->err = write_error(s, what, sqlite3_errmsg(s->db));
	return LG_ERROR;
}

int store_fatal(Store *s) { return s->fatal; }

void store_set_cancel(Store *s, int (*cancelled)(void *), void *ctx) {
	sqlite3_progress_handler(s->db, 10000, cancelled, ctx);
}

const char *store_errmsg(Store *s) { return s->err ? s->err : "no error"; }
sqlite3 *store_db(Store *s) { return s->db; }

Store *store_create(const char *path, char **err) {
	Store *s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->tmp = xprintf("%s.tmp-%ld", path, (long)getpid());
	unlink(s->tmp);
	if (sqlite3_open(s->tmp, &s->db) != SQLITE_OK) {
		*err = xprintf("cannot create '%s': %s", s->tmp, sqlite3_errmsg(s->db));
		store_close(s);
		return NULL;
	}
	char *msg = NULL;
	if (danish_register(s->db) != SQLITE_OK ||
	    sqlite3_exec(s->db, SCHEMA, NULL, NULL, &msg) != SQLITE_OK) {
		*err = write_error(s, "cannot create the schema in the new index",
		                   msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		store_close(s);
		return NULL;
	}
	s->rd = reader_new(s->db);
	for (int i = 0; i < ST_N; i++) {
		if (sqlite3_prepare_v3(s->db, SQL[i], -1, SQLITE_PREPARE_PERSISTENT, &s->st[i], NULL)) {
			*err = xprintf("cannot prepare statement %d: %s", i, sqlite3_errmsg(s->db));
			store_close(s);
			return NULL;
		}
	}
	return s;
}

static int exec_script(Store *s, const char *sql) {
	char *msg = NULL;
	if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		free(s->err);
		s->err = write_error(s, "cannot finish the index", msg ? msg : sqlite3_errmsg(s->db));
		sqlite3_free(msg);
		return LG_ERROR;
	}
	return LG_OK;
}

int store_index(Store *s) { return exec_script(s, INDEXES); }

int store_commit(Store *s, unsigned mode) {
	if (exec_script(s, LINKED_INDEXES) != LG_OK || exec_script(s, FINISH) != LG_OK) return LG_ERROR;
	char *hash = read_schema_hash(s->rd);   /* the schema is final: what opening checks */
	int rc = hash ? store_meta(s, "schema_hash", hash) : fail(s, "cannot read the schema");
	free(hash);
	if (rc != LG_OK) return LG_ERROR;
	reader_free(s->rd);   /* its statements must be gone before the database closes */
	s->rd = NULL;
	for (int i = 0; i < ST_N; i++) {
		sqlite3_finalize(s->st[i]);
		s->st[i] = NULL;
	}
	if (sqlite3_close(s->db) != SQLITE_OK) return fail(s, "cannot close the new index");
	s->db = NULL;
	char *err = NULL;
	if (dbfile_replace(s->tmp, s->path, mode, &err) != LG_OK) {
		free(s->err);
		s->err = err;
		return LG_ERROR;
	}
	free(s->tmp);
	s->tmp = NULL;
	return LG_OK;
}

void store_close(Store *s) {
	if (!s) return;
	reader_free(s->rd);
	for (int i = 0; i < ST_N; i++) sqlite3_finalize(s->st[i]);
	if (s->db) sqlite3_close(s->db);
	if (s->tmp) unlink(s->tmp);
	free(s->seen);
	free(s->tmp);
	free(s->path);
	free(s->err);
	free(s);
}

int store_begin(Store *s) {
	return sqlite3_exec(s->db, "BEGIN", 0, 0, 0) ? fail(s, "begin") : LG_OK;
}

int store_end(Store *s) {
	char v[32];
	snprintf(v, sizeof v, "%lld", s->searchable);
	if (store_meta(s, "searchable", v) != LG_OK) return LG_ERROR;
	return sqlite3_exec(s->db, "COMMIT", 0, 0, 0) ? fail(s, "commit") : LG_OK;
}

static void bind_text(sqlite3_stmt *st, int i, const char *v) {
	if (v && *v) sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else sqlite3_bind_null(st, i);
}

static void bind_textn(sqlite3_stmt *st, int i, const char *v, size_t n) {
	sqlite3_bind_text(st, i, v, (int)n, SQLITE_TRANSIENT);
}

static void bind_int(sqlite3_stmt *st, int i, long long v) {
	if (v) sqlite3_bind_int64(st, i, v);
	else sqlite3_bind_null(st, i);
}

static int step_done(Store *s, sqlite3_stmt *st, const char *what) {
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? LG_OK : fail(s, what);
}

int store_acts(Store *s, const Acts *acts) {
	sqlite3_stmt *st, *nm;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO acts(id, key, short, title, kind, in_corpus,"
	                       " is_guideline, names) VALUES(?7,?1,?2,?3,?4,(SELECT count(*)>0 FROM documents"
	                       " WHERE act=?1 AND in_corpus),?5,?6)", -1, &st, NULL))
		return fail(s, "acts");
	if (sqlite3_prepare_v2(s->db, "INSERT INTO act_names(name, act, only) VALUES(?,?,?)", -1, &nm,
	                       NULL)) {
		sqlite3_finalize(st);
		return fail(s, "act names");
	}
	int rc = LG_OK;
	for (int i = 0; rc == LG_OK && i < acts_count(acts); i++) {
		const char *key = acts_key_at(acts, i);
		bind_text(st, 1, key);
		bind_text(st, 2, acts_short(acts, key));
		bind_text(st, 3, acts_title(acts, key));
		bind_text(st, 4, acts_kind(acts, key));
		sqlite3_bind_int(st, 5, doc_kind_is_guideline(doc_kind(acts_kind(acts, key))));
		bind_text(st, 6, acts_learned(acts, key));
		sqlite3_bind_int(st, 7, i + 1);
		rc = step_done(s, st, "acts");
	}
	const char *name;
	size_t pos = 0, n;
	int act, only;
	while (rc == LG_OK && acts_name_at(acts, &pos, &name, &n, &act, &only)) {
		bind_textn(nm, 1, name, n);
		bind_int(nm, 2, act >= 0 ? act + 1 : 0);
		bind_int(nm, 3, only >= 0 ? only + 1 : 0);
		rc = step_done(s, nm, "act names");
	}
	sqlite3_finalize(st);
	sqlite3_finalize(nm);
	char v[32];
	snprintf(v, sizeof v, "%zu", acts_max_name(acts));
	if (rc == LG_OK) rc = store_meta(s, "act_name_max", v);
	return rc;
}

/* Where a node stands: the labels of its ancestors. */
typedef struct Path {
	const char *chapter, *section, *nr, *litra;
	int stk;
} Path;

static Path node_path(const Doc *d, int i) {
	Path p = {0};
	for (int k = i; k > 0; k = d->nodes[k].parent) {
		const Node *n = &d->nodes[k];
		switch (n->kind) {
		case NODE_CHAPTER: if (!p.chapter) p.chapter = n->label; break;
		case NODE_SECTION: if (!p.section) p.section = n->label; break;
		case NODE_STK: if (!p.stk && n->label) p.stk = atoi(n->label); break;
		case NODE_NR: if (!p.nr) p.nr = n->label; break;
		case NODE_LITRA: if (!p.litra) p.litra = n->label; break;
		default: break;
		}
	}
	return p;
}

/* The canonical reference of node i: "LAS § 69, stk. 2", "LAB kapitel 11",
** "spm. nr. 497 (alm. del), afsnit 3". Caller frees. */
static char *node_ref(const Doc *d, int i, const char *short_name, const Path *p) {
	const Node *n = &d->nodes[i];
	switch (n->kind) {
	case NODE_DOC: return xstrdup(short_name);
	case NODE_CHAPTER: return ref_format(short_name, n->label, NULL, 0, NULL, NULL, NULL);
	case NODE_PART: return ref_format(short_name, NULL, NULL, 0, NULL, NULL, n->label);
	case NODE_SECTION: case NODE_STK: case NODE_NR: case NODE_LITRA: case NODE_PKT:
		return ref_format(short_name, NULL, p->section, p->stk, p->nr, p->litra, NULL);
	default: break;
	}
	/* letters: the labels from the top down */
	Buf b = BUF_INIT;
	buf_puts(&b, short_name);
	int chain[16], k = 0;
	for (int j = i; j > 0 && k < 16; j = d->nodes[j].parent) chain[k++] = j;
	while (k-- > 0) {
		const Node *m = &d->nodes[chain[k]];
		if (!m->label) continue;
		if (m->kind == NODE_PARA) buf_printf(&b, ", afsnit %s", m->label);
		else buf_printf(&b, ", %s", m->label);
	}
	return buf_take(&b);
}

static void put_unspaced(Buf *b, const char *s) {
	for (; *s; s++)
		if (*s != ' ') buf_putc(b, *s);
}

/* The fragment of node i's ELI address after its document's, as
** retsinformation.dk writes them ("#K2a", "#P18aS2N3"), or NULL (the
** document itself, or a document without an address). */
static char *node_eli(const Doc *d, int i, const Path *p) {
	if (!d->eli) return NULL;
	const Node *n = &d->nodes[i];
	Buf b = BUF_INIT;
	buf_add(&b, "", 0);
	if (n->kind == NODE_CHAPTER) {
		buf_puts(&b, "#K");
		put_unspaced(&b, n->label);
	} else if (p->section) {
		buf_puts(&b, "#P");
		put_unspaced(&b, p->section);
		if (p->stk) buf_printf(&b, "S%d", p->stk);
		if (p->nr) buf_printf(&b, "N%s", p->nr);
		if (p->litra) buf_printf(&b, "L%s", p->litra);
	}
	if (!b.n) {
		buf_free(&b);
		return NULL;
	}
	return buf_take(&b);
}

/* Search works on the smallest units that stand on their own: subsections,
** sections without subsections, paragraphs of letters and parts of guidelines. */
static int searchable(const Doc *d, int i) {
	const Node *n = &d->nodes[i];
	if (n->repealed || n->end <= n->start) return 0;
	switch (n->kind) {
	case NODE_STK: case NODE_PARA: case NODE_QUESTION: case NODE_PART: return 1;
	case NODE_SECTION:
		for (int k = i + 1; k < d->n_nodes && d->nodes[k].parent >= i; k++)
			if (d->nodes[k].parent == i && d->nodes[k].kind == NODE_STK) return 0;
		return 1;
	default: return 0;
	}
}

static uint64_t text_hash64(const char *t, size_t n) {
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)t[i]) * 1099511628211ULL;
	return h;
}

static TextSeen *seen_slot(Store *s, uint64_t h, size_t n, const char *t) {
	for (size_t k = h & (s->cap_seen - 1);; k = (k + 1) & (s->cap_seen - 1)) {
		TextSeen *e = &s->seen[k];
		if (!e->id) return e;
		if (e->h != h || e->n != n) continue;
		char *old = read_provision_text(s->rd, e->id);   /* the same bytes, not only the hash */
		int same = old && strlen(old) == n && !memcmp(old, t, n);
		free(old);
		if (same) return e;
	}
}

/* The row that already holds a section's very text t[0..n), or 0; then *keep
** is the free slot for it: the caller sets its id once the row is written
** (nothing else is looked up in between, so the slot stays where it is). */
static long long seen_text(Store *s, const char *t, size_t n, TextSeen **keep) {
	if ((s->n_seen + 1) * 2 > s->cap_seen) {   /* grow */
		TextSeen *old = s->seen;
		size_t cap = s->cap_seen;
		s->cap_seen = cap ? cap * 2 : 1 << 16;
		s->seen = xcalloc(s->cap_seen, sizeof *s->seen);
		for (size_t k = 0; k < cap; k++) {
			if (!old[k].id) continue;
			size_t j = old[k].h & (s->cap_seen - 1);
			while (s->seen[j].id) j = (j + 1) & (s->cap_seen - 1);
			s->seen[j] = old[k];
		}
		free(old);
	}
	uint64_t h = text_hash64(t, n);
	TextSeen *e = seen_slot(s, h, n, t);
	if (e->id) return e->id;
	*e = (TextSeen){h, n, 0};
	*keep = e;
	return 0;
}

/* Where node i's text is kept (see Anchor): a section's in its own row unless
** an earlier row has the very text; a subsection's, item's or litra's in its
** section's. anchors[k] holds node k's for the nodes written before i. A
** section of a text not seen yet sets *keep (see seen_text()). */
static Anchor node_anchor(Store *s, const Doc *d, int i, const Anchor *anchors, const long long *ids,
                          TextSeen **keep) {
	const Node *n = &d->nodes[i];
	if (n->end <= n->start) return (Anchor){0, 0};
	if (n->kind == NODE_SECTION)
		return (Anchor){seen_text(s, d->text + n->start, n->end - n->start, keep), 0};
	if (n->kind != NODE_STK && n->kind != NODE_NR && n->kind != NODE_LITRA && n->kind != NODE_PKT)
		return (Anchor){0, 0};
	int k = n->parent;
	while (k > 0 && d->nodes[k].kind != NODE_SECTION) k = d->nodes[k].parent;
	if (k <= 0) return (Anchor){0, 0};
	const Node *sec = &d->nodes[k];
	if (n->start < sec->start || n->end > sec->end) return (Anchor){0, 0};
	Anchor a = anchors[k].id ? anchors[k] : (Anchor){ids[k], 0};
	a.at += n->start - sec->start;
	return a;
}

/* Writes node i of d as a provision of document doc_id (parents are in ids,
** which receives its id; anchors receives where its text is kept). */
static int store_provision(Store *s, const Doc *d, int i, long long doc_id, const char *act,
                           const char *short_name, int dup, long long *ids, Anchor *anchors) {
	const Node *n = &d->nodes[i];
	Path p = node_path(d, i);
	char *ref = node_ref(d, i, short_name, &p);
	char *eli = node_eli(d, i, &p);
	int srch = !dup && searchable(d, i);
	sqlite3_stmt *st = s->st[ST_PROV];
	sqlite3_bind_int64(st, 1, doc_id);
	bind_text(st, 2, act);
	bind_int(st, 3, n->parent >= 0 ? ids[n->parent] : 0);
	bind_text(st, 4, node_kind_name(n->kind));
	bind_text(st, 5, p.chapter);
	bind_text(st, 6, p.section);
	bind_int(st, 7, p.section ? ref_section_key(p.section) : 0);
	bind_int(st, 8, p.stk);
	bind_text(st, 9, p.nr);
	bind_text(st, 10, p.litra);
	bind_text(st, 11, n->label);
	bind_text(st, 12, ref);
	bind_text(st, 13, eli);
	sqlite3_bind_int(st, 14, n->repealed);
	sqlite3_bind_int(st, 15, srch);
	sqlite3_bind_int64(st, 16, (long long)n->start);
	sqlite3_bind_int64(st, 17, (long long)n->end);
	TextSeen *keep = NULL;   /* a section's text not seen before: remembered once written */
	if (n->kind == NODE_DOC) bind_textn(st, 18, d->title ? d->title : d->name,
	                                    strlen(d->title ? d->title : d->name));
	else if (n->kind == NODE_CHAPTER || n->kind == NODE_ROW || n->kind == NODE_ANSWER)
		bind_textn(st, 18, n->label ? n->label : "", n->label ? strlen(n->label) : 0);
	else {
		anchors[i] = node_anchor(s, d, i, anchors, ids, &keep);
		if (anchors[i].id) {
			bind_int(st, 19, anchors[i].id);
			sqlite3_bind_int64(st, 20, (long long)anchors[i].at);
		} else {
			bind_textn(st, 18, d->text + n->start, n->end - n->start);
		}
	}
	int rc = step_done(s, st, "provision");
	ids[i] = sqlite3_last_insert_rowid(s->db);
	if (rc == LG_OK && keep) {
		keep->id = ids[i];
		s->n_seen++;
	}
	if (rc == LG_OK && srch) s->searchable++;
	free(ref);
	free(eli);
	return rc;
}

/* Writes d's quotations, each of the provision it stands in (ids). */
static int store_quotes(Store *s, const Doc *d, const long long *ids) {
	int rc = LG_OK;
	for (int i = 0; rc == LG_OK && i < d->n_quotes; i++) {
		const Quote *q = &d->quotes[i];
		sqlite3_stmt *st = s->st[ST_QUOTE];
		sqlite3_bind_int64(st, 1, ids[q->node >= 0 && q->node < d->n_nodes ? q->node : 0]);
		sqlite3_bind_int64(st, 2, (long long)q->start);
		sqlite3_bind_int64(st, 3, (long long)q->end);
		size_t qe = q->end <= d->text_len && q->end >= q->start ? q->end : q->start;
		size_t ae = q->attr_end <= d->text_len && q->attr_end >= q->attr_start ? q->attr_end
		                                                                        : q->attr_start;
		bind_textn(st, 4, d->text + q->start, qe - q->start);
		bind_textn(st, 5, d->text + q->attr_start, ae - q->attr_start);
		rc = step_done(s, st, "quotation");
	}
	return rc;
}

int store_doc(Store *s, const Doc *d, const char *act, const char *short_name,
              const char *hash, long long dup_of, long long *doc_id) {
	sqlite3_stmt *st = s->st[ST_DOC];
	const char *f[] = {d->name, act, d->type, d->title, d->number, d->date, d->eli,
	                   d->accession, d->path, d->committee, d->question, d->case_,
	                   d->asker, d->party, d->minister, d->journal};
	for (int i = 0; i < 16; i++) bind_text(st, i + 1, f[i]);
	sqlite3_bind_int(st, 17, 1);
	bind_int(st, 18, dup_of);
	bind_text(st, 19, hash);
	sqlite3_bind_int(st, 20, doc_kind_is_letter(doc_kind(d->type)));
	sqlite3_bind_int(st, 21, d->amending);
	if (step_done(s, st, "document") != LG_OK) return LG_ERROR;
	*doc_id = sqlite3_last_insert_rowid(s->db);

	long long *ids = xcalloc((size_t)d->n_nodes, sizeof *ids);
	Anchor *anchors = xcalloc((size_t)d->n_nodes, sizeof *anchors);
	int rc = LG_OK;
	for (int i = 0; rc == LG_OK && i < d->n_nodes; i++)
		rc = store_provision(s, d, i, *doc_id, act, short_name, dup_of != 0, ids, anchors);
	free(anchors);
	if (rc == LG_OK) rc = store_quotes(s, d, ids);
	if (rc == LG_OK && dup_of) {
		EdgeRow e = {.kind = "same_text", .src = ids[0], .dst = read_doc_root(s->rd, dup_of),
		             .raw = d->name};
		rc = store_edge(s, &e);
	}
	free(ids);
	return rc;
}

long long store_external(Store *s, const char *act, const char *short_name,
                         const char *title, const char *part, const char *text) {
	sqlite3_stmt *st;
	long long doc = 0, root = read_doc_root_by_name(s->rd, act, &doc);
	if (!title) title = act;                /* named in a citation, not in acts.tsv */
	if (!root) {
		st = s->st[ST_DOC];
		bind_text(st, 1, act);
		bind_text(st, 2, act);
		bind_text(st, 3, doc_kind_name(DOC_EXT));
		bind_text(st, 4, title);
		sqlite3_bind_int(st, 17, 0);
		if (step_done(s, st, "external document") != LG_OK) return 0;
		doc = sqlite3_last_insert_rowid(s->db);
		st = s->st[ST_PROV];
		sqlite3_bind_int64(st, 1, doc);
		bind_text(st, 2, act);
		bind_text(st, 4, "document");
		bind_text(st, 12, short_name);
		sqlite3_bind_int(st, 14, 0);
		sqlite3_bind_int(st, 15, 0);
		bind_textn(st, 18, title, strlen(title));
		if (step_done(s, st, "external document") != LG_OK) return 0;
		root = sqlite3_last_insert_rowid(s->db);
	}
	if (!part || !*part) return root;
	char *old = NULL;
	long long id = read_doc_part(s->rd, doc, part, &old);
	if (!id) {
		char *ref = ref_format(short_name, NULL, NULL, 0, NULL, NULL, part);
		st = s->st[ST_EXT_PART];
		sqlite3_bind_int64(st, 1, doc);
		bind_text(st, 2, act);
		sqlite3_bind_int64(st, 3, root);
		bind_text(st, 4, part);
		bind_text(st, 5, part);
		bind_text(st, 6, ref);
		bind_textn(st, 7, text ? text : "", text ? strlen(text) : 0);
		free(ref);
		if (step_done(s, st, "external part") != LG_OK) return 0;
		id = sqlite3_last_insert_rowid(s->db);
		if (text && *text) s->searchable++;
	} else if (text && *text && !strstr(old, text)) {
		if (!*old) s->searchable++;
		char *both = *old ? xprintf("%s\n\n%s", old, text) : xstrdup(text);
		st = s->st[ST_EXT_TEXT];
		bind_text(st, 1, both);
		sqlite3_bind_int64(st, 2, id);
		step_done(s, st, "external part");
		free(both);
	}
	free(old);
	return id;
}

int store_edge(Store *s, const EdgeRow *e) {
	sqlite3_stmt *st = s->st[ST_EDGE];
	bind_text(st, 1, e->kind);
	sqlite3_bind_int64(st, 2, e->src);
	bind_int(st, 3, e->dst);
	bind_text(st, 4, e->t_act);
	bind_text(st, 5, e->t_chapter);
	bind_text(st, 6, e->t_section);
	bind_int(st, 7, e->t_stk);
	bind_text(st, 8, e->t_nr);
	bind_text(st, 9, e->t_part);
	sqlite3_bind_text(st, 10, e->raw ? e->raw : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 11, e->start);
	sqlite3_bind_int64(st, 12, e->end);
	bind_text(st, 13, e->quote);
	return step_done(s, st, "edge");
}

int store_change(Store *s, const ChangeRow *c) {
	sqlite3_stmt *st = s->st[ST_CHANGE];
	sqlite3_bind_int64(st, 1, c->src);
	bind_text(st, 2, c->act);
	bind_text(st, 3, c->section);
	sqlite3_bind_int(st, 4, c->certain);
	sqlite3_bind_int(st, 5, c->inserted);
	sqlite3_bind_double(st, 6, c->alike);
	return step_done(s, st, "change");
}

int store_word(Store *s, const char *word, const char *stem) {
	sqlite3_stmt *st = s->st[ST_WORD];
	bind_text(st, 1, word);
	bind_text(st, 2, stem);
	return step_done(s, st, "cannot write a word of the word list");
}

int store_translation(Store *s, const char *en, const char *stem, const char *da) {
	sqlite3_stmt *st = s->st[ST_TRANSLATION];
	bind_text(st, 1, stem);
	bind_text(st, 2, en);
	bind_text(st, 3, da);
	return step_done(s, st, "cannot write a translation");
}

int store_meta(Store *s, const char *key, const char *value) {
	sqlite3_stmt *st = s->st[ST_META];
	bind_text(st, 1, key);
	bind_text(st, 2, value);
	return step_done(s, st, "meta");
}
