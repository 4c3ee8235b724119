/*
** check.c -- checks a letter's quotations and citations against the law (see
** check.h).
**
** For each document of the input: every quotation is attributed to a citation
** with resolve_attribution() (as the indexer does), the citation is read in the
** version of its act in force on the document's date (resolve_version()), and
** the quotation is aligned word by word with that provision's text. Citations
** outside quotations are looked up the same way. Last, ask() ranks provisions
** for the document's question and those it does not cite are listed.
**
** The alignment is a semi-global edit distance over words: skipping law words
** before the quotation, after it and at a "[...]" costs nothing, so a quotation
** of a part of a provision matches; every other skipped, added or changed word
** costs one. A quotation whose words mostly do not stand in the provision is
** looked for elsewhere with the FTS index and the same alignment.
*/
#include "check.h"
#include "ask.h"
#include "danish.h"
#include "letter.h"
#include "ref.h"
#include "statute.h"
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_CELLS (24u << 20)        /* alignment matrix cap: quote words x law words */
#define MIN_SHARE 0.5                /* below this share of matching words: not in the provision */
#define FIND_SHARE 0.6               /* ... and this share to say where the words do stand */
#define NOT_MENTIONED 5               /* at most this many rules listed as not mentioned ... */
#define NOT_MENTIONED_RANK 15         /* ... from this many best-ranked for the topic */

struct Checker {
	Graph *g;
	LetterParser *lp;   /* parses the letters checked */
	Asker *asker;
	char *ask_err;
	sqlite3_stmt *doc_by_name, *version, *find, *chapter, *fts, *prov, *repeals, *in_force;
	sqlite3_stmt *by_number;
};

static const char *const STATUS[CHECK_N] = {
	"match", "differs", "not found", "not in corpus", "cited", "not mentioned", "not attributed"};

const char *check_status_name(CheckStatus s) {
	return s >= 0 && s < CHECK_N ? STATUS[s] : "?";
}

Checker *checker_new(Graph *g, const char *corpus_dir, char **err) {
	Checker *c = xcalloc(1, sizeof *c);
	c->g = g;
	c->lp = letter_parser_new(graph_lexicon(g), err);
	if (!c->lp) {
		checker_free(c);
		return NULL;
	}
	sqlite3 *db = graph_db(g);
	if (sqlite3_prepare_v2(db, "SELECT path, type, date, in_corpus FROM documents WHERE name=?",
	                       -1, &c->doc_by_name, NULL) ||
	    sqlite3_prepare_v2(db, "SELECT name, type, number, date, title FROM documents WHERE id=?",
	                       -1, &c->version, NULL) ||
	    sqlite3_prepare_v2(db, "SELECT id, repealed FROM provisions WHERE doc=?1 AND section=?2"
	                       " AND stk IS ?3 AND nr IS ?4 AND litra IS NULL ORDER BY id LIMIT 1",
	                       -1, &c->find, NULL) ||
	    sqlite3_prepare_v2(db, "SELECT id FROM provisions WHERE doc=?1 AND kind='chapter'"
	                       " AND label=?2 LIMIT 1", -1, &c->chapter, NULL) ||
	    sqlite3_prepare_v2(db, "SELECT p.id FROM fts JOIN provisions p ON p.id=fts.rowid"
	                       " JOIN documents d ON d.id=p.doc WHERE fts MATCH ?1 AND d.in_corpus=1"
	                       " AND d.type NOT IN ('SVAR','BREV','BILAG') AND p.repealed=0"
	                       " AND p.kind IN ('section','stk','nr') AND (?2=0 OR p.doc=?2)"
	                       " ORDER BY bm25(fts) LIMIT 40", -1, &c->fts, NULL) ||
	    sqlite3_prepare_v2(db, "SELECT p.act, p.doc, p.kind, p.text FROM provisions p"
	                       " WHERE p.id=?", -1, &c->prov, NULL) ||
	    /* documents of another act that repeal act ?1 as a whole, after version ?2 */
	    sqlite3_prepare_v2(db, "SELECT DISTINCT d.id FROM edges e JOIN provisions s ON s.id=e.src"
	                       " JOIN documents d ON d.id=s.doc WHERE e.kind='repeals' AND e.t_act=?1"
	                       " AND e.t_section IS NULL AND e.t_chapter IS NULL AND d.in_corpus=1"
	                       " AND d.act<>?1 AND d.date>=(SELECT date FROM documents WHERE id=?2)"
	                       " ORDER BY d.date, d.id", -1, &c->repeals, NULL) ||
	    sqlite3_prepare_v2(db, "SELECT text, ref FROM provisions WHERE doc=?1"
	                       " AND kind IN ('stk','section') AND (text LIKE '%træder i kraft%'"
	                       " OR text LIKE '%fortsat anvendelse%') ORDER BY kind='section', id",
	                       -1, &c->in_force, NULL) ||
	    sqlite3_prepare_v2(db, "SELECT id FROM documents WHERE number=?1 AND in_corpus=1"
	                       " AND type NOT IN ('SVAR','BREV','BILAG') ORDER BY date DESC LIMIT 1",
	                       -1, &c->by_number, NULL)) {
		*err = xprintf("cannot read the index: %s", sqlite3_errmsg(db));
		checker_free(c);
		return NULL;
	}
	/* without the thesaurus, "not mentioned" is left out; the check itself works */
	c->asker = asker_new(g, corpus_dir, &c->ask_err);
	return c;
}

void checker_free(Checker *c) {
	if (!c) return;
	sqlite3_stmt *all[] = {c->doc_by_name, c->version, c->find,    c->chapter,
	                       c->fts,         c->prov,    c->repeals, c->in_force, c->by_number};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++) sqlite3_finalize(all[i]);
	asker_free(c->asker);
	letter_parser_free(c->lp);
	free(c->ask_err);
	free(c);
}

static char *col(sqlite3_stmt *st, int i) {
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

/* ------------------------------------------------------------------------ */
/* Words. */

enum {
	T_SEG = 1,    /* an omission ("[...]") stands before this word */
	T_JOIN = 2,   /* hyphenated across a line: may join the next word */
	T_FREE = 4,   /* costs nothing to skip: "Stk. 2." headings, "1)" labels, a leading "at" */
	T_EDIT = 8    /* in square brackets: the writer's word ("[borgerens]") */
};

typedef struct Tok {
	char *w;
	size_t s, e;       /* byte span in the source text */
	unsigned flags;
} Tok;

typedef struct Toks {
	const char *src;
	Tok *v;
	int n, cap;
	size_t prev_end;
	unsigned pending;  /* flags for the next word */
} Toks;

static void tok_push(Toks *t, const char *w, size_t wn, size_t s, size_t e, unsigned flags) {
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->v = xrealloc(t->v, (size_t)t->cap * sizeof *t->v);
	}
	t->v[t->n++] = (Tok){xstrndup(w, wn), s, e, flags};
}

static void toks_free(Toks *t) {
	for (int i = 0; i < t->n; i++) free(t->v[i].w);
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}

/* What stands between two words: "§" signs are words too; "[...]", "[…]", "…"
** mark an omission; "-" then a line break or space joins a hyphenated word. */
static void gap(Toks *t, size_t a, size_t b) {
	const char *s = t->src;
	for (size_t i = a; i < b; i++) {
		if ((unsigned char)s[i] == 0xC2 && i + 1 < b && (unsigned char)s[i + 1] == 0xA7) {
			tok_push(t, "§", 2, i, i + 2, t->pending);
			t->pending = 0;
			i++;
		} else if ((unsigned char)s[i] == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80 &&
		           (unsigned char)s[i + 2] == 0xA6) {
			t->pending |= T_SEG;  /* … */
			i += 2;
		} else if (s[i] == '.' && i + 2 < b && s[i + 1] == '.' && s[i + 2] == '.') {
			t->pending |= T_SEG;
			i += 2;
		}
	}
	if (t->n > 0 && a < b && s[a] == '-' && a + 1 < b && (s[a + 1] == '\n' || s[a + 1] == ' ') &&
	    t->v[t->n - 1].e == a)
		t->v[t->n - 1].flags |= T_JOIN;
}

static int on_word(void *ctx, const char *w, size_t wn, size_t start, size_t end) {
	Toks *t = ctx;
	gap(t, t->prev_end, start);
	tok_push(t, w, wn, start, end, t->pending);
	t->pending = 0;
	t->prev_end = end;
	return 0;
}

