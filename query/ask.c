/*
** ask.c -- ranks provisions for a question (see ask.h).
*/
#include "ask.h"
#include "danish.h"
#include "understand.h"
#include "util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_CANDIDATES 600

/* Weights of the signals; tuned with ../shared/eval/score.py (see README). */
#define W_TEXT 0.30
#define W_CONCEPT 0.70
#define W_QUOTED 0.06
#define W_SIBLING 0.12
#define W_AMENDING 0.5   /* amending acts repeat consolidated text: keep them below */
#define W_LETTER 0.7     /* letters explain the rules; the rules come first */
#define W_DEFINES 0.05   /* defines a concept of the question: "Fleksjob er en ordning" */
#define W_CITED 0.10     /* cited by one of the best rules */
#define W_EXCEPTION 0.3  /* the exception a best rule names: "jf. dog stk. 2" */
#define W_DISCUSSED 0.25 /* a provision quoted or cited by a letter that answers */

struct Asker {
	Graph *g;
	Stopwords *sw;
	Thesaurus *th;
	Stemmer *stem;
	sqlite3_stmt *cand, *quoted, *siblings, *sources, *warn_act, *df, *cites_of, *reforms;
	sqlite3_stmt *asked;    /* the committee's question an answer answers */
	double n_docs;          /* searchable provisions, for IDF */
};

typedef struct Cand {
	long long id;            /* the provision in the version in force */
	double bm25, cover, graph, score;
	char *act, *section, *nr, *kind, *type;
	int stk;
	int amending, letter;
	int defines;             /* how many of the question's concepts it defines */
	long long doc;           /* the document it stands in */
} Cand;

Asker *asker_new(Graph *g, const char *corpus_dir, char **err) {
	Asker *a = xcalloc(1, sizeof *a);
	a->g = g;
	a->sw = stopwords_load(corpus_dir, err);
	if (a->sw) a->th = thesaurus_load(corpus_dir, err);
	a->stem = stemmer_new();
	sqlite3 *db = graph_db(g);
	if (!a->sw || !a->th || !a->stem ||
	    sqlite3_prepare_v2(db,
	        "SELECT f.rowid, bm25(fts), p.act, p.doc, p.kind, p.section, p.stk, p.nr, p.litra,"
	        " d.in_corpus, d.type, d.title FROM fts f JOIN provisions p ON p.id=f.rowid"
	        " JOIN documents d ON d.id=p.doc WHERE fts MATCH ?1 ORDER BY bm25(fts) LIMIT ?2",
	        -1, &a->cand, NULL) ||
	    sqlite3_prepare_v2(db,
	        "SELECT coalesce(sum(doc), 0) FROM fts_vocab WHERE term>=?1 AND term<?1||'ô'"
	        " AND (?2 OR term=?1)", -1, &a->df, NULL) ||
	    sqlite3_prepare_v2(db,
	        "SELECT type, number, date, title, name FROM documents WHERE in_corpus=1"
	        " AND title LIKE 'Lov om ændring%(%' AND date>?1 ORDER BY date", -1, &a->reforms,
	        NULL) ||
	    sqlite3_prepare_v2(db,
	        "SELECT text FROM provisions WHERE doc=?1 AND kind='question' LIMIT 1", -1,
	        &a->asked, NULL) ||
	    /* what a letter's paragraph quotes or cites */
	    sqlite3_prepare_v2(db,
	        /* exception: the citation reads "jf. dog stk. 2" (offsets are bytes) */
	        "SELECT e.t_act, e.t_section, e.t_stk, max(substr(CAST(s.text AS BLOB),"
	        " e.start - s.start - 7, 8) = CAST('jf. dog ' AS BLOB)) FROM edges e"
	        " JOIN provisions s ON s.id=e.src WHERE e.src=?1 AND e.kind IN ('quotes','cites')"
	        " AND e.t_section IS NOT NULL GROUP BY 1, 2, 3", -1, &a->cites_of, NULL) ||
	    sqlite3_prepare_v2(db,
	        "SELECT count(*) FROM edges WHERE kind='quotes' AND t_act=?1 AND t_section=?2"
	        " AND (?3 IS NULL OR t_stk IS NULL OR t_stk=?3)", -1, &a->quoted, NULL) ||
	    /* what is quoted in the same annex row or answer as the identity given */
	    sqlite3_prepare_v2(db,
	        "SELECT DISTINCT e2.t_act, e2.t_section, e2.t_stk FROM edges e1"
	        " JOIN provisions s1 ON s1.id=e1.src JOIN provisions s2 ON s2.parent=s1.parent"
	        " JOIN edges e2 ON e2.src=s2.id AND e2.kind='quotes'"
	        " WHERE e1.kind='quotes' AND e1.t_act=?1 AND e1.t_section=?2"
	        " AND (?3 IS NULL OR e1.t_stk IS NULL OR e1.t_stk=?3)", -1, &a->siblings, NULL) ||
	    sqlite3_prepare_v2(db,
	        /* one line per source: a passage that quotes a provision also cites it */
	        "SELECT s.ref, coalesce(a.title, d.title), d.date, max(e.kind), d.type, d.name"
	        " FROM edges e JOIN provisions s ON s.id=e.src JOIN documents d ON d.id=s.doc"
	        " LEFT JOIN acts a ON a.key=s.act"
	        " WHERE e.t_act=?1 AND e.t_section IS ?2 AND (?3 IS NULL OR e.t_stk IS NULL"
	        " OR e.t_stk=?3) AND d.type IN ('SVAR','BREV','BILAG') AND d.same_as IS NULL"
	        " AND e.kind IN ('cites','quotes') GROUP BY s.id ORDER BY d.date, s.id LIMIT 12", -1, &a->sources, NULL) ||
	    sqlite3_prepare_v2(db,
	        "SELECT DISTINCT e.kind, d.type, d.number, d.date, d.title, d.name FROM edges e"
	        " JOIN provisions s ON s.id=e.src JOIN documents d ON d.id=s.doc"
	        " WHERE e.kind IN ('amends','repeals') AND e.t_act=?1 AND d.date>?2"
	        " ORDER BY d.date", -1, &a->warn_act, NULL)) {
		if (!*err) *err = xprintf("cannot prepare ask: %s", sqlite3_errmsg(db));
		asker_free(a);
		return NULL;
	}
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM provisions WHERE searchable", -1, &st,
	                       NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW) a->n_docs = sqlite3_column_double(st, 0);
		sqlite3_finalize(st);
	}
	if (a->n_docs < 1) a->n_docs = 1;
	return a;
}