/* Square brackets in a quotation are the writer's: a word split by one ("[e]n",
** "kommunen[s]") is one word again, and words inside them ("[borgerens]") are
** marked T_EDIT. "[...]" is an omission (see gap()). */
static void brackets(Toks *t, size_t n) {
	const char *s = t->src;
	int m = 0;
	for (int i = 0; i < t->n; i++) {
		Tok *k = &t->v[i];
		Tok *p = m > 0 ? &t->v[m - 1] : NULL;
		if (p && k->s == p->e + 1 && (s[p->e] == '[' || s[p->e] == ']')) {
			char *w = xprintf("%s%s", p->w, k->w);
			free(p->w);
			free(k->w);
			p->w = w;
			p->e = k->e;
			if (p->s > 0 && s[p->s - 1] == '[') p->s--;
			if (p->e < n && s[p->e] == ']') p->e++;
			continue;
		}
		t->v[m++] = *k;
	}
	t->n = m;
	int depth = 0;
	size_t prev = 0;
	for (int i = 0; i < t->n; i++) {
		for (size_t j = prev; j < t->v[i].s; j++) {
			if (s[j] == ']' && depth > 0) depth--;
			if (s[j] != '[') continue;
			size_t k = j + 1;   /* "[...]", "[…]": an omission, not the writer's words */
			while (k < t->v[i].s && (s[k] == '.' || s[k] == ' ' || (unsigned char)s[k] >= 0x80)) k++;
			if (k < n && s[k] == ']') j = k;
			else depth++;
		}
		if (depth > 0) t->v[i].flags |= T_EDIT;
		prev = t->v[i].e;
	}
}

/* Splits s[0..n) into lower-case words. law: the text of a provision, whose
** "Stk. 2." headings and "1)" labels cost nothing to skip. */
static void tokenize(Toks *t, const char *s, size_t n, int law) {
	memset(t, 0, sizeof *t);
	t->src = s;
	danish_words(s, n, on_word, t);
	gap(t, t->prev_end, n);
	for (int i = 0; i < t->n; i++) {
		Tok *k = &t->v[i];
		/* "1)", "a)": an item label */
		if (k->e < n && s[k->e] == ')' && k->e - k->s <= 3 && (k->s == 0 || s[k->s - 1] == ' ' ||
		                                                       s[k->s - 1] == '\n'))
			k->flags |= T_FREE;
		if (law && !strcmp(k->w, "stk") && s[k->s] == 'S' && i + 1 < t->n && k->e < n &&
		    s[k->e] == '.' && t->v[i + 1].e < n && s[t->v[i + 1].e] == '.') {
			k->flags |= T_FREE;
			t->v[i + 1].flags |= T_FREE;
		}
	}
	if (!law) {
		brackets(t, n);
		/* a leading "at" (”at afviser en person ...”) is the letter's, not the law's */
		for (int i = 0; i < t->n; i++)
			if ((i == 0 || (t->v[i].flags & T_SEG)) && !strcmp(t->v[i].w, "at"))
				t->v[i].flags |= T_FREE;
	}
}

/* The text after a section's heading "§ 53." / "§§ 58-68.". */
static const char *skip_heading(const char *text, size_t *n) {
	if (*n > 2 && (unsigned char)text[0] == 0xC2 && (unsigned char)text[1] == 0xA7) {
		const char *dot = memchr(text, '.', *n < 24 ? *n : 24);
		if (dot) {
			size_t k = (size_t)(dot - text) + 1;
			*n -= k;
			return text + k;
		}
	}
	return text;
}

/* ------------------------------------------------------------------------ */
/* Alignment. */

/* Costs: a law word left out costs less than a word added or changed, so that a
** dropped sentence reads as one missing run rather than the next sentence added. */
enum { C_DEL = 1, C_INS = 2, C_SUB = 2 };

enum { OP_MATCH, OP_JOIN, OP_SUB, OP_INS, OP_DEL, OP_FREE_INS, OP_FREE_DEL, OP_GAP };

typedef struct Align {
	int cost;
	int quote_words, matched;
	CheckDiff *diffs;
	int n_diffs;
	int ok;            /* 0 when too long to align */
	size_t law_s, law_e; /* bytes of the provision's text from the first to the last word matched */
} Align;

static void align_clear(Align *a) {
	for (int i = 0; i < a->n_diffs; i++) {
		free(a->diffs[i].quote);
		free(a->diffs[i].law);
		free(a->diffs[i].context);
	}
	free(a->diffs);
	memset(a, 0, sizeof *a);
}

/* src[a..b) with every run of white space as one space. */
static char *span_text(const char *src, size_t a, size_t b) {
	Buf o = BUF_INIT;
	int sp = 0;
	for (size_t i = a; i < b; i++) {
		char ch = src[i];
		if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
			sp = 1;
			continue;
		}
		if (sp && o.n) buf_putc(&o, ' ');
		sp = 0;
		buf_putc(&o, ch);
	}
	return buf_take(&o);
}

/* Whether two words of six letters or more are one or two letters apart (a
** misspelling or an inflection: "arbejdssevne", "personen"), and not numbers. */
static int near_word(const char *a, const char *b) {
	size_t m = strlen(a), n = strlen(b);
	if (m < 6 || n < 6 || m > 40 || n > 40 || (m > n ? m - n : n - m) > 2) return 0;
	for (size_t i = 0; i < m; i++)
		if (a[i] >= '0' && a[i] <= '9') return 0;
	int d[41][41];
	for (size_t i = 0; i <= m; i++) d[i][0] = (int)i;
	for (size_t j = 0; j <= n; j++) d[0][j] = (int)j;
	for (size_t i = 1; i <= m; i++)
		for (size_t j = 1; j <= n; j++) {
			int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < best) best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
			d[i][j] = best;
		}
	return d[m][n] <= 2;
}

static void add_diff(Align *a, const Toks *q, const Toks *l, int q0, int q1, int l0, int l1) {
	if (q0 >= q1 && l0 >= l1) return;
	a->diffs = xrealloc(a->diffs, (size_t)(a->n_diffs + 1) * sizeof *a->diffs);
	CheckDiff *d = &a->diffs[a->n_diffs++];
	d->op = q0 < q1 && l0 < l1 ? DIFF_CHANGED : q0 < q1 ? DIFF_ADDED : DIFF_MISSING;
	d->quote = q0 < q1 ? span_text(q->src, q->v[q0].s, q->v[q1 - 1].e) : NULL;
	d->law = l0 < l1 ? span_text(l->src, l->v[l0].s, l->v[l1 - 1].e) : NULL;
	int c0 = q0 - 4 < 0 ? 0 : q0 - 4;
	if (c0 < q0 && !(q->v[q0 < q->n ? q0 : q->n - 1].flags & T_SEG))
		d->context = span_text(q->src, q->v[c0].s, q->v[q0 - 1].e);
	else
		d->context = NULL;
	d->editorial = q0 < q1;
	for (int i = q0; i < q1; i++) d->editorial &= (q->v[i].flags & T_EDIT) != 0;
	d->spelling = q1 == q0 + 1 && l1 == l0 + 1 && near_word(q->v[q0].w, l->v[l0].w);
}

static int joins(const Toks *q, int i, const Tok *lw) {
	if (!(q->v[i].flags & T_JOIN) || i + 1 >= q->n) return 0;
	size_t a = strlen(q->v[i].w), b = strlen(q->v[i + 1].w);
	return strlen(lw->w) == a + b && !memcmp(lw->w, q->v[i].w, a) &&
	       !memcmp(lw->w + a, q->v[i + 1].w, b);
}

/* Aligns the quotation's words q with the provision's words l (see the top of
** this file). Fills a with the cost, the share of matching words and the
** differences. */
static void align(const Toks *q, const Toks *l, Align *a) {
	memset(a, 0, sizeof *a);
	int m = q->n, n = l->n;
	for (int i = 0; i < m; i++) a->quote_words += !(q->v[i].flags & T_FREE);
	if ((size_t)(m + 1) * (size_t)(n + 1) > MAX_CELLS) return;
	a->ok = 1;
	size_t W = (size_t)n + 1;
	int *D = xmalloc((size_t)(m + 1) * W * sizeof *D);
	unsigned char *B = xmalloc((size_t)(m + 1) * W);
	for (int j = 0; j <= n; j++) {
		D[j] = 0;
		B[j] = OP_GAP;
	}
	for (int i = 1; i <= m; i++) {
		const Tok *qi = &q->v[i - 1];
		int gap_free = i == m || (q->v[i].flags & T_SEG);
		int ins = qi->flags & T_FREE ? 0 : C_INS;
		D[i * W] = D[(i - 1) * W] + ins;
		B[i * W] = ins ? OP_INS : OP_FREE_INS;
		for (int j = 1; j <= n; j++) {
			const Tok *lj = &l->v[j - 1];
			int best, op;
			if (!strcmp(qi->w, lj->w)) {
				best = D[(i - 1) * W + j - 1];
				op = OP_MATCH;
			} else {
				best = D[(i - 1) * W + j - 1] + C_SUB;
				op = OP_SUB;
			}
			if (i >= 2 && joins(q, i - 2, lj) && D[(i - 2) * W + j - 1] < best) {
				best = D[(i - 2) * W + j - 1];
				op = OP_JOIN;
			}
			int del = gap_free ? 0 : (lj->flags & T_FREE) ? 0 : C_DEL;
			if (D[i * W + j - 1] + del < best || (del == 0 && D[i * W + j - 1] == best && op != OP_MATCH)) {
				best = D[i * W + j - 1] + del;
				op = gap_free ? OP_GAP : del ? OP_DEL : OP_FREE_DEL;
			}
			if (D[(i - 1) * W + j] + ins < best) {
				best = D[(i - 1) * W + j] + ins;
				op = ins ? OP_INS : OP_FREE_INS;
			}
			D[i * W + j] = best;
			B[i * W + j] = (unsigned char)op;
		}
	}
	a->cost = D[(size_t)m * W + (size_t)n];
	/* trace back, then walk forward collecting runs of differences */
	int cap = m + n + 2, k = 0;
	unsigned char *ops = xmalloc((size_t)cap);
	int i = m, j = n;
	while (i > 0 || j > 0) {
		unsigned char op = i > 0 ? B[(size_t)i * W + (size_t)j] : OP_GAP;
		if (i > 0 && j == 0 && op != OP_INS && op != OP_FREE_INS) op = D[(size_t)i * W] ? OP_INS : OP_FREE_INS;
		ops[k++] = op;
		switch (op) {
		case OP_MATCH: case OP_SUB: i--; j--; break;
		case OP_JOIN: i -= 2; j--; break;
		case OP_INS: case OP_FREE_INS: i--; break;
		default: j--; break;
		}
	}
	int qi = 0, lj = 0, q0 = -1, l0 = -1, q1 = 0, l1 = 0;
	for (int x = k - 1; x >= 0; x--) {
		unsigned char op = ops[x];
		int in_run = op == OP_SUB || op == OP_INS || op == OP_DEL;
		if (in_run) {
			if (q0 < 0) {
				q0 = q1 = qi;
				l0 = l1 = lj;
			}
			if (op != OP_DEL) q1 = qi + 1;
			if (op != OP_INS) l1 = lj + 1;
		} else if (q0 >= 0 && op != OP_FREE_DEL && op != OP_FREE_INS) {
			add_diff(a, q, l, q0, q1, l0, l1);
			q0 = -1;
		}
		if (op == OP_MATCH) a->matched += !(q->v[qi].flags & T_FREE);
		if (op == OP_JOIN) a->matched += 2;
		if (op == OP_MATCH || op == OP_JOIN) {
			if (!a->law_e) a->law_s = l->v[lj].s;
			a->law_e = l->v[lj].e;
		}
		switch (op) {
		case OP_MATCH: case OP_SUB: qi++; lj++; break;
		case OP_JOIN: qi += 2; lj++; break;
		case OP_INS: case OP_FREE_INS: qi++; break;
		default: lj++; break;
		}
	}
	if (q0 >= 0) add_diff(a, q, l, q0, q1, l0, l1);
	free(ops);
	free(D);
	free(B);
}

static double share(const Align *a) {
	return a->quote_words ? (double)a->matched / a->quote_words : 1.0;
}

/* ------------------------------------------------------------------------ */
/* Lookups. */

static void version_info(Checker *c, long long doc, const char *date, CheckVersion *v) {
	sqlite3_stmt *st = c->version;
	sqlite3_bind_int64(st, 1, doc);
	if (sqlite3_step(st) == SQLITE_ROW) {
		v->document = col(st, 0);
		v->type = col(st, 1);
		v->number = col(st, 2);
		v->date = col(st, 3);
		v->title = col(st, 4);
		v->in_force = !v->date || !date || strcmp(v->date, date) <= 0;
	}
	sqlite3_reset(st);
}

static void version_clear(CheckVersion *v) {
	free(v->document);
	free(v->type);
	free(v->number);
	free(v->date);
	free(v->title);
	memset(v, 0, sizeof *v);
}

/* The provision section/stk/nr of document doc: its id (0 if none), *repealed. */
static long long find_in(Checker *c, long long doc, const char *section, int stk, const char *nr,
                         int *repealed) {
	sqlite3_stmt *st = c->find;
	sqlite3_bind_int64(st, 1, doc);
	sqlite3_bind_text(st, 2, section, -1, SQLITE_TRANSIENT);
	if (stk) sqlite3_bind_int(st, 3, stk);
	else sqlite3_bind_null(st, 3);
	if (nr && *nr) sqlite3_bind_text(st, 4, nr, -1, SQLITE_TRANSIENT);
	else sqlite3_bind_null(st, 4);
	long long id = 0;
	*repealed = 0;
	if (sqlite3_step(st) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		*repealed = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	/* "§ 15, stk. 1" of a section with one subsection is the section */
	if (!id && stk == 1) id = find_in(c, doc, section, 0, nr, repealed);
	return id;
}

/* The text of provision id to compare with (a section's heading skipped). */
static char *prov_text(Checker *c, long long id, char **act, long long *doc) {
	sqlite3_stmt *st = c->prov;
	sqlite3_bind_int64(st, 1, id);
	char *text = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		if (act) *act = col(st, 0);
		if (doc) *doc = sqlite3_column_int64(st, 1);
		const char *t = (const char *)sqlite3_column_text(st, 3);
		size_t n = t ? (size_t)sqlite3_column_bytes(st, 3) : 0;
		const char *k = (const char *)sqlite3_column_text(st, 2);
		if (t && k && !strcmp(k, "section")) t = skip_heading(t, &n);
		text = t ? xstrndup(t, n) : NULL;
	}
	sqlite3_reset(st);
	return text;
}

static int cmp_len_desc(const void *a, const void *b) {
	size_t x = strlen(*(char *const *)a), y = strlen(*(char *const *)b);
	return x < y ? 1 : x > y ? -1 : 0;
}