/* How much a term tells: ln(N / df), from the index's vocabulary. */
static double idf(Asker *a, const char *term, int prefix) {
	if (strchr(term, ' ')) return log(a->n_docs); /* a phrase: rare enough */
	sqlite3_stmt *st = a->df;
	sqlite3_bind_text(st, 1, term, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, prefix);
	double df = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_double(st, 0) : 0;
	sqlite3_reset(st);
	return log((a->n_docs + 1) / (df + 1)) + 0.1;
}

void asker_free(Asker *a) {
	if (!a) return;
	sqlite3_finalize(a->cand);
	sqlite3_finalize(a->df);
	sqlite3_finalize(a->reforms);
	sqlite3_finalize(a->cites_of);
	sqlite3_finalize(a->asked);
	sqlite3_finalize(a->quoted);
	sqlite3_finalize(a->siblings);
	sqlite3_finalize(a->sources);
	sqlite3_finalize(a->warn_act);
	stopwords_free(a->sw);
	thesaurus_free(a->th);
	stemmer_free(a->stem);
	free(a);
}

static void cand_free(Cand *c) {
	free(c->act);
	free(c->section);
	free(c->nr);
	free(c->kind);
	free(c->type);
}

static void bind_opt(sqlite3_stmt *st, int i, const char *v) {
	if (v) sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
	else sqlite3_bind_null(st, i);
}

/* ---- the stems of a text, to see which concepts it names ---------------- */

typedef struct Stems {
	char **v;
	int n, cap;
	Stemmer *stem;
} Stems;

static int add_stem(void *ctx, const char *w, size_t wn, size_t s, size_t e) {
	(void)s, (void)e;                 /* a word's offsets: not needed here */
	Stems *st = ctx;
	size_t sn = 0;
	const char *t = stemmer_stem(st->stem, w, wn, &sn);
	if (!t) return 0;
	if (st->n == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 64;
		st->v = xrealloc(st->v, (size_t)st->cap * sizeof *st->v);
	}
	st->v[st->n++] = xstrndup(t, sn);
	return 0;
}