/* Where the quotation's words stand: the provision (in doc only, when doc != 0)
** whose text matches the largest share of them, from the FTS index's best hits.
** Returns its id and fills *best, or 0. */
static long long locate(Checker *c, const Toks *q, long long doc, const char *date, Align *best) {
	char **w = xmalloc((size_t)(q->n + 1) * sizeof *w);
	int nw = 0;
	for (int i = 0; i < q->n; i++) {
		if (strlen(q->v[i].w) < 5 || (q->v[i].flags & T_FREE)) continue;
		int dup = 0;
		for (int k = 0; k < nw && !dup; k++) dup = !strcmp(w[k], q->v[i].w);
		if (!dup) w[nw++] = q->v[i].w;
	}
	qsort(w, (size_t)nw, sizeof *w, cmp_len_desc);
	Buf m = BUF_INIT;
	for (int k = 0; k < nw && k < 12; k++) buf_printf(&m, "%s\"%s\"", k ? " OR " : "", w[k]);
	free(w);
	long long found = 0;
	memset(best, 0, sizeof *best);
	if (!m.n) return 0;
	long long *ids = NULL;
	int nids = 0;
	sqlite3_stmt *st = c->fts;
	sqlite3_bind_text(st, 1, m.s, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, doc);
	while (sqlite3_step(st) == SQLITE_ROW) {
		ids = xrealloc(ids, (size_t)(nids + 1) * sizeof *ids);
		ids[nids++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	buf_free(&m);
	size_t best_len = 0;
	int best_in_force = 0;
	for (int k = 0; k < nids; k++) {
		char *act = NULL;
		long long pdoc = 0;
		char *text = prov_text(c, ids[k], &act, &pdoc);
		if (!text) {
			free(act);
			continue;
		}
		Toks l;
		tokenize(&l, text, strlen(text), 1);
		Align a;
		align(q, &l, &a);
		size_t len = strlen(text);
		int in_force = act && resolve_version(graph_resolver(c->g), act, date) == pdoc;
		int better = !found || a.matched > best->matched ||
		             (a.matched == best->matched &&
		              (a.cost < best->cost ||
		               (a.cost == best->cost && (in_force > best_in_force ||
		                                         (in_force == best_in_force && len < best_len)))));
		if (a.ok && share(&a) >= FIND_SHARE && better) {
			align_clear(best);
			*best = a;
			found = ids[k];
			best_len = len;
			best_in_force = in_force;
		} else
			align_clear(&a);
		toks_free(&l);
		free(text);
		free(act);
	}
	free(ids);
	return found;
}

/* ------------------------------------------------------------------------ */
/* Results. */

static CheckResult *add_result(CheckReport *r, CheckDoc *d, CheckStatus s) {
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 32;
		r->v = xrealloc(r->v, (size_t)r->cap * sizeof *r->v);
	}
	CheckResult *x = &r->v[r->n++];
	memset(x, 0, sizeof *x);
	x->status = s;
	x->in = d->name;
	return x;
}

/* An item for a provision named but not found or not indexed. */
static void named_item(Checker *c, Item *it, const Target *t) {
	const Acts *acts = graph_acts(c->g);
	int known = t->act[0] && acts_known(acts, t->act);
	const char *shrt = known ? acts_short(acts, t->act) : t->act;
	it->ref = t->ref ? xstrdup(t->ref)
	                 : ref_format(shrt, t->chapter, t->section, t->stk, t->nr, NULL, t->part);
	it->doc = shrt && *shrt ? xstrdup(shrt) : NULL;
	it->doc_title = known ? xstrdup(acts_title(acts, t->act)) : NULL;
	it->chapter = t->chapter[0] ? xstrdup(t->chapter) : NULL;
	it->section = t->section[0] ? xstrdup(t->section) : t->part[0] ? xstrdup(t->part) : NULL;
	it->subsection = t->stk ? xprintf("%d", t->stk) : NULL;
	it->item = t->nr[0] ? xstrdup(t->nr) : NULL;
	it->kind = xstrdup(t->section[0] ? (t->nr[0] ? "nr" : t->stk ? "stk" : "section")
	                   : t->chapter[0] ? "chapter" : t->part[0] ? "part" : "document");
}

static char *version_label(const CheckVersion *v) {
	if (!v->document) return xstrdup("?");
	if (v->number)
		return xprintf("%s nr. %s af %s", v->type ? v->type : "", v->number, v->date ? v->date : "?");
	return xprintf("%s", v->document);
}

static void set_note(CheckResult *x, char *note) {
	free(x->note);
	x->note = note;
}

/* The quotation's words are not in the provision cited: says where they stand. */
static void look_elsewhere(Checker *c, CheckResult *x, const Toks *q, const char *date,
                           long long skip) {
	Align a;
	long long id = locate(c, q, 0, date, &a);
	if (id && id != skip) {
		Item it = {0};
		graph_item(c->g, id, &it);
		x->found_in = xstrdup(it.ref);
		char *act = NULL;
		long long doc = 0;
		free(prov_text(c, id, &act, &doc));
		version_info(c, doc, date, &x->found_version);
		free(act);
		item_clear(&it);
		char *vl = version_label(&x->found_version);
		Buf how = BUF_INIT;   /* the first differences there, briefly */
		for (int i = 0; i < a.n_diffs && i < 3; i++) {
			const CheckDiff *d = &a.diffs[i];
			buf_puts(&how, i ? "; " : ", with differences: ");
			if (d->op == DIFF_CHANGED) buf_printf(&how, "[%s → %s]", d->quote, d->law);
			else if (d->op == DIFF_MISSING) buf_printf(&how, "[missing: %s]", d->law);
			else buf_printf(&how, "[added: %s]", d->quote);
		}
		if (a.n_diffs > 3) buf_puts(&how, "; …");
		char *prev = x->note;
		x->note = xprintf("%s%sthe quoted words stand in %s (%s%s)%s", prev ? prev : "",
		                  prev ? "; " : "", x->found_in, vl,
		                  x->found_version.in_force ? "" : ", the nearest version",
		                  how.s ? how.s : "");
		buf_free(&how);
		free(prev);
		free(vl);
	}
	align_clear(&a);
}

/* Compares the quotation with provision id and sets x's status and diffs.
** Returns 0 when its words mostly do not stand there. */
static int compare(Checker *c, CheckResult *x, const Toks *q, long long id) {
	char *text = prov_text(c, id, NULL, NULL);
	if (!text) return 0;
	Toks l;
	tokenize(&l, text, strlen(text), 1);
	Align a;
	align(q, &l, &a);
	int ok = a.ok && share(&a) >= MIN_SHARE;
	x->quote_words = a.quote_words;
	x->matched_words = a.matched;
	if (!a.ok) {
		x->status = CHECK_NOT_FOUND;
		set_note(x, xstrdup("the provision is too long to compare word by word"));
	} else if (ok) {
		x->status = a.n_diffs ? CHECK_DIFFERS : CHECK_MATCH;
		x->diffs = a.diffs;
		x->n_diffs = a.n_diffs;
		a.diffs = NULL;
		a.n_diffs = 0;
	}
	align_clear(&a);
	toks_free(&l);
	free(text);
	return ok;
}

/* Whether act (version ver) is repealed as a whole on date by a document of
** another act ("Bekendtgørelse nr. 2409 af 13. december 2021 ... ophæves"): fills
** *by with the repealing document and from (YYYY-MM-DD: its "træder i kraft den
** ..." date, else its own date) and *keeps with the provision that keeps the act
** for some cases ("finder fortsat anvendelse"), or NULL. Returns 1 when repealed
** on or before date, 2 when repealed only after it by a document published by
** then, 0 otherwise. */
static int act_repealed(Checker *c, const char *act, long long ver, const char *date,
                        CheckVersion *by, char from[32], char **keeps) {
	sqlite3_stmt *st = c->repeals;
	sqlite3_bind_text(st, 1, act, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 2, ver);
	long long doc = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	*keeps = NULL;
	if (!doc) return 0;
	version_info(c, doc, date, by);
	snprintf(from, 32, "%s", by->date ? by->date : "");
	st = c->in_force;
	sqlite3_bind_int64(st, 1, doc);
	int dated = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);
		const char *k = t && !dated ? strstr(t, "træder i kraft den ") : NULL;
		if (k) dated = danish_date(k + strlen("træder i kraft den "),
		                           strlen(k + strlen("træder i kraft den ")), from) > 0;
		if (t && !*keeps && strstr(t, "fortsat anvendelse")) *keeps = col(st, 1);
	}
	sqlite3_reset(st);
	if (!from[0]) return 0;
	if (strcmp(from, date) <= 0) return 1;
	/* a repeal published by the date, in force later: worth saying; one
	** published later is history the document could not know */
	return by->date && strcmp(by->date, date) <= 0 ? 2 : 0;
}

/* Adds what a repeal of the whole act means to x: a finding when it is in
** force on the date, a note when it comes later. */
static void note_act_repeal(Checker *c, CheckResult *x, const char *act, long long ver,
                            const char *date) {
	CheckVersion by = {0};
	char from[32] = "", *keeps = NULL;
	int rep = act_repealed(c, act, ver, date, &by, from, &keeps);
	if (rep) {
		char *vl = version_label(&x->cw), *bl = version_label(&by);
		char *kept = keeps ? xprintf(" (it still applies in some cases: %s)", keeps) : xstrdup("");
		char *what;
		if (rep == 2)
			what = xprintf("%s repeals it from %s%s", bl, from, kept);
		else if (x->status == CHECK_MATCH)
			what = xprintf("%s is repealed from %s by %s%s; the quotation matches its text as "
			               "last in force", vl, from, bl, kept);
		else if (x->status == CHECK_DIFFERS)
			what = xprintf("%s is repealed from %s by %s%s; the quotation differs from its "
			               "text as last in force", vl, from, bl, kept);
		else
			what = xprintf("%s is repealed from %s by %s%s", vl, from, bl, kept);
		if (rep == 1) {
			x->cw.in_force = 0;
			if (x->status == CHECK_MATCH || x->status == CHECK_DIFFERS || x->status == CHECK_CITED)
				x->status = CHECK_NOT_FOUND;
		}
		char *prev = x->note;
		x->note = prev ? xprintf("%s; %s", what, prev) : what;
		if (prev) free(what);
		free(prev);
		free(vl);
		free(bl);
		free(kept);
	}
	free(keeps);
	version_clear(&by);
}