static void stems_of(Stemmer *stem, const char *text, Stems *out) {
	out->stem = stem;
	char *low = danish_lower(text, strlen(text));
	danish_words(low, strlen(low), add_stem, out);
	free(low);
}

static void stems_free(Stems *s) {
	for (int i = 0; i < s->n; i++) free(s->v[i]);
	free(s->v);
}

/* A term is present when a stem equals it, or (compounds) starts with it. */
static int stem_present(const Stems *s, const char *term, size_t tn, int prefix) {
	for (int i = 0; i < s->n; i++) {
		size_t n = strlen(s->v[i]);
		if (n == tn && !memcmp(s->v[i], term, tn)) return 1;
		if ((prefix || tn >= 5) && n > tn && !memcmp(s->v[i], term, tn)) return 1;
	}
	return 0;
}

/* A phrase term "a b" is present when every word of it is. */
static int term_present(const Stems *s, const char *term, int prefix) {
	const char *p = term;
	while (*p) {
		const char *sp = strchr(p, ' ');
		size_t n = sp ? (size_t)(sp - p) : strlen(p);
		if (n && !stem_present(s, p, n, prefix)) return 0;
		p += n;
		while (*p == ' ') p++;
	}
	return 1;
}

/* The share of the question's concepts that the text names, each concept
** weighted by how rare its main term is: "virksomhedspraktik" tells more than
** "kommunen". cw[i] holds concept i's weight. */
static double coverage(const Understanding *u, const double *cw, const Stems *s,
                       const unsigned char *def) {
	double have = 0, all = 0;
	int nc = understanding_nconcepts(u), defines = 0;
	for (int i = 0; i < nc; i++) defines |= def[i];
	for (int i = 0; i < nc; i++) {
		if (understanding_concept_scope(u, i)) {  /* "who can get": a definition answers */
			all += cw[i];
			if (defines) have += cw[i];
			continue;
		}
		double best = 0, top = 0;
		int nt = understanding_concept_nterms(u, i);
		for (int j = 0; j < nt; j++) {
			double w = 0;
			const char *t = understanding_concept_term(u, i, j, &w);
			if (w > top) top = w;
			if (w > best && term_present(s, t, 0)) best = w;
		}
		all += cw[i];
		if (top > 0) have += cw[i] * best / top;
	}
	return all > 0 ? have / all : 0;
}

static double *concept_weights(Asker *a, const Understanding *u) {
	int nc = understanding_nconcepts(u), n = 0;
	double *cw = xcalloc((size_t)nc + 1, sizeof *cw), sum = 0;
	for (int i = 0; i < nc; i++) {
		if (understanding_concept_scope(u, i) || understanding_concept_nterms(u, i) == 0)
			continue;
		double w = 0;
		const char *t = understanding_concept_term(u, i, 0, &w);
		cw[i] = idf(a, t, strlen(t) >= 7);
		sum += cw[i];
		n++;
	}
	/* asking who a scheme is for weighs as much as an average concept */
	for (int i = 0; i < nc; i++)
		if (understanding_concept_scope(u, i)) cw[i] = n ? sum / n : 1;
	return cw;
}

/* ---- definitions: "Fleksjob er en ordning for personer, ..." ------------- */

static int is_article(const char *w, size_t n) {
	static const char *const A[] = {"en", "et", "den", "det", "de"};
	for (size_t i = 0; i < sizeof A / sizeof *A; i++)
		if (strlen(A[i]) == n && !strncasecmp(A[i], w, n)) return 1;
	return 0;
}

/* Where the sentence at p ends: ". " before a capital (not "jf. § 7"). */
static const char *sentence_end(const char *p) {
	for (const char *d = strstr(p, ". "); d; d = strstr(d + 1, ". ")) {
		unsigned char c = (unsigned char)d[2];
		if ((c >= 'A' && c <= 'Z') || (c == 0xC3 && ((unsigned char)d[3] == 0x86 ||
		    (unsigned char)d[3] == 0x98 || (unsigned char)d[3] == 0x85)))
			return d;
	}
	return p + strlen(p);
}

/* Marks in mark[] the concepts of the question that the word w (n bytes) names. */
static int concepts_named(Asker *a, const Understanding *u, const char *w, size_t n,
                          unsigned char *mark) {
	int nc = understanding_nconcepts(u), found = 0;
	char *head = xstrndup(w, n);
	Stems s = {0};
	stems_of(a->stem, head, &s);
	for (int i = 0; i < nc; i++) {
		if (understanding_concept_scope(u, i)) continue;
		int nt = understanding_concept_nterms(u, i);
		for (int j = 0; j < nt && !mark[i]; j++) {
			double wt = 0;
			const char *t = understanding_concept_term(u, i, j, &wt);
			if (wt >= 1 && !strchr(t, ' ') && term_present(&s, t, 1)) mark[i] = 1;
		}
		found += mark[i];
	}
	stems_free(&s);
	free(head);
	return found;
}

/* The head of the subject at p: its first word, or the second after an
** article ("Et ressourceforløb er ..."). Sets *n to its length. */
static const char *subject_head(const char *p, size_t *n) {
	size_t wn = strcspn(p, " ,.");
	if (is_article(p, wn) && p[wn] == ' ') {
		p += wn + 1;
		wn = strcspn(p, " ,.");
	}
	*n = wn;
	return p;
}

/* Marks in def[] the concepts that the text defines: the head of the subject
** of one of its first two sentences ("Fleksjob er en ordning for ...",
** "Rehabiliteringsteamet er et dialog- og koordineringsforum", "Ved X
** forstås") names one of the concept's terms. Returns how many concepts it
** defines. */
static int definitions(Asker *a, const Understanding *u, const char *text, unsigned char *def) {
	int nc = understanding_nconcepts(u), found = 0;
	memset(def, 0, (size_t)nc + 1);
	const char *p = text;
	if (!strncmp(p, "§ ", 3)) {                     /* "§ 116. Fleksjob ..." */
		const char *dot = strstr(p, ". ");
		if (dot && dot - p < 16) p = dot + 2;
	}
	for (int sent = 0; sent < 2 && *p; sent++) {
		const char *end = sentence_end(p);
		const char *verb = NULL, *subj = p;
		static const char *const VERBS[] = {" er en ", " er et ", " forstås "};
		for (size_t v = 0; v < sizeof VERBS / sizeof *VERBS && !verb; v++) {
			const char *m = strstr(p, VERBS[v]);
			if (m && m < end) verb = m;
		}
		if (verb && !strncmp(subj, "Ved ", 4)) subj += 4;
		int words = 0;
		for (const char *q = subj; verb && q < verb; q++) words += *q == ' ';
		if (verb && words <= 16) {
			size_t hn;
			const char *head = subject_head(subj, &hn);
			if (hn && head < verb) found += concepts_named(a, u, head, hn, def);
		}
		if (!*end) break;
		p = end + 2;
	}
	return found;
}

/* ---- version: one rule, in the version in force -------------------------- */

typedef struct VerCache {
	char *act[64];
	long long doc[64];
	int n;
} VerCache;

static long long in_force(Asker *a, VerCache *vc, const char *act, const char *as_of) {
	for (int i = 0; i < vc->n; i++)
		if (!strcmp(vc->act[i], act)) return vc->doc[i];
	long long doc = resolve_version(graph_resolver(a->g), act, as_of);
	if (vc->n < 64) {
		vc->act[vc->n] = xstrdup(act);
		vc->doc[vc->n++] = doc;
	}
	return doc;
}

static int by_score(const void *x, const void *y) {
	const Cand *a = x, *b = y;
	return a->score < b->score ? 1 : a->score > b->score ? -1 : (a->id > b->id) - (a->id < b->id);
}

static int quoted_count(Asker *a, const Cand *c) {
	if (!c->section) return 0;
	sqlite3_stmt *st = a->quoted;
	bind_opt(st, 1, c->act);
	bind_opt(st, 2, c->section);
	if (c->stk) sqlite3_bind_int(st, 3, c->stk);
	else sqlite3_bind_null(st, 3);
	int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_reset(st);
	return n;
}