/* The "punktum" (sentence, 1-based) of a provision's text that byte at
** stands in: sentences end at ". " before a capital letter, except after an
** abbreviation that never ends one ("jf. LAB"; "m.v." and "kr." often do);
** "1) ... . 2) ..." items stay in their sentence. */
static int pkt_at(const char *t, size_t at) {
	static const char *const ABBR[] = {"jf", "jvf", "nr", "stk", "pkt", "f.eks", "bl.a", "dvs",
	                                   "ca"};
	int pkt = 1;
	for (size_t i = 0; i < at && t[i]; i++) {
		if (t[i] != '.' || t[i + 1] != ' ') continue;
		unsigned char c = (unsigned char)t[i + 2];
		int upper = (c >= 'A' && c <= 'Z') ||
		            (c == 0xC3 && (unsigned char)t[i + 3] >= 0x80 && (unsigned char)t[i + 3] <= 0x9E);
		if (!upper) continue;
		size_t w = i;
		while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '(') w--;
		int abbr = 0;
		for (size_t k = 0; k < sizeof ABBR / sizeof *ABBR && !abbr; k++)
			abbr = strlen(ABBR[k]) == i - w && !strncasecmp(ABBR[k], t + w, i - w);
		if (!abbr) pkt++;
	}
	return pkt;
}

/* A quotation attributed to "N. pkt." of provision x->it.id: whether its words
** stand in that sentence. When they stand in other sentences, x becomes not
** found, with the sentences where they do stand. */
static void check_pkt(Checker *c, CheckResult *x, const Toks *q, int pkt) {
	if (!pkt || !x->it.id || (x->status != CHECK_MATCH && x->status != CHECK_DIFFERS)) return;
	char *text = prov_text(c, x->it.id, NULL, NULL);
	if (!text) return;
	if (strstr(text, " Stk. ")) {   /* a section with subsections: "N. pkt." of which? */
		free(text);
		return;
	}
	Toks l;
	tokenize(&l, text, strlen(text), 1);
	Align a;
	align(q, &l, &a);
	if (a.ok && a.law_e) {
		int p0 = pkt_at(text, a.law_s), p1 = pkt_at(text, a.law_e - 1);
		if (pkt < p0 || pkt > p1) {
			x->status = CHECK_NOT_FOUND;
			char *where = p0 == p1 ? xprintf("%s, %d. pkt.", x->it.ref, p0)
			                       : xprintf("%s, %d.-%d. pkt.", x->it.ref, p0, p1);
			set_note(x, xprintf("the quoted words are not in %d. pkt. of %s; they stand in %s",
			                    pkt, x->it.ref, where));
			free(x->found_in);
			x->found_in = where;
			version_clear(&x->found_version);
			x->found_version = (CheckVersion){xstrdup(x->cw.document), xstrdup(x->cw.type),
			                                  xstrdup(x->cw.number), xstrdup(x->cw.date),
			                                  xstrdup(x->cw.title), x->cw.in_force};
		}
	}
	align_clear(&a);
	toks_free(&l);
	free(text);
}

static int is_guideline(const char *kind) {
	return kind && (!strcmp(kind, "VEJ") || !strcmp(kind, "SKR") || !strcmp(kind, "CIR"));
}

/* "; the corpus has BEK nr. 2409 af 2021-12-13 (title)" for a document named by
** a number ("bekendtgørelse nr. 2409 af 13. december 2022") that the corpus holds
** with another date, or NULL. Caller frees. */
static char *same_number(Checker *c, const char *name) {
	const char *nr = strstr(name, " nr. ");
	if (!nr) return NULL;
	char num[16];
	size_t k = 0;
	for (const char *p = nr + 5; *p >= '0' && *p <= '9' && k + 1 < sizeof num; p++) num[k++] = *p;
	num[k] = 0;
	if (!k) return NULL;
	sqlite3_stmt *st = c->by_number;
	sqlite3_bind_text(st, 1, num, -1, SQLITE_TRANSIENT);
	char *out = NULL;
	if (sqlite3_step(st) == SQLITE_ROW) {
		CheckVersion v = {0};
		version_info(c, sqlite3_column_int64(st, 0), NULL, &v);
		char *vl = version_label(&v);
		out = xprintf("; the corpus has %s (%s)", vl, v.title ? v.title : "");
		free(vl);
		version_clear(&v);
	}
	sqlite3_reset(st);
	return out;
}

/* Judges one citation target, with its quotation (q != NULL) or without. */
static void judge(Checker *c, CheckResult *x, const Target *t, CiteKind kind, const Toks *q,
                  const char *date) {
	const Acts *acts = graph_acts(c->g);
	const char *act = t->act;
	int known = act[0] && acts_known(acts, act);
	long long ver = known ? resolve_version(graph_resolver(c->g), act, date) : 0;
	if (!act[0]) {
		named_item(c, &x->it, t);
		x->status = CHECK_NOT_FOUND;
		set_note(x, xstrdup("the citation does not say which act"));
		return;
	}
	if (!known || is_guideline(acts_kind(acts, act)) || !ver || kind == CITE_PART) {
		named_item(c, &x->it, t);
		x->status = CHECK_NOT_IN_CORPUS;
		char *same = known ? NULL : same_number(c, act);
		set_note(x, xprintf("%s is not in the corpus; %s%s", known ? acts_title(acts, act) : act,
		                    q ? "the quotation is not compared" : "not checked",
		                    same ? same : ""));
		free(same);
		return;
	}
	version_info(c, ver, date, &x->cw);
	char *vl = version_label(&x->cw);
	/* "lovbekendtgørelse nr. 701 af 22. maj 2022": a version named, other than the
	** one in force on the date (which the quotation is compared with) */
	char *named_note = NULL;
	long long named = 0;
	if (t->dst) free(prov_text(c, t->dst, NULL, &named));
	if (named && named != ver) {
		CheckVersion nv = {0};
		version_info(c, named, date, &nv);
		char *nl = version_label(&nv);
		named_note = xprintf("the citation names %s; in force on %s was %s", nl, date, vl);
		free(nl);
		version_clear(&nv);
	}
	long long id = 0;
	int repealed = 0;
	if (kind == CITE_SECTION) {
		id = find_in(c, ver, t->section, t->stk, t->nr, &repealed);
	} else if (kind == CITE_CHAPTER) {
		sqlite3_bind_int64(c->chapter, 1, ver);
		sqlite3_bind_text(c->chapter, 2, t->chapter, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(c->chapter) == SQLITE_ROW) id = sqlite3_column_int64(c->chapter, 0);
		sqlite3_reset(c->chapter);
	}
	if (kind == CITE_ACT && q) {
		/* "Det fremgår af lov om X, at ...": where in X? */
		Align a;
		id = locate(c, q, ver, date, &a);
		align_clear(&a);
		if (id) {
			graph_item(c->g, id, &x->it);
			if (!compare(c, x, q, id)) x->status = CHECK_NOT_FOUND;
			set_note(x, xprintf("the citation names no provision; the quotation stands in %s",
			                    x->it.ref));
		} else {
			named_item(c, &x->it, t);
			x->status = CHECK_NOT_FOUND;
			set_note(x, xprintf("the quoted words are not in %s", vl));
			look_elsewhere(c, x, q, date, 0);
		}
	} else if (!id || repealed) {
		if (id) graph_item(c->g, id, &x->it);
		else named_item(c, &x->it, t);
		x->status = CHECK_NOT_FOUND;
		int sec_repealed = 0;
		if (!id && kind == CITE_SECTION && (t->stk || t->nr[0]))
			find_in(c, ver, t->section, 0, NULL, &sec_repealed);
		if (repealed)
			set_note(x, xprintf("%s is repealed in %s", x->it.ref, vl));
		else if (sec_repealed)
			set_note(x, xprintf("§ %s is repealed in %s", t->section, vl));
		else
			set_note(x, xprintf("there is no %s in %s", x->it.ref, vl));
		if (!q && t->dst && t->dst != id) {
			Item other = {0};
			if (graph_item(c->g, t->dst, &other) == LG_OK && !other.repealed) {
				char *prev = x->note;
				x->note = xprintf("%s; it stands in %s nr. %s af %s", prev,
				                  other.version_type ? other.version_type : "",
				                  other.version_number ? other.version_number : "?",
				                  other.version_date ? other.version_date : "?");
				free(prev);
			}
			item_clear(&other);
		}
		if (q) look_elsewhere(c, x, q, date, 0);
	} else {
		graph_item(c->g, id, &x->it);
		if (!q || kind != CITE_SECTION) {
			x->status = CHECK_CITED;
			if (q) {
				Align a;
				long long at = locate(c, q, ver, date, &a);
				align_clear(&a);
				if (at && compare(c, x, q, at)) {
					item_clear(&x->it);
					graph_item(c->g, at, &x->it);
				} else {
					x->status = CHECK_NOT_FOUND;
					set_note(x, xprintf("the quoted words are not in %s", vl));
				}
			}
		} else if (!compare(c, x, q, id) && x->status != CHECK_NOT_FOUND) {
			x->status = CHECK_NOT_FOUND;
			set_note(x, xprintf("the quoted words are not in %s (%d of %d words match)",
			                    x->it.ref, x->matched_words, x->quote_words));
			look_elsewhere(c, x, q, date, id);
		}
	}
	note_act_repeal(c, x, act, ver, date);
	if (named_note) {
		char *prev = x->note;
		x->note = prev ? xprintf("%s; %s", prev, named_note) : xstrdup(named_note);
		free(prev);
		free(named_note);
	}
	free(vl);
}