/* Boosts the rules quoted next to a strong hit: the annex quotes the same rule
** for ressourceforløb, jobafklaringsforløb, førtidspension and sygedagpenge. */
static void sibling_boost(Asker *a, Cand *c, int n, int top) {
	for (int i = 0; i < top && i < n; i++) {
		if (!c[i].section) continue;
		sqlite3_stmt *st = a->siblings;
		bind_opt(st, 1, c[i].act);
		bind_opt(st, 2, c[i].section);
		if (c[i].stk) sqlite3_bind_int(st, 3, c[i].stk);
		else sqlite3_bind_null(st, 3);
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *act = (const char *)sqlite3_column_text(st, 0);
			const char *sec = (const char *)sqlite3_column_text(st, 1);
			int stk = sqlite3_column_int(st, 2);
			for (int k = 0; k < n; k++) {
				if (k == i || !c[k].section || !act || !sec) continue;
				if (!strcmp(c[k].act, act) && !strcmp(c[k].section, sec) &&
				    (!stk || !c[k].stk || c[k].stk == stk) && c[k].cover > 0)
					c[k].graph += W_SIBLING * c[i].score;
			}
		}
		sqlite3_reset(st);
	}
}

/* Lifts the provisions that strong hits quote or cite. With letters set, the
** best-matching letters and annex rows: the minister's answer on the topic
** points at the rule that applies. Without, the best rules: "jf. dog stk. 2"
** names the exception that belongs with the rule. */
static void cited_boost(Asker *a, Cand *c, int n, int top, int letters, double weight) {
	for (int i = 0, seen = 0; i < n && seen < top; i++) {
		if (c[i].letter != letters) continue;
		seen++;
		sqlite3_stmt *st = a->cites_of;
		sqlite3_bind_int64(st, 1, c[i].id);
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *act = (const char *)sqlite3_column_text(st, 0);
			const char *sec = (const char *)sqlite3_column_text(st, 1);
			int stk = sqlite3_column_int(st, 2);
			double w = !letters && sqlite3_column_int(st, 3) ? W_EXCEPTION : weight;
			for (int k = 0; k < n; k++) {
				if (k == i || c[k].letter || !c[k].section || !act || !sec) continue;
				if (!strcmp(c[k].act, act) && !strcmp(c[k].section, sec) &&
				    (!stk || !c[k].stk || c[k].stk == stk))
					c[k].graph += w * c[i].score;
			}
		}
		sqlite3_reset(st);
	}
}

static double final_score(const Cand *c) {
	double s = W_TEXT * c->bm25 + W_CONCEPT * c->cover * c->cover + c->graph;
	if (c->defines) s += W_DEFINES;
	if (c->amending) s *= W_AMENDING;
	if (c->letter) s *= W_LETTER;
	return s;
}

/* A later amending act whose title announces that it abolishes something
** ("(... afskaffelse af ressourceforløb og revalidering m.v.)") concerns every
** provision that speaks of it, whichever act the provision is in. Returns the
** thing abolished that text speaks of (malloc()ed), or NULL. */
static char *abolishes(const char *title, const char *text) {
	const char *p = strrchr(title, '(');
	if (!p) return NULL;
	static const char *const LEADS[] = {"afskaffelse af ", "ophævelse af ", "nedlæggelse af "};
	char *low = danish_lower(text, strlen(text));
	char *found = NULL;
	for (size_t k = 0; !found && k < sizeof LEADS / sizeof *LEADS; k++) {
		for (const char *q = strstr(p, LEADS[k]); q && !found; q = strstr(q + 1, LEADS[k])) {
			const char *w = q + strlen(LEADS[k]);
			/* the things named: "ressourceforløb og revalidering m.v." */
			while (*w && *w != ')' && !found) {
				size_t n = strcspn(w, " ,)");
				const char *next = w + n;
				int single = !strncmp(next, " og ", 4) || *next == ',' || *next == ')' ||
				             !strncmp(next, " m.v.", 5) || !*next;
				if (single && n >= 6) {
					char *thing = danish_lower(w, n);
					const char *at = strstr(low, thing);
					if (at && (at == low || at[-1] == ' ' || at[-1] == '(')) found = thing;
					else free(thing);
				}
				if (strncmp(next, " og ", 4)) break;
				w = next + 4;
			}
		}
	}
	free(low);
	return found;
}

/* ---- output -------------------------------------------------------------- */

typedef struct Marker {
	Buf *b;
	const char *text;
	size_t at;
	const Understanding *u;
	Stemmer *stem;
	Buf *matched;
	int nmatched;
} Marker;

static int mark_word(void *ctx, const char *w, size_t wn, size_t s, size_t e) {
	Marker *m = ctx;
	size_t sn = 0;
	const char *t = stemmer_stem(m->stem, w, wn, &sn);
	int hit = 0;
	for (int i = 0; t && !hit && i < understanding_nterms(m->u); i++) {
		int prefix = 0;
		const char *term = understanding_term(m->u, i, NULL, &prefix);
		const char *p = term;
		while (*p && !hit) { /* any word of a phrase term */
			const char *sp = strchr(p, ' ');
			size_t n = sp ? (size_t)(sp - p) : strlen(p);
			if (n == sn ? !memcmp(t, p, n) : ((prefix || n >= 5) && sn > n && !memcmp(t, p, n)))
				hit = 1;
			p += n;
			while (*p == ' ') p++;
		}
	}
	if (!hit) return 0;
	buf_add(m->b, m->text + m->at, s - m->at);
	buf_puts(m->b, "**");
	buf_add(m->b, m->text + s, e - s);
	buf_puts(m->b, "**");
	m->at = e;
	/* the words that matched, once each */
	char *word = xstrndup(m->text + s, e - s);
	char *low = danish_lower(word, strlen(word));
	Buf probe = BUF_INIT;
	buf_json_str(&probe, low);
	if (!m->matched->s || !strstr(m->matched->s, probe.s)) {
		if (m->nmatched++) buf_putc(m->matched, ',');
		buf_puts(m->matched, probe.s);
	}
	buf_free(&probe);
	free(low);
	free(word);
	return 0;
}