/* ------------------------------------------------------------------------ */
/* Documents. */

static int is_letter_type(const char *t) {
	return t && (!strcmp(t, "SVAR") || !strcmp(t, "BREV") || !strcmp(t, "BILAG"));
}

/* Where node k stands, for people: "Målgruppen, afsnit 2", "afsnit 3". */
static char *where(const Doc *d, int k) {
	if (k <= 0 || k >= d->n_nodes) return NULL;
	const Node *n = &d->nodes[k];
	if (n->kind == NODE_QUESTION) return xstrdup("spørgsmålet");
	if (n->kind == NODE_ROW) return xstrdup(n->label);
	if (n->kind != NODE_PARA) return NULL;
	const Node *p = n->parent > 0 ? &d->nodes[n->parent] : NULL;
	if (p && p->kind == NODE_ROW && p->label) return xprintf("%s, afsnit %s", p->label, n->label);
	return xprintf("afsnit %s", n->label ? n->label : "?");
}

static int act_reported(const CheckReport *r, int from, const char *shrt) {
	for (int i = from; i < r->n; i++)
		if (r->v[i].it.doc && shrt && !strcmp(r->v[i].it.doc, shrt)) return 1;
	return 0;
}

static int not_in_corpus(Checker *c, const char *act, const char *date) {
	const Acts *acts = graph_acts(c->g);
	return is_guideline(acts_kind(acts, act)) ||
	       !resolve_version(graph_resolver(c->g), act, date);
}

static int already(const CheckReport *r, int from, const char *ref) {
	for (int i = from; i < r->n; i++)
		if (r->v[i].it.ref && ref && !strcmp(r->v[i].it.ref, ref)) return 1;
	return 0;
}

/* Sections a document mentions only inside its quotations: "ACT|SECTION". */
typedef struct Mentions {
	char **v;
	int n;
} Mentions;

static void mention(Mentions *m, const char *act, const char *section) {
	if (!act || !section) return;
	m->v = xrealloc(m->v, (size_t)(m->n + 1) * sizeof *m->v);
	m->v[m->n++] = xprintf("%s|%s", act, section);
}

static int mentioned(const Mentions *m, const char *act, const char *section) {
	if (!act || !section) return 0;
	size_t an = strlen(act);
	for (int i = 0; i < m->n; i++)
		if (!strncmp(m->v[i], act, an) && m->v[i][an] == '|' && !strcmp(m->v[i] + an + 1, section))
			return 1;
	return 0;
}

static void mentions_free(Mentions *m) {
	for (int i = 0; i < m->n; i++) free(m->v[i]);
	free(m->v);
}

/* Every quotation of d, attributed and compared. attr_cites receives the
** positions of the citations the quotations are attributed to. */
static void check_quotes(Checker *c, CheckReport *r, CheckDoc *cd, const Doc *d, const char *date,
                         size_t *attr_cites, int *n_attr) {
	CiteParser *cp = graph_cites(c->g);
	for (int k = 0; k < d->n_quotes; k++) {
		const Quote *qu = &d->quotes[k];
		if (qu->node > 0 && qu->node < d->n_nodes && d->nodes[qu->node].kind == NODE_QUESTION)
			continue;  /* the question restated */
		const char *attr = d->text + qu->attr_start;
		size_t an = qu->attr_end > qu->attr_start ? qu->attr_end - qu->attr_start : 0;
		Cite one;
		int has = an && resolve_attribution(cp, attr, an, &one);
		Toks q;
		tokenize(&q, d->text + qu->start, qu->end - qu->start, 0);
		if (!has && q.n < 4) {
			toks_free(&q);   /* a term in quotation marks ('fleksjob'), not a quotation */
			continue;
		}
		CheckResult *x = add_result(r, cd, CHECK_UNATTRIBUTED);
		x->at = where(d, qu->node);
		x->pos = qu->start;
		x->it.quote = span_text(d->text, qu->start, qu->end);
		if (!has) {
			set_note(x, xstrdup("no provision is named before or after it"));
		} else if (one.kind == CITE_STK || one.kind == CITE_NR || one.kind == CITE_PKT) {
			set_note(x, xprintf("“%.*s” is named, but not of which section", (int)(one.end - one.start),
			                    attr + one.start));
		} else {
			attr_cites[(*n_attr)++] = qu->attr_start + one.start;
			x->it.match = xstrndup(attr + one.start, one.end - one.start);
			x->it.start = (long long)(qu->attr_start + one.start);
			x->it.end = (long long)(qu->attr_start + one.end);
			Context cx = {.date = date, .quote = x->it.quote};
			Target *t = NULL;
			int nt = 0;
			resolve(graph_resolver(c->g), &cx, &one, 1, &t, &nt);
			if (nt > 0) {
				char *quote = x->it.quote, *match = x->it.match;
				long long s = x->it.start, e = x->it.end;
				x->it.quote = x->it.match = NULL;
				judge(c, x, &t[0], one.kind, &q, date);
				check_pkt(c, x, &q, one.pkt);
				free(x->it.quote);
				free(x->it.match);
				x->it.quote = quote;
				x->it.match = match;
				x->it.start = s;
				x->it.end = e;
			}
			targets_free(t, nt);
		}
		x->it.via = xstrdup("quotes");
		toks_free(&q);
	}
}