static void describe(Asker *a, Item *it, const Cand *c, int rank, const Understanding *u,
                     const char *as_of) {
	Buf x = BUF_INIT, marked = BUF_INIT, matched = BUF_INIT, notes = BUF_INIT;
	buf_printf(&x, "\"rank\":%d,\"score\":%.4f", rank, c->score);
	if (it->text) {
		Marker m = {.b = &marked, .text = it->text, .u = u, .stem = a->stem, .matched = &matched};
		/* danish_words wants lower case with the same byte offsets */
		char *low = danish_lower(it->text, strlen(it->text));
		if (strlen(low) == strlen(it->text)) danish_words(low, strlen(low), mark_word, &m);
		free(low);
		buf_add(&marked, it->text + m.at, strlen(it->text) - m.at);
	}
	buf_printf(&x, ",\"matched\":[%s],\"marked\":", matched.s ? matched.s : "");
	buf_json_str(&x, marked.s ? marked.s : it->text);
	buf_printf(&x, ",\"signals\":{\"text\":%.4f,\"concepts\":%.4f,\"graph\":%.4f}",
	           c->bm25, c->cover, c->graph);

	Items vers = {0};
	graph_versions(a->g, c->id, &vers);
	buf_puts(&x, ",\"versions\":[");
	if (vers.n) buf_puts(&notes, "other versions:");
	for (int i = 0; i < vers.n; i++) {
		buf_printf(&notes, " %s (%s)", vers.v[i].version_date ? vers.v[i].version_date : "?",
		           vers.v[i].version);
		buf_puts(&x, i ? ",{\"document\":" : "{\"document\":");
		buf_json_str(&x, vers.v[i].version);
		buf_json_member(&x, "date", vers.v[i].version_date);
		buf_putc(&x, '}');
	}
	buf_putc(&x, ']');
	if (vers.n) buf_putc(&notes, '\n');

	buf_puts(&x, ",\"sources\":[");
	int ns = 0;
	if (c->section) {
		sqlite3_stmt *st = a->sources;
		bind_opt(st, 1, c->act);
		bind_opt(st, 2, c->section);
		if (c->stk) sqlite3_bind_int(st, 3, c->stk);
		else sqlite3_bind_null(st, 3);
		while (sqlite3_step(st) == SQLITE_ROW) {
			buf_puts(&x, ns++ ? ",{\"ref\":" : "{\"ref\":");
			buf_json_str(&x, (const char *)sqlite3_column_text(st, 0));
			buf_json_member(&x, "doc_title", (const char *)sqlite3_column_text(st, 1));
			buf_json_member(&x, "date", (const char *)sqlite3_column_text(st, 2));
			buf_json_member(&x, "via", (const char *)sqlite3_column_text(st, 3));
			buf_json_member(&x, "document", (const char *)sqlite3_column_text(st, 5));
			buf_putc(&x, '}');
			buf_printf(&notes, "%s by %s (%s)\n",
			           !strcmp((const char *)sqlite3_column_text(st, 3), "quotes") ? "quoted"
			                                                                      : "cited",
			           (const char *)sqlite3_column_text(st, 0),
			           sqlite3_column_text(st, 2) ? (const char *)sqlite3_column_text(st, 2) : "");
		}
		sqlite3_reset(st);
	}
	buf_putc(&x, ']');

	buf_puts(&x, ",\"warnings\":[");
	int nw = 0;
	if (it->repealed) {
		buf_json_str(&x, "this provision is repealed in this version");
		buf_puts(&notes, "! this provision is repealed in this version\n");
		nw++;
	}
	if (it->version_date && c->type && strcmp(c->type, "SVAR") && strcmp(c->type, "BREV") &&
	    strcmp(c->type, "BILAG")) {
		sqlite3_stmt *st = a->warn_act;
		bind_opt(st, 1, c->act);
		bind_opt(st, 2, it->version_date);
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *kind = (const char *)sqlite3_column_text(st, 0);
			const char *date = (const char *)sqlite3_column_text(st, 3);
			char *w = xprintf("%s %s nr. %s af %s (%s) %s this act%s: %s",
			                  (const char *)sqlite3_column_text(st, 1),
			                  "", (const char *)sqlite3_column_text(st, 2), date,
			                  (const char *)sqlite3_column_text(st, 5),
			                  !strcmp(kind, "repeals") ? "repeals" : "amends",
			                  !strcmp(kind, "repeals") ? "" : " after this version",
			                  (const char *)sqlite3_column_text(st, 4));
			/* "LOV  nr." -> "LOV nr." */
			char *dbl = strstr(w, "  ");
			if (dbl) memmove(dbl, dbl + 1, strlen(dbl));
			if (nw++) buf_putc(&x, ',');
			buf_json_str(&x, w);
			buf_printf(&notes, "! %s\n", w);
			free(w);
		}
		sqlite3_reset(st);
	}
	if (it->version_date && it->text) {
		sqlite3_stmt *st = a->reforms;
		bind_opt(st, 1, it->version_date);
		while (sqlite3_step(st) == SQLITE_ROW) {
			const char *title = (const char *)sqlite3_column_text(st, 3);
			char *thing = title ? abolishes(title, it->text) : NULL;
			if (!thing) continue;
			char *w = xprintf("%s nr. %s af %s (%s), later than this version, abolishes %s, "
			                  "which this provision concerns: %s",
			                  (const char *)sqlite3_column_text(st, 0),
			                  (const char *)sqlite3_column_text(st, 1),
			                  (const char *)sqlite3_column_text(st, 2),
			                  (const char *)sqlite3_column_text(st, 4), thing, title);
			if (nw++) buf_putc(&x, ',');
			buf_json_str(&x, w);
			buf_printf(&notes, "! %s\n", w);
			free(w);
			free(thing);
		}
		sqlite3_reset(st);
	}
	if (as_of && it->version_date && strcmp(it->version_date, as_of) > 0) {
		if (nw++) buf_putc(&x, ',');
		buf_json_str(&x, "no version in force on the date asked for: this is the nearest, "
		                 "a later one");
		buf_puts(&notes, "! no version in force on the date asked for: this is a later one\n");
	}
	buf_putc(&x, ']');
	it->extra = buf_take(&x);
	it->marked = marked.s ? buf_take(&marked) : NULL;
	it->notes = notes.s ? buf_take(&notes) : NULL;
	items_free(&vers);
	buf_free(&marked);
	buf_free(&matched);
}

char *ask_read_as(Asker *a, const char *question) {
	Understanding *u = NULL;
	char *err = NULL;
	if (understand(question, a->sw, a->th, graph_reader(a->g), &u, &err) != LG_OK) {
		free(err);
		return NULL;
	}
	char *s = understanding_summary(u);
	understanding_free(u);
	return s;
}

int ask(Asker *a, const char *question, const char *as_of, int limit, RankMode mode,
        Items *out, char **understood, char **err) {
	Understanding *u = NULL;
	if (understand(question, a->sw, a->th, graph_reader(a->g), &u, err) != LG_OK) return LG_ERROR;
	*understood = xstrdup(understanding_json(u));
	const char *fts = understanding_fts(u);
	if (!*fts) {
		understanding_free(u);
		return LG_OK;
	}
	const char *date = as_of ? as_of : graph_today(a->g);
	Cand *c = NULL;
	int n = 0;
	VerCache vc = {0};
	sqlite3_stmt *st = a->cand;
	sqlite3_bind_text(st, 1, fts, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 2, MAX_CANDIDATES);
	double top_bm = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		double bm = -sqlite3_column_double(st, 1);
		const char *act = (const char *)sqlite3_column_text(st, 2);
		long long doc = sqlite3_column_int64(st, 3);
		const char *kind = (const char *)sqlite3_column_text(st, 4);
		const char *section = (const char *)sqlite3_column_text(st, 5);
		const char *nr = (const char *)sqlite3_column_text(st, 7);
		int in_corpus = sqlite3_column_int(st, 9);
		const char *type = (const char *)sqlite3_column_text(st, 10);
		const char *title = (const char *)sqlite3_column_text(st, 11);
		int letter = type && (!strcmp(type, "SVAR") || !strcmp(type, "BREV") ||
		                      !strcmp(type, "BILAG"));
		if (in_corpus && !letter) {
			long long now = in_force(a, &vc, act, date);
			if (now && now != doc) continue; /* a rule is ranked in the version in force */
		}
		int k;
		for (k = 0; k < n && c[k].id != id; k++) {}
		if (k < n) {
			if (bm > c[k].bm25) c[k].bm25 = bm;
			continue;
		}
		c = xrealloc(c, (size_t)(n + 1) * sizeof *c);
		Cand *x = &c[n++];
		memset(x, 0, sizeof *x);
		x->id = id;
		x->bm25 = bm;
		x->act = xstrdup(act);
		x->kind = xstrdup(kind);
		x->section = section ? xstrdup(section) : NULL;
		x->nr = nr ? xstrdup(nr) : NULL;
		x->stk = sqlite3_column_int(st, 6);
		x->type = type ? xstrdup(type) : NULL;
		x->amending = title && !strncmp(title, "Lov om ændring", 15);
		x->letter = letter;
		x->doc = doc;
		if (bm > top_bm) top_bm = bm;
	}
	sqlite3_reset(st);
	for (int i = 0; i < vc.n; i++) free(vc.act[i]);

	double *cw = concept_weights(a, u);
	unsigned char *def = xcalloc((size_t)understanding_nconcepts(u) + 1, 1);
	for (int i = 0; i < n; i++) {
		c[i].bm25 = top_bm > 0 ? c[i].bm25 / top_bm : 0;
		if (mode == RANK_BM25) {
			c[i].score = c[i].bm25;
			continue;
		}
		Item it = {0};
		graph_item(a->g, c[i].id, &it);
		Stems s = {0};
		stems_of(a->stem, it.text ? it.text : "", &s);
		if (c[i].letter) {         /* a passage of an answer speaks to its question */
			sqlite3_bind_int64(a->asked, 1, c[i].doc);
			if (sqlite3_step(a->asked) == SQLITE_ROW && sqlite3_column_text(a->asked, 0))
				stems_of(a->stem, (const char *)sqlite3_column_text(a->asked, 0), &s);
			sqlite3_reset(a->asked);
		}
		c[i].defines = it.text ? definitions(a, u, it.text, def) : 0;
		if (!it.text) memset(def, 0, (size_t)understanding_nconcepts(u) + 1);
		c[i].cover = coverage(u, cw, &s, def);
		stems_free(&s);
		item_clear(&it);
		if (quoted_count(a, &c[i]) > 0) c[i].graph += W_QUOTED;
		c[i].score = final_score(&c[i]);
	}
	qsort(c, (size_t)n, sizeof *c, by_score);
	if (mode == RANK_FULL && n > 0) {
		sibling_boost(a, c, n, 5);
		cited_boost(a, c, n, 10, 1, W_DISCUSSED);
		cited_boost(a, c, n, 3, 0, W_CITED);
		for (int i = 0; i < n; i++) c[i].score = final_score(&c[i]);
		qsort(c, (size_t)n, sizeof *c, by_score);
	}
	for (int i = 0; i < n && out->n < limit; i++) {
		Item *it = items_add(out);
		if (graph_item(a->g, c[i].id, it) != LG_OK) {
			out->n--;
			continue;
		}
		describe(a, it, &c[i], out->n, u, as_of);
	}
	for (int i = 0; i < n; i++) cand_free(&c[i]);
	free(c);
	free(cw);
	free(def);
	understanding_free(u);
	return LG_OK;
}