/* A § with no act reads in the act named last before it in the same paragraph,
** or, failing that, earlier in the same row or answer. */
static void check_citations(Checker *c, CheckReport *r, int first, CheckDoc *cd, const Doc *d,
                            const char *date, const size_t *attr_cites, int n_attr,
                            Mentions *m) {
	CiteParser *cp = graph_cites(c->g);
	const Acts *acts = graph_acts(c->g);
	char last_act[128] = "", guide[128] = "", sec_act[128] = "", sec[16] = "";
	int last_parent = -1;
	for (int k = 1; k < d->n_nodes; k++) {
		const Node *n = &d->nodes[k];
		if (n->kind != NODE_PARA) continue;
		if (n->parent != last_parent) last_act[0] = 0;
		last_parent = n->parent;
		sec[0] = 0;   /* "stk. 2" alone is of the section named before it in the paragraph */
		Cite *cs = NULL;
		int nc = cite_extract(cp, d->text + n->start, n->end - n->start, &cs);
		for (int i = 0; i < nc; i++) {
			Cite *ci = &cs[i];
			size_t abs = n->start + ci->start;
			int quoted = 0, inside = 0;
			for (int q = 0; q < d->n_quotes && !quoted; q++)
				quoted = abs >= d->quotes[q].start && abs < d->quotes[q].end;
			if (quoted) {
				/* the quoted provision's own reference ("jf. § 53, stk. 4"): the
				** document mentions it, but it names no act for what follows */
				if (ci->kind == CITE_SECTION && (ci->act[0] || last_act[0]))
					mention(m, acts_short(acts, ci->act[0] ? ci->act : last_act), ci->sec);
				continue;
			}
			if (ci->act[0]) {
				snprintf(last_act, sizeof last_act, "%s", ci->act);
				if (ci->act_known && is_guideline(acts_kind(acts, ci->act)))
					snprintf(guide, sizeof guide, "%s", ci->act);
			} else if ((ci->kind == CITE_SECTION || ci->kind == CITE_CHAPTER) && last_act[0]) {
				snprintf(ci->act, sizeof ci->act, "%s", last_act);
				ci->act_known = acts_known(acts, last_act);
			} else if (ci->kind == CITE_PART && guide[0]) {
				snprintf(ci->act, sizeof ci->act, "%s", guide);
				ci->act_known = 1;
			} else if (ci->kind == CITE_STK && sec[0]) {
				ci->kind = CITE_SECTION;
				snprintf(ci->sec, sizeof ci->sec, "%s", sec);
				snprintf(ci->act, sizeof ci->act, "%s", sec_act);
				ci->act_known = acts_known(acts, sec_act);
			}
			if (ci->kind == CITE_SECTION && !ci->sec_hi[0] && ci->act[0]) {
				snprintf(sec, sizeof sec, "%s", ci->sec);
				snprintf(sec_act, sizeof sec_act, "%s", ci->act);
			}
			for (int q = 0; q < n_attr && !inside; q++) inside = attr_cites[q] == abs;
			if (inside || ci->kind == CITE_STK || ci->kind == CITE_NR || ci->kind == CITE_PKT)
				continue;
			/* an act named alone: only worth saying when it is not in the corpus */
			if (ci->kind == CITE_ACT &&
			    (!ci->act[0] || !ci->act_known || !not_in_corpus(c, ci->act, date) ||
			     act_reported(r, first, acts_short(acts, ci->act))))
				continue;
			Context cx = {.date = date};
			Target *t = NULL;
			int nt = 0;
			resolve(graph_resolver(c->g), &cx, ci, 1, &t, &nt);
			for (int j = 0; j < nt; j++) {
				if (already(r, first, t[j].ref)) continue;
				CheckResult *x = add_result(r, cd, CHECK_CITED);
				x->at = where(d, k);
				x->pos = abs;
				judge(c, x, &t[j], ci->kind, NULL, date);
				x->it.via = xstrdup("cites");
				x->it.match = xstrndup(d->text + n->start + ci->start, ci->end - ci->start);
				x->it.start = (long long)(n->start + ci->start);
				x->it.end = (long long)(n->start + ci->end);
			}
			targets_free(t, nt);
		}
		free(cs);
	}
}

/* The text to rank provisions for: the question, else the annex's row labels,
** else the title and the first paragraphs. Caller frees. */
static char *topic_of(const Doc *d) {
	Buf b = BUF_INIT;
	for (int k = 1; k < d->n_nodes; k++)
		if (d->nodes[k].kind == NODE_QUESTION)
			buf_add(&b, d->text + d->nodes[k].start, d->nodes[k].end - d->nodes[k].start);
	if (!b.n)
		for (int k = 1; k < d->n_nodes; k++)
			if (d->nodes[k].kind == NODE_ROW && d->nodes[k].label) {
				if (b.n) buf_puts(&b, ". ");
				buf_puts(&b, d->nodes[k].label);
			}
	if (!b.n) {
		if (d->title) buf_puts(&b, d->title);
		int paras = 0;
		for (int k = 1; k < d->n_nodes && paras < 2; k++)
			if (d->nodes[k].kind == NODE_PARA) {
				buf_puts(&b, b.n ? ". " : "");
				size_t len = d->nodes[k].end - d->nodes[k].start;
				buf_add(&b, d->text + d->nodes[k].start, len > 600 ? 600 : len);
				paras++;
			}
	}
	/* whole words only, no quotation marks, without the formula of a question
	** ("Vil ministeren redegøre for ...": "ministeren" ranks the minister's own
	** powers, "redegøre" rules about reports) */
	static const char *const FORMULA[] = {"ministeren", "ministerens", "redegøre", "oplyse",
	                                      "bekræfte", "kommentere", "uddybe", "forklare",
	                                      "bedes", "venligst"};
	Buf o = BUF_INIT;
	for (size_t i = 0; i < b.n; i++) {
		unsigned char ch = (unsigned char)b.s[i];
		if (i == 0 || b.s[i - 1] == ' ' || b.s[i - 1] == '\n') {
			size_t w = i;
			while (w < b.n && b.s[w] != ' ' && b.s[w] != '\n' && b.s[w] != ',') w++;
			int skip = 0;
			for (size_t k = 0; k < sizeof FORMULA / sizeof *FORMULA && !skip; k++)
				skip = strlen(FORMULA[k]) == w - i && !strncasecmp(FORMULA[k], b.s + i, w - i);
			if (skip) {
				i = w - 1;
				continue;
			}
		}
		if (ch == '"' || ch == '\n') buf_putc(&o, ' ');
		else if (ch == 0xE2 && i + 2 < b.n && (unsigned char)b.s[i + 1] == 0x80 &&
		         ((unsigned char)b.s[i + 2] == 0x9D || (unsigned char)b.s[i + 2] == 0x9C)) {
			buf_putc(&o, ' ');
			i += 2;
		} else buf_putc(&o, (char)ch);
	}
	buf_free(&b);
	if (o.n > 1200) {
		size_t n = 1200;
		while (n > 0 && o.s[n] != ' ') n--;
		o.n = n;
		o.s[n] = 0;
	}
	return buf_take(&o);
}

/* Whether a provision ranked for "not mentioned" could have been cited on
** date: an executive order issued later did not exist then (a later consolidated
** act restates older law, and stays, named as the nearest version), and an act
** repealed by then no longer applies. */
static int in_force_then(Checker *c, const Item *it, const char *date) {
	if (it->version_type && !strcmp(it->version_type, "BEK") && it->version_date &&
	    strcmp(it->version_date, date) > 0)
		return 0;
	char *act = NULL, *keeps = NULL, from[32] = "";
	long long doc = 0;
	free(prov_text(c, it->id, &act, &doc));
	CheckVersion by = {0};
	int rep = act && doc ? act_repealed(c, act, doc, date, &by, from, &keeps) : 0;
	version_clear(&by);
	free(keeps);
	free(act);
	return rep != 1;
}

static void check_not_mentioned(Checker *c, CheckReport *r, int first, CheckDoc *cd,
                                const Doc *d, const char *date, const Mentions *m) {
	if (!c->asker) return;
	char *topic = topic_of(d);
	if (!topic[0]) {
		free(topic);
		return;
	}
	Items res = {0};
	char *understood = NULL, *err = NULL;
	if (ask(c->asker, topic, date, 40, RANK_FULL, &res, &understood, &err) == LG_OK) {
		int added = 0;
		for (int i = 0; i < res.n && i < NOT_MENTIONED_RANK && added < NOT_MENTIONED; i++) {
			Item *it = &res.v[i];
			if (is_letter_type(it->version_type) || !it->section || !it->kind ||
			    (strcmp(it->kind, "section") && strcmp(it->kind, "stk") && strcmp(it->kind, "nr")))
				continue;
			/* cited by this document, or by one before it in the same file (a letter
			** and the annex it encloses belong together) */
			int cited = 0;
			for (int j = 0; j < r->n && !cited; j++) {
				const Item *o = &r->v[j].it;
				const char *od = o->doc, *os = o->section;
				if (r->v[j].status == CHECK_NOT_MENTIONED) {
					if (j >= first)   /* already listed for this document */
						cited = od && it->doc && !strcmp(od, it->doc) && os && !strcmp(os, it->section);
					continue;
				}
				cited = od && it->doc && !strcmp(od, it->doc) && os && !strcmp(os, it->section);
				if (!cited && r->v[j].found_in && it->ref)
					cited = !strncmp(r->v[j].found_in, it->ref, strlen(it->ref));
			}
			if (cited || mentioned(m, it->doc, it->section) || !in_force_then(c, it, date))
				continue;
			CheckResult *x = add_result(r, cd, CHECK_NOT_MENTIONED);
			x->it = *it;
			memset(it, 0, sizeof *it);
			free(x->it.extra);
			free(x->it.marked);
			free(x->it.notes);
			x->it.extra = x->it.marked = x->it.notes = NULL;
			x->cw.document = xstrdup(x->it.version);
			x->cw.type = xstrdup(x->it.version_type);
			x->cw.number = xstrdup(x->it.version_number);
			x->cw.date = xstrdup(x->it.version_date);
			x->cw.title = xstrdup(x->it.version_title);
			x->cw.in_force = !x->cw.date || strcmp(x->cw.date, date) <= 0;
			added++;
		}
		cd->question = topic;
		topic = NULL;
	}
	items_free(&res);
	free(understood);
	free(err);
	free(topic);
}

static int by_pos(const void *a, const void *b) {
	const CheckResult *x = a, *y = b;
	return x->pos < y->pos ? -1 : x->pos > y->pos ? 1 : 0;
}

static void check_doc(Checker *c, CheckReport *r, CheckDoc *cd, const Doc *d) {
	int first = r->n;
	size_t *attr_cites = xmalloc((size_t)(d->n_quotes + 1) * sizeof *attr_cites);
	int n_attr = 0;
	check_quotes(c, r, cd, d, cd->date, attr_cites, &n_attr);
	Mentions m = {0};
	check_citations(c, r, first, cd, d, cd->date, attr_cites, n_attr, &m);
	free(attr_cites);
	if (r->n > first) qsort(r->v + first, (size_t)(r->n - first), sizeof *r->v, by_pos);
	check_not_mentioned(c, r, first, cd, d, cd->date, &m);
	mentions_free(&m);
	for (int i = first; i < r->n; i++) {
		cd->counts[r->v[i].status]++;
		r->counts[r->v[i].status]++;
	}
}

/* ------------------------------------------------------------------------ */
/* Input. */

/* Whether buf is the body of a statute without its header: paragraphs that
** open with a section heading ("§ 13 b. ..."), three or more, and none of a
** letter's labels. */
static int statute_body(const char *buf, size_t n) {
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
		if ((ln >= 5 && !strncasecmp(l, "svar:", 5)) || memmem(l, ln, "enlig hilsen", 12) ||
		    (ln >= 5 && !strncmp(l, "Kære ", 5)) || memmem(l, ln, "stillet følgende spørgsmål", 27))
			return 0;
		p = le + 1;
	}
	return heads >= 3;
}

/* Reads path whole and checks it is a letter's text. NULL and *err on failure. */
static char *read_input(const char *path, size_t *n, char **err) {
	char *why = NULL;
	char *buf = text_file_read(path, n, &why);
	if (!buf) {
		*err = xprintf("cannot check '%s': %s", path, why);
		free(why);
		return NULL;
	}
	if (statute_sniff(buf, *n) && !strncmp(buf, "Title:", 6)) {
		*err = xprintf("cannot check '%s': it is a statute; check reads answers, letters and "
		               "annexes", path);
		free(buf);
		return NULL;
	}
	if (statute_sniff(buf, *n) && statute_body(buf, *n)) {
		*err = xprintf("cannot check '%s': it is the text of a statute (paragraphs headed "
		               "\"§ 1.\", \"§ 2.\", ...); check reads answers, letters and annexes", path);
		free(buf);
		return NULL;
	}
	return buf;
}

/* The indexed date of document name when it was indexed from the same file. */
static char *indexed_date(Checker *c, const char *name, const char *path) {
	sqlite3_stmt *st = c->doc_by_name;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	char *date = NULL;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) && sqlite3_column_text(st, 2)) {
		char *a = realpath((const char *)sqlite3_column_text(st, 0), NULL);
		char *b = realpath(path, NULL);
		if (a && b && !strcmp(a, b)) date = col(st, 2);
		free(a);
		free(b);
	}
	sqlite3_reset(st);
	return date;
}

void check_report_free(CheckReport *r) {
	if (!r) return;
	for (int i = 0; i < r->n; i++) {
		CheckResult *x = &r->v[i];
		item_clear(&x->it);
		free(x->at);
		version_clear(&x->cw);
		version_clear(&x->found_version);
		for (int k = 0; k < x->n_diffs; k++) {
			free(x->diffs[k].quote);
			free(x->diffs[k].law);
			free(x->diffs[k].context);
		}
		free(x->diffs);
		free(x->found_in);
		free(x->note);
	}
	free(r->v);
	for (int i = 0; i < r->n_docs; i++) {
		CheckDoc *d = &r->docs[i];
		free(d->name);
		free(d->type);
		free(d->title);
		free(d->date);
		free(d->question);
	}
	free(r->docs);
	free(r->input);
	free(r->path);
	free(r);
}

int check_run(Checker *c, const char *arg, const char *as_of, CheckReport **out, char **err) {
	*out = NULL;
	struct stat st;
	char *path = NULL, *only = NULL;
	int exists = stat(arg, &st) == 0;
	if (exists && S_ISDIR(st.st_mode)) {
		*err = xprintf("cannot check '%s': it is a folder; check reads one file (or an indexed "
		               "document's name)", arg);
		return LG_USAGE;
	} else if (exists) {
		path = xstrdup(arg);
	} else {
		sqlite3_stmt *q = c->doc_by_name;
		sqlite3_bind_text(q, 1, arg, -1, SQLITE_TRANSIENT);
		if (sqlite3_step(q) == SQLITE_ROW) {
			const char *type = (const char *)sqlite3_column_text(q, 1);
			if (!sqlite3_column_int(q, 3) || !sqlite3_column_text(q, 0))
				*err = xprintf("cannot check '%s': it is known only by citation; there is no "
				               "text of it", arg);
			else if (!is_letter_type(type))
				*err = xprintf("cannot check '%s': it is a statute (%s); check reads answers, "
				               "letters and annexes", arg, type ? type : "?");
			else {
				path = col(q, 0);
				only = xstrdup(arg);
			}
		} else
			*err = xprintf("cannot check '%s': no such file, and no indexed document has that "
			               "name", arg);
		sqlite3_reset(q);
		if (!path) return LG_USAGE;
	}
	size_t n = 0;
	char *buf = read_input(path, &n, err);
	if (!buf) {
		free(path);
		free(only);
		return LG_USAGE;
	}
	char *stem = file_stem(path);
	Doc **docs = NULL;
	int nd = 0;
	char *why = NULL;
	int rc = LG_OK;
	if (letter_parse(c->lp, stem, path, buf, n, &docs, &nd, &why) != LG_OK || nd == 0) {
		*err = xprintf("cannot check '%s': %s", arg, why ? why : "no letter, answer or annex in it");
		rc = LG_USAGE;
	}
	CheckReport *r = NULL;
	if (rc == LG_OK) {
		r = xcalloc(1, sizeof *r);
		r->input = xstrdup(arg);
		r->path = xstrdup(path);
		r->docs = xcalloc((size_t)nd, sizeof *r->docs);
		for (int i = 0; i < nd; i++) {
			const Doc *d = docs[i];
			if (only && strcmp(d->name, only)) continue;
			CheckDoc *cd = &r->docs[r->n_docs++];
			cd->name = xstrdup(d->name);
			cd->type = xstrdup(d->type);
			cd->title = xstrdup(d->title);
			if (as_of) {
				cd->date = xstrdup(as_of);
				cd->date_from = DATE_FROM_OPTION;
			} else if (d->date) {
				cd->date = xstrdup(d->date);
				if (d->date_asked) cd->date_from = DATE_FROM_QUESTION;
			} else if ((cd->date = indexed_date(c, d->name, path)) == NULL) {
				cd->date = xstrdup(graph_today(c->g));
				cd->date_from = DATE_FROM_TODAY;
			}
			check_doc(c, r, cd, d);
		}
		if (only && r->n_docs == 0) {
			*err = xprintf("cannot check '%s': its file %s no longer holds it; re-index", arg, path);
			rc = LG_USAGE;
			check_report_free(r);
			r = NULL;
		}
	}
	for (int i = 0; i < nd; i++) doc_free(docs[i]);
	free(docs);
	free(why);
	free(stem);
	free(buf);
	free(path);
	free(only);
	*out = r;
	return rc;
}
