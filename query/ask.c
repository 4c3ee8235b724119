/*
** ask.c -- ranks provisions for a question (see ask.h).
*/
#include "ask.h"
#include "danish.h"
#include "kind.h"
#include "understand.h"
#include "util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_CANDIDATES 600
#define COMMON_ROWS 20000    /* a term found in more provisions than this is common */
#define SELECT_ROWS 10000    /* the rare terms select at least about this many */

/* Weights of the signals; tuned with ../shared/eval/score.py (see README). */
#define W_TEXT 0.30
#define W_CONCEPT 0.70
#define W_QUOTED 0.06
#define W_SIBLING 0.12
#define W_AMENDING 0.5   /* amending acts repeat consolidated text: keep them below */
#define W_LETTER 0.7     /* letters explain the rules; the rules come first */
#define W_NOT_LAW 0.75   /* a version not in force on the date: below the rules in force */
#define W_REPEALED 0.95  /* repealed lately (RECENT_YEARS): below an in-force rule that says the same */
#define W_REPEALED_LONG 0.5  /* repealed longer ago: history, below the rules in force */
#define RECENT_YEARS 2
#define STATE_POOL 3     /* the states of limit x this many best candidates are read */
#define W_DEFINES 0.05   /* defines a concept of the question: "Fleksjob er en ordning" */
#define W_CITED 0.10     /* cited by one of the best rules */
#define W_EXCEPTION 0.3  /* the exception a best rule names: "jf. dog stk. 2" */
#define W_DISCUSSED 0.25 /* a provision quoted or cited by a letter that answers */
#define W_NAMED 1.0      /* the question cites it: "hvad siger LAB § 53, stk. 4 om helbred" */
#define W_IN_NAMED 0.3   /* it stands in an act the question names: "... i luftfartsloven?" */
#define W_PURPOSE 0.3    /* a purpose clause, for a question that asks for a law's purpose */
#define W_ELSEWHERE 0.5  /* a rule for Færøerne or Grønland, the question naming neither */
#define W_ORDER 0.7      /* an executive order's rule, below the acts' ... */
#define ORDER_SUBJECT 0.5   /* ... unless its title names this share of the question's concepts */
#define MAX_NAMED_ACTS 3
#define NAMED_ACT_CANDIDATES 60   /* the best matches in each act the question names */

/* The words of the question's terms. A Danish stem is a start of its word,
** so a word of a text can name a term only if it starts with one of these:
** only such words need stemming (most words of a provision are not). */
typedef struct TermWords {
	const char **w;
	size_t *n;
	int count;
} TermWords;

struct Asker {
	Graph *g;
	Reader *rd;             /* reads of the index: the Graph's, borrowed */
	Stopwords *sw;
	Thesaurus *th;
	Stemmer *stem;
	const LexList *exception_lead, *definition_verb, *definition_lead, *article, *abolition_lead,
		*title_tail, *territory_title, *territory_word, *purpose_question, *purpose_lead;
	int territory;          /* during ask(): the question names a territory_word */
	int purpose;            /* during ask(): it asks for a law's purpose */
	double n_docs;          /* searchable provisions, for IDF */
	TermWords tw;           /* the question's term words, during ask() */
	ReadLater *abolishing;  /* during ask(): later acts that abolish something */
	int n_abolishing, abolishing_read;
};

typedef struct Cand {
	long long id;            /* the provision in the version in force */
	double bm25, cover, graph, score;
	char *act, *section, *nr, *kind;
	int stk;
	int amending, letter;
	int state;               /* index of its state on the date (ask(), best candidates only) */
	int defines;             /* how many of the question's concepts it defines */
	int named, in_named;     /* the question cites it; it stands in an act the question names */
	int act_concept;         /* the concept that names its act ("Criminal Code"), or -1 */
	int purpose;             /* a purpose clause ("Loven har til formål ...") */
	int elsewhere, order;    /* a rule for another part of the realm; of an executive order
	                         ** whose title is not on the question's subject */
	char *title;             /* of its document (an executive order's: to see its subject) */
	long long doc;           /* the document it stands in */
} Cand;

/* What the question itself cites: provisions ("LAB § 53, stk. 4") and whole
** acts ("luftfartsloven"), each in the version in force on the date. */
typedef struct Named {
	long long *ids;          /* provisions */
	int n;
	long long docs[MAX_NAMED_ACTS];   /* the versions of the acts named whole */
	int concept[MAX_NAMED_ACTS];      /* the concept that names each, or -1 */
	int n_docs;
} Named;

Asker *asker_new(Graph *g, const char *corpus_dir, char **err) {
	static const char *const LISTS[] = {"exception_lead", "definition_verb", "definition_lead",
	                                    "article", "abolition_lead", "title_tail",
	                                    "territory_title", "territory_word", "purpose_question",
	                                    "purpose_lead", NULL};
	const LexList *l[10];
	if (lexicon_lists(graph_lexicon(g), LISTS, l, err) != LG_OK) return NULL;
	Asker *a = xcalloc(1, sizeof *a);
	a->g = g;
	a->rd = graph_reader(g);     /* shared, owned by the Graph */
	a->exception_lead = l[0];
	a->definition_verb = l[1];
	a->definition_lead = l[2];
	a->article = l[3];
	a->abolition_lead = l[4];
	a->title_tail = l[5];
	a->territory_title = l[6];
	a->territory_word = l[7];
	a->purpose_question = l[8];
	a->purpose_lead = l[9];
	a->sw = stopwords_load(corpus_dir, err);
	if (a->sw) a->th = thesaurus_load(corpus_dir, err);
	a->stem = stemmer_new();
	if (!a->sw || !a->th || !a->stem) {
		if (!*err) *err = xstrdup("cannot create the Danish stemmer");
		asker_free(a);
		return NULL;
	}
	a->n_docs = read_searchable_count(a->rd);
	if (a->n_docs < 1) a->n_docs = 1;
	return a;
}

/* How much a term found in df provisions tells: ln(N / df). */
static double idf_of(const Asker *a, double df) {
	return log((a->n_docs + 1) / (df + 1)) + 0.1;
}

/* How much a term tells, from the index's vocabulary. */
static double idf(Asker *a, const char *term, int prefix) {
	if (strchr(term, ' ')) return log(a->n_docs); /* a phrase: rare enough */
	return idf_of(a, read_term_df(a->rd, term, prefix));
}

void asker_free(Asker *a) {
	if (!a) return;
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
	free(c->title);
}

/* ---- the stems of a text, to see which concepts it names ---------------- */

static void term_words_of(const Understanding *u, TermWords *tw) {
	memset(tw, 0, sizeof *tw);
	for (int i = 0; i < understanding_nconcepts(u); i++)
		for (int j = 0; j < understanding_concept_nterms(u, i); j++)
			for (const char *p = understanding_concept_term(u, i, j, NULL); *p;) {
				size_t n = strcspn(p, " ");
				if (n) {
					tw->w = xrealloc(tw->w, (size_t)(tw->count + 1) * sizeof *tw->w);
					tw->n = xrealloc(tw->n, (size_t)(tw->count + 1) * sizeof *tw->n);
					tw->w[tw->count] = p;
					tw->n[tw->count++] = n;
				}
				p += n;
				while (*p == ' ') p++;
			}
}

static void term_words_free(TermWords *tw) {
	free(tw->w);
	free(tw->n);
	memset(tw, 0, sizeof *tw);
}

static int term_word_start(const TermWords *tw, const char *w, size_t wn) {
	for (int k = 0; k < tw->count; k++)
		if (wn >= tw->n[k] && !memcmp(w, tw->w[k], tw->n[k])) return 1;
	return 0;
}

typedef struct Stems {
	char **v;
	int n, cap;
	Stemmer *stem;
	const TermWords *tw;   /* only words that start with one of these are kept */
} Stems;

static int add_stem(void *ctx, const char *w, size_t wn, size_t s, size_t e) {
	(void)s, (void)e;                 /* a word's offsets: not needed here */
	Stems *st = ctx;
	if (!term_word_start(st->tw, w, wn)) return 0;
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

static void stems_of(Asker *a, const char *text, Stems *out) {
	out->stem = a->stem;
	out->tw = &a->tw;
	danish_words(text, strlen(text), add_stem, out);   /* it lower-cases the words */
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
** "kommunen". cw[i] holds concept i's weight. The concept act_concept (-1:
** none) names the act the text stands in ("Criminal Code" in straffeloven's
** § 276): it counts as named, though the text does not repeat the act's name. */
static double coverage(const Understanding *u, const double *cw, const Stems *s,
                       const unsigned char *def, int act_concept) {
	double have = 0, all = 0;
	int nc = understanding_nconcepts(u), defines = 0;
	for (int i = 0; i < nc; i++) defines |= def[i];
	for (int i = 0; i < nc; i++) {
		if (understanding_concept_scope(u, i)) {  /* "who can get": a definition answers */
			all += cw[i];
			if (defines) have += cw[i];
			continue;
		}
		if (i == act_concept) {   /* it names the act the text stands in */
			all += cw[i];
			have += cw[i];
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
		/* its main term's, or (the index lacks it) its first term the index
		** has; none: no text can name it ("within"), it weighs nothing. An
		** English word the dictionary translates (its first term, the English
		** word itself, skipped) weighs as its commonest Danish word: "back"
		** (ryg, tilbage) tells as little as "tilbage", however rare the
		** English word is in Danish law */
		int dict = !strcmp(understanding_concept_source(u, i), "dictionary");
		for (int j = dict; j < understanding_concept_nterms(u, i) && (dict || !cw[i]); j++) {
			const char *t = understanding_concept_term(u, i, j, NULL);
			double df = strchr(t, ' ') ? -1 : read_term_df(a->rd, t, strlen(t) >= 7);
			if (df == 0) continue;
			double w = df < 0 ? idf(a, t, 0) : idf_of(a, df);   /* -1: a phrase */
			if (!cw[i] || w < cw[i]) cw[i] = w;
		}
		if (!cw[i]) continue;
		sum += cw[i];
		n++;
	}
	/* asking who a scheme is for weighs as much as an average concept */
	for (int i = 0; i < nc; i++)
		if (understanding_concept_scope(u, i)) cw[i] = n ? sum / n : 1;
	return cw;
}

/* ---- definitions: "Fleksjob er en ordning for personer, ..." ------------- */

/* The first place in p where the entry stands between two spaces; returns the
** space before it, or NULL. */
static const char *find_spaced(const char *p, const LexEntry *e) {
	for (const char *q = strstr(p, e->word); q; q = strstr(q + 1, e->word))
		if (q > p && q[-1] == ' ' && q[e->len] == ' ') return q - 1;
	return NULL;
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
	stems_of(a, head, &s);
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
static const char *subject_head(const Asker *a, const char *p, size_t *n) {
	size_t wn = strcspn(p, " ,.");
	if (lexlist_find(a->article, p, wn, LEX_CASELESS) >= 0 && p[wn] == ' ') {
		p += wn + 1;
		wn = strcspn(p, " ,.");
	}
	*n = wn;
	return p;
}

/* text after its section's label ("§ 116. "), if it starts with one. */
static const char *after_label(const char *text) {
	if (!strncmp(text, "§ ", 3)) {
		const char *dot = strstr(text, ". ");
		if (dot && dot - text < 16) return dot + 2;
	}
	return text;
}

/* Marks in def[] the concepts that the text defines: the head of the subject
** of one of its first two sentences ("Fleksjob er en ordning for ...",
** "Rehabiliteringsteamet er et dialog- og koordineringsforum", "Ved X
** forstås") names one of the concept's terms. Returns how many concepts it
** defines. */
static int definitions(Asker *a, const Understanding *u, const char *text, unsigned char *def) {
	int nc = understanding_nconcepts(u), found = 0;
	memset(def, 0, (size_t)nc + 1);
	const char *p = after_label(text);             /* "§ 116. Fleksjob ..." */
	for (int sent = 0; sent < 2 && *p; sent++) {
		const char *end = sentence_end(p);
		const char *verb = NULL, *subj = p;
		/* the verbs in the lexicon's order: the first that stands in the sentence */
		for (int v = 0; v < a->definition_verb->n && !verb; v++) {
			const char *m = find_spaced(p, &a->definition_verb->v[v]);
			if (m && m < end) verb = m;
		}
		for (int v = 0; verb && v < a->definition_lead->n; v++) {
			const LexEntry *e = &a->definition_lead->v[v];
			if (!strncmp(subj, e->word, e->len) && subj[e->len] == ' ') {
				subj += e->len + 1;
				break;
			}
		}
		int words = 0;
		for (const char *q = subj; verb && q < verb; q++) words += *q == ' ';
		if (verb && words <= 16) {
			size_t hn;
			const char *head = subject_head(a, subj, &hn);
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
	return c->section ? read_quoted_count(a->rd, c->act, c->section, c->stk) : 0;
}

/* 1 when candidate c is the identity t names (a target without stk names every stk). */
static int names(const Cand *c, const ReadTarget *t) {
	return c->section && t->act && t->section && !strcmp(c->act, t->act) &&
	       !strcmp(c->section, t->section) && (!t->stk || !c->stk || c->stk == t->stk);
}

/* Boosts the rules quoted next to a strong hit: the annex quotes the same rule
** for ressourceforløb, jobafklaringsforløb, førtidspension and sygedagpenge. */
static void sibling_boost(Asker *a, Cand *c, int n, int top) {
	for (int i = 0; i < top && i < n; i++) {
		if (!c[i].section) continue;
		ReadTargets ts = {0};
		read_quoted_beside(a->rd, c[i].act, c[i].section, c[i].stk, &ts);
		for (int j = 0; j < ts.n; j++)
			for (int k = 0; k < n; k++)
				if (k != i && names(&c[k], &ts.v[j]) && c[k].cover > 0)
					c[k].graph += W_SIBLING * c[i].score;
		read_targets_clear(&ts);
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
		ReadTargets ts = {0};
		read_cited_by(a->rd, c[i].id, a->exception_lead, &ts);
		for (int j = 0; j < ts.n; j++) {
			double w = !letters && ts.v[j].exception ? W_EXCEPTION : weight;
			for (int k = 0; k < n; k++)
				if (k != i && !c[k].letter && names(&c[k], &ts.v[j])) c[k].graph += w * c[i].score;
		}
		read_targets_clear(&ts);
	}
}

static double final_score(const Cand *c) {
	double s = W_TEXT * c->bm25 + W_CONCEPT * c->cover * c->cover + c->graph;
	if (c->defines) s += W_DEFINES;
	if (c->named) s += W_NAMED;
	if (c->in_named) s += W_IN_NAMED;
	if (c->purpose) s += W_PURPOSE;
	if (c->amending) s *= W_AMENDING;
	if (c->elsewhere) s *= W_ELSEWHERE;
	if (c->order) s *= W_ORDER;
	if (c->letter) s *= W_LETTER;
	return s;
}

/* The length of a title tail ("m.v.") that s starts with after one space, or 0. */
static size_t tail_after_space(const Asker *a, const char *s) {
	return *s == ' ' ? lexlist_prefix(a->title_tail, s + 1, strlen(s + 1), LEX_EXACT, NULL) : 0;
}

/* Of the things named after a lead at w ("ressourceforløb og revalidering
** m.v."), the first single word of at least six bytes that the lower-case text
** low speaks of; malloc()ed, or NULL. */
static char *thing_spoken_of(const Asker *a, const char *w, const char *low) {
	while (*w && *w != ')') {
		size_t n = strcspn(w, " ,)");
		const char *next = w + n;
		int single = !strncmp(next, " og ", 4) || *next == ',' || *next == ')' ||
		             tail_after_space(a, next) || !*next;
		if (single && n >= 6) {
			char *thing = danish_lower(w, n);
			const char *at = strstr(low, thing);
			if (at && (at == low || at[-1] == ' ' || at[-1] == '(')) return thing;
			free(thing);
		}
		if (strncmp(next, " og ", 4)) break;
		w = next + 4;
	}
	return NULL;
}

/* The next place after an abolition lead word ("afskaffelse af ") in the
** parenthesis at the end of title, after the place prev (NULL: the first), or
** NULL. */
static const char *abolition_at(const Asker *a, const char *title, const char *prev) {
	const char *p = title ? strrchr(title, '(') : NULL, *best = NULL;
	for (int k = 0; p && k < a->abolition_lead->n; k++) {
		const LexEntry *e = &a->abolition_lead->v[k];
		for (const char *q = strstr(p, e->word); q; q = strstr(q + 1, e->word)) {
			const char *after = q + e->len + 1;
			if (q[e->len] == ' ' && (!prev || after > prev) && (!best || after < best)) best = after;
		}
	}
	return best;
}

/* A later amending act whose title announces that it abolishes something
** ("(... afskaffelse af ressourceforløb og revalidering m.v.)") concerns every
** provision that speaks of it, whichever act the provision is in. Returns the
** thing abolished that text speaks of (malloc()ed), or NULL. *low is text
** lower-cased, made on first need (most titles abolish nothing). */
static char *abolishes(const Asker *a, const char *title, const char *text, char **low) {
	char *found = NULL;
	for (const char *q = abolition_at(a, title, NULL); q && !found; q = abolition_at(a, title, q)) {
		if (!*low) *low = danish_lower(text, strlen(text));
		found = thing_spoken_of(a, q, *low);
	}
	return found;
}

/* ---- what a hit says: matched words, versions, sources, warnings -------- */

typedef struct Marker {
	Buf *b;
	const char *text;
	size_t at;
	const Understanding *u;
	Stemmer *stem;
	AskHit *hit;
} Marker;

/* 1 when the stem t[0..sn) is a word of one of the question's terms. */
static int stem_asked(const Understanding *u, const char *t, size_t sn) {
	for (int i = 0; i < understanding_nterms(u); i++) {
		int prefix = 0;
		const char *p = understanding_term(u, i, NULL, &prefix);
		while (*p) { /* any word of a phrase term */
			const char *sp = strchr(p, ' ');
			size_t n = sp ? (size_t)(sp - p) : strlen(p);
			if (n == sn ? !memcmp(t, p, n) : ((prefix || n >= 5) && sn > n && !memcmp(t, p, n)))
				return 1;
			p += n;
			while (*p == ' ') p++;
		}
	}
	return 0;
}

static void add_matched(AskHit *h, const char *word, size_t n) {
	char *low = danish_lower(word, n);
	for (int i = 0; i < h->n_matched; i++)
		if (!strcmp(h->matched[i], low)) {
			free(low);
			return;
		}
	h->matched = xrealloc(h->matched, (size_t)(h->n_matched + 1) * sizeof *h->matched);
	h->matched[h->n_matched++] = low;
}

static int mark_word(void *ctx, const char *w, size_t wn, size_t s, size_t e) {
	Marker *m = ctx;
	size_t sn = 0;
	const char *t = stemmer_stem(m->stem, w, wn, &sn);
	if (!t || !stem_asked(m->u, t, sn)) return 0;
	buf_add(m->b, m->text + m->at, s - m->at);
	buf_puts(m->b, "**");
	buf_add(m->b, m->text + s, e - s);
	buf_puts(m->b, "**");
	m->at = e;
	add_matched(m->hit, m->text + s, e - s);   /* the words that matched, once each */
	return 0;
}

/* h->marked and h->matched: the text with the question's words marked. */
static void mark(Asker *a, AskHit *h, const Understanding *u) {
	const char *text = h->it.text;
	if (!text) return;
	Buf marked = BUF_INIT;
	Marker m = {.b = &marked, .text = text, .u = u, .stem = a->stem, .hit = h};
	/* danish_words wants lower case with the same byte offsets */
	char *low = danish_lower(text, strlen(text));
	if (strlen(low) == strlen(text)) danish_words(low, strlen(low), mark_word, &m);
	free(low);
	buf_add(&marked, text + m.at, strlen(text) - m.at);
	h->marked = buf_take(&marked);
}

/* The notice of the later document l (moved out of it) that abolishes thing,
** in r: an existing one for l's document, or a new one; hit rank added. */
static void add_notice(AskAnswer *r, const ReadLater *l, char *thing, int rank) {
	AskNotice *n = NULL;
	for (int i = 0; i < r->n_notices && !n; i++)
		if (r->notices[i].document && l->name && !strcmp(r->notices[i].document, l->name) &&
		    !strcmp(r->notices[i].thing, thing))
			n = &r->notices[i];
	if (!n) {
		r->notices = xrealloc(r->notices, (size_t)(r->n_notices + 1) * sizeof *r->notices);
		n = &r->notices[r->n_notices++];
		*n = (AskNotice){xstrdup(l->type), xstrdup(l->number), xstrdup(l->date),
		                 xstrdup(l->name), xstrdup(l->title), thing, NULL, 0};
	} else {
		free(thing);
	}
	n->ranks = xrealloc(n->ranks, (size_t)(n->n_ranks + 1) * sizeof *n->ranks);
	n->ranks[n->n_ranks++] = rank;
}

/* The amending acts issued by date that abolish something, in order of date:
** read once per question, for all its hits (from index documents_amending,
** which holds their titles). */
static void read_abolishing(Asker *a, const char *date) {
	if (a->abolishing_read) return;
	a->abolishing_read = 1;
	ReadLater *l = NULL;
	int n = 0;
	read_later_reforms(a->rd, "", date, &l, &n);
	for (int i = 0; i < n; i++) {
		if (!abolition_at(a, l[i].title, NULL)) continue;
		a->abolishing = xrealloc(a->abolishing, (size_t)(a->n_abolishing + 1) * sizeof *l);
		a->abolishing[a->n_abolishing++] = l[i];
		memset(&l[i], 0, sizeof l[i]);   /* moved */
	}
	read_later_free(l, n);
}

static void abolishing_free(Asker *a) {
	read_later_free(a->abolishing, a->n_abolishing);
	a->abolishing = NULL;
	a->n_abolishing = a->abolishing_read = 0;
}

/* A later act (issued after the hit's version, by date) that abolishes what
** the hit speaks of: a notice of the answer. */
static void abolitions(Asker *a, AskAnswer *r, const AskHit *h, const char *date) {
	const Item *it = &h->it;
	if (!it->version_date || !it->text) return;
	read_abolishing(a, date);
	char *low = NULL;
	for (int i = 0; i < a->n_abolishing; i++) {
		const ReadLater *l = &a->abolishing[i];
		if (!l->date || strcmp(l->date, it->version_date) <= 0) continue;
		char *thing = abolishes(a, l->title, it->text, &low);
		if (thing) add_notice(r, l, thing, h->rank);
	}
	free(low);
}

static void describe(Asker *a, AskAnswer *r, AskHit *h, const Cand *c, int rank,
                     const Understanding *u, const char *date) {
	h->rank = rank;
	h->score = c->score;
	h->text = c->bm25;
	h->concepts = c->cover;
	h->graph = c->graph;
	mark(a, h, u);
	graph_versions(a->g, c->id, &h->versions);
	if (c->section)
		read_letter_sources(a->rd, c->act, c->section, c->stk, &h->sources, &h->n_sources);
	if (!c->letter) abolitions(a, r, h, date);
}

/* Whether a hit in state s is no rule in force on the date: repealed, or of a
** version not (yet) in force. Such hits come after the rules in force. */
static int not_law(const TlState *s) {
	return s->status == TL_REPEALED || s->status == TL_NOT_YET || s->status == TL_NO_VERSION ||
	       s->status == TL_SUPERSEDED;
}

/* How much a hit that is no rule in force on date weighs: a rule repealed
** lately is still what cases of the last years and letters speak of; one
** repealed longer ago is history; a version not in force is another text. */
static double not_law_weight(const TlState *s, const char *date) {
	if (s->status != TL_REPEALED) return W_NOT_LAW;
	int from = atoi(s->repealed_from[0] ? s->repealed_from : date);
	return atoi(date) - from < RECENT_YEARS ? W_REPEALED : W_REPEALED_LONG;
}

/* Whether a better hit already has the very text of the rule it (the same rule
** in an order and its successor, or in two orders of one subject): identical
** texts do not compete. */
static int is_rule_text(const Item *it) {
	return it->text && it->in_corpus && it->kind &&
	       (!strcmp(it->kind, "section") || !strcmp(it->kind, "stk") || !strcmp(it->kind, "nr"));
}

static int same_text_as_hit(const AskAnswer *out, const Item *it) {
	/* rules only: a guideline's part known by citation holds the text of the letter
	** that quotes it, and is another source */
	for (int i = 0; is_rule_text(it) && i < out->n; i++)
		if (is_rule_text(&out->v[i].it) && !strcmp(out->v[i].it.text, it->text)) return 1;
	return 0;
}

/* Fills the hit at out->n from candidate c, in state *st (moved); 0 when its
** item cannot be read. */
static int add_hit(Asker *a, AskAnswer *out, const Cand *c, TlState *st, const Understanding *u,
                   const char *date) {
	AskHit *h = &out->v[out->n];
	memset(h, 0, sizeof *h);
	if (graph_item(a->g, c->id, &h->it) != LG_OK || same_text_as_hit(out, &h->it)) {
		item_clear(&h->it);
		tl_state_clear(st);
		return 0;
	}
	h->state = *st;
	memset(st, 0, sizeof *st);
	describe(a, out, h, c, out->n + 1, u, date);
	out->n++;
	return 1;
}

void ask_answer_free(AskAnswer *r) {
	for (int i = 0; i < r->n; i++) {
		AskHit *h = &r->v[i];
		item_clear(&h->it);
		for (int j = 0; j < h->n_matched; j++) free(h->matched[j]);
		free(h->matched);
		free(h->marked);
		items_free(&h->versions);
		read_sources_free(h->sources, h->n_sources);
		tl_state_clear(&h->state);
	}
	for (int i = 0; i < r->n_notices; i++) {
		AskNotice *n = &r->notices[i];
		free(n->type);
		free(n->number);
		free(n->date);
		free(n->document);
		free(n->title);
		free(n->thing);
		free(n->ranks);
	}
	free(r->notices);
	free(r->v);
	free(r->weights);
	understanding_free(r->u);
	memset(r, 0, sizeof *r);
}

/* ---- ranking ---------------------------------------------------------------- */

/* How many provisions (of any version) a term is found in; a phrase: its
** rarest word's count, which it cannot exceed. */
static double term_rows(Asker *a, const char *term, int prefix) {
	double df = -1;
	for (const char *p = term; *p;) {
		size_t n = strcspn(p, " ");
		char *w = xstrndup(p, n);
		double d = read_term_df(a->rd, w, prefix && !p[n]);
		free(w);
		if (df < 0 || d < df) df = d;
		p += n;
		while (*p == ' ') p++;
	}
	return df < 0 ? 0 : df;
}

/* The MATCH expression the candidates are ranked by, and in *args how its
** phrases are weighed (args->n 0: all weigh 1; the caller frees args->w and
** args->idf). On a large index a question's common words ("ret", "forløb",
** "40") are found in a hundred thousand provisions each: ranking every one of
** them costs most of an answer, and a provision that has only such words does
** not reach the best candidates when the question also has rarer ones. So the
** rarer words select the rows (terms found in at most COMMON_ROWS provisions,
** and more, rarest first, until they are found in SELECT_ROWS) and all words
** rank them: "text : (rare) AND text : (all)", the first group weighted 0. On
** a small index no word is common and the expression is the whole question's. */
static char *candidate_query(Asker *a, const Understanding *u, TextRankArgs *args) {
	int n = understanding_nterms(u), n_pick = 0, n_idx = 0;
	double *rows = xcalloc((size_t)n + 1, sizeof *rows), picked = 0;
	unsigned char *pick = xcalloc((size_t)n + 1, 1);
	*args = (TextRankArgs){0, NULL, NULL};
	for (int i = 0; i < n; i++) {
		int prefix = 0;
		const char *t = understanding_term(u, i, NULL, &prefix);
		if (!understanding_term_indexed(u, i)) continue;
		n_idx++;
		rows[i] = term_rows(a, t, prefix);
		if (rows[i] <= COMMON_ROWS) {
			pick[i] = 1;
			n_pick++;
			picked += rows[i];
		}
	}
	while (picked < SELECT_ROWS && n_pick < n_idx) {   /* the rarest common words next */
		int best = -1;
		for (int i = 0; i < n; i++)
			if (understanding_term_indexed(u, i) && !pick[i] && (best < 0 || rows[i] < rows[best]))
				best = i;
		pick[best] = 1;
		n_pick++;
		picked += rows[best];
	}
	char *all = understanding_fts_of(u, NULL), *q;
	if (n_pick == n_idx) {
		q = xprintf("text : (%s)", all);
	} else {
		char *sel = understanding_fts_of(u, pick);
		q = xprintf("text : (%s) AND text : (%s)", sel, all);
		/* the rare words' idf is counted by the ranking (their rows are few),
		** the common words' from their rows (for a phrase, of its rarest
		** word; for a prefix, of all its words: a little low, and counting
		** would read a hundred thousand rows) */
		double *w = xcalloc((size_t)(n_pick + n_idx), sizeof *w);
		double *idf = xcalloc((size_t)(n_pick + n_idx), sizeof *idf);
		int k = n_pick;   /* the selecting copies first: weight 0 */
		for (int i = 0; i < n; i++) {
			if (!understanding_term_indexed(u, i)) continue;
			w[k] = 1;
			if (!pick[i]) idf[k] = text_rank_idf(a->n_docs, rows[i]);
			k++;
		}
		*args = (TextRankArgs){k, w, idf};
		free(sel);
	}
	free(all);
	free(pick);
	free(rows);
	return q;
}

/* Appends to *c (n of them) the best `limit` matches of fts (of the rows in,
** NULL: all), each rule once and in the version in force on date (vc caches
** the versions); *superseded counts the matches in other versions of a rule.
** Their bm25 is FTS5's, negated. Returns -1 on a read error. */
static int add_candidates(Asker *a, const char *fts, const TextRankArgs *args, int limit,
                          int latest, const ReadRows *in, const char *date, VerCache *vc,
                          Cand **c, int *n, int *superseded) {
	ReadCand *rc = NULL;
	int nr = read_fts_candidates(a->rd, fts, args, limit, latest, in, &rc);
	if (nr < 0) return -1;
	for (int r = 0; r < nr; r++) {
		ReadCand *x = &rc[r];
		double bm = -x->bm25;
		if (!in && x->in_corpus && !x->is_letter) {
			long long now = in_force(a, vc, x->act, date);
			if (now && now != x->doc) { /* a rule is ranked in the version in force */
				(*superseded)++;
				continue;
			}
		}
		int k;
		for (k = 0; k < *n && (*c)[k].id != x->id; k++) {}
		if (k < *n) {
			if (bm > (*c)[k].bm25) (*c)[k].bm25 = bm;
			continue;
		}
		*c = xrealloc(*c, (size_t)(*n + 1) * sizeof **c);
		Cand *y = &(*c)[(*n)++];
		memset(y, 0, sizeof *y);
		y->id = x->id;
		y->bm25 = bm;
		y->act = x->act;
		y->kind = x->kind;
		y->section = x->section;
		y->nr = x->nr;
		x->act = x->kind = x->section = x->nr = NULL;   /* moved */
		y->stk = x->stk;
		y->amending = x->is_amending;
		y->letter = x->is_letter;
		y->doc = x->doc;
		y->order = doc_kind(x->type) == DOC_BEK;
		if (y->order) {
			y->title = x->title;
			x->title = NULL;   /* moved */
		}
		y->elsewhere = !a->territory && x->title &&
		               lexlist_search(a->territory_title, x->title, strlen(x->title), LEX_CASELESS,
		                              &(size_t){0}, &(int){0});
	}
	for (int r = 0; r < nr; r++) read_cand_clear(&rc[r]);
	free(rc);
	return 0;
}

/* The candidate that is provision id: found among c, or added (it matched no
** word of the question); NULL when the provision cannot be read. */
static Cand *candidate_of(Asker *a, long long id, Cand **c, int *n) {
	for (int k = 0; k < *n; k++)
		if ((*c)[k].id == id) return &(*c)[k];
	Item it = {0};
	char *act = NULL;
	long long doc = 0;
	if (graph_item(a->g, id, &it) != LG_OK || !read_provision_place(a->rd, id, &act, &doc)) {
		item_clear(&it);
		free(act);
		return NULL;
	}
	*c = xrealloc(*c, (size_t)(*n + 1) * sizeof **c);
	Cand *y = &(*c)[(*n)++];
	memset(y, 0, sizeof *y);
	y->id = id;
	y->act = act;
	y->doc = doc;
	y->kind = it.kind ? xstrdup(it.kind) : NULL;
	y->section = it.section ? xstrdup(it.section) : NULL;
	y->nr = it.item ? xstrdup(it.item) : NULL;
	y->stk = it.subsection ? atoi(it.subsection) : 0;
	item_clear(&it);
	return y;
}

/* The candidates for the question, each rule once and in the version in force
** on date; *superseded counts the matches in other versions of a rule. The
** acts the question names add their best matches, the provisions it cites
** are candidates whatever their words. */
static Cand *candidates(Asker *a, const Understanding *u, const Named *nm, const char *date,
                        int latest, RankMode mode, int *n_out, int *superseded) {
	TextRankArgs args = {0, NULL, NULL};
	/* the baseline ranks every match of the whole question */
	char *fts = mode == RANK_FULL ? candidate_query(a, u, &args)
	                              : xprintf("text : (%s)", understanding_fts(u));
	Cand *c = NULL;
	int n = 0, rc;
	VerCache vc = {0};
	*superseded = 0;
	rc = add_candidates(a, fts, &args, MAX_CANDIDATES, latest, NULL, date, &vc, &c, &n, superseded);
	free(fts);
	free((void *)args.w);
	free((void *)args.idf);
	if (mode == RANK_FULL && rc == 0 && nm->n_docs) {
		/* in an act the question names, its words (all of them) are enough */
		char *all = xprintf("text : (%s)", understanding_fts(u));
		for (int i = 0; i < nm->n_docs && rc == 0; i++) {
			ReadRows rows;
			if (read_doc_rows(a->rd, nm->docs[i], &rows))
				rc = add_candidates(a, all, NULL, NAMED_ACT_CANDIDATES, 0, &rows, date, &vc, &c,
				                    &n, superseded);
		}
		free(all);
	}
	if (mode == RANK_FULL && rc == 0)
		for (int i = 0; i < nm->n; i++) {
			Cand *y = candidate_of(a, nm->ids[i], &c, &n);
			if (y) y->named = 1;
		}
	for (int i = 0; i < vc.n; i++) free(vc.act[i]);
	if (rc < 0) {
		for (int i = 0; i < n; i++) cand_free(&c[i]);
		free(c);
		*n_out = -1;
		return NULL;
	}
	double top_bm = 0;
	for (int i = 0; i < n; i++)
		if (c[i].bm25 > top_bm) top_bm = c[i].bm25;
	for (int i = 0; i < n; i++) {
		c[i].bm25 = top_bm > 0 ? c[i].bm25 / top_bm : 0;
		c[i].act_concept = -1;
		for (int k = 0; k < nm->n_docs; k++)
			if (c[i].doc == nm->docs[k]) {
				c[i].in_named = 1;
				c[i].act_concept = nm->concept[k];
			}
	}
	*n_out = n;
	return c;
}

/* The concept whose words are the text that cites an act ("ferieloven"), or -1. */
static int concept_citing(const Understanding *u, const char *match) {
	for (int i = 0; match && i < understanding_nconcepts(u); i++) {
		const char *w = understanding_concept_words(u, i);
		if (w && *w && strcasestr(match, w)) return i;
	}
	return -1;
}

/* Adds to nm what text cites, read by the citation grammar as if it stood
** nowhere: the acts it names whole (named by concept; -1: by the concept
** whose words cite it) and, with provisions, the provisions it cites. */
static void cited_in(Asker *a, const Understanding *u, const char *text, const char *date,
                     int concept, int provisions, Named *nm) {
	Items res = {0}, unres = {0};
	char *err = NULL;
	if (graph_cite(a->g, NULL, text, &res, &unres, &err) != LG_OK) res.n = 0;
	free(err);
	for (int i = 0; i < res.n; i++) {
		const Item *it = &res.v[i];
		if (!it->id || !it->kind) continue;
		if (!strcmp(it->kind, "document")) {   /* the act: its version in force */
			char *act = NULL;
			long long doc = 0;
			long long now = read_provision_place(a->rd, it->id, &act, &doc)
			                ? resolve_version(graph_resolver(a->g), act, date) : 0;
			int k = 0;
			while (k < nm->n_docs && nm->docs[k] != now) k++;
			if (now && k == nm->n_docs && nm->n_docs < MAX_NAMED_ACTS) {
				nm->concept[nm->n_docs] = concept >= 0 ? concept : concept_citing(u, it->match);
				nm->docs[nm->n_docs++] = now;
			}
			free(act);
		} else if (provisions && strcmp(it->kind, "chapter")) {
			long long id = 0;
			char *e = NULL;
			if (graph_find(a->g, it->ref, date, &id, &e) != LG_OK) id = it->id;
			free(e);
			nm->ids = xrealloc(nm->ids, (size_t)(nm->n + 1) * sizeof *nm->ids);
			nm->ids[nm->n++] = id;
		}
	}
	items_free(&res);
	items_free(&unres);
}

/* What the question cites (see Named): what its text cites, and the acts its
** concepts name in the law's words ("Criminal Code": straffeloven). */
static void named_in(Asker *a, const Understanding *u, const char *question, const char *date,
                     Named *nm) {
	memset(nm, 0, sizeof *nm);
	cited_in(a, u, question, date, -1, 1, nm);
	for (int i = 0; i < understanding_nconcepts(u); i++)
		for (int j = 0; j < understanding_concept_nlaw(u, i); j++)
			cited_in(a, u, understanding_concept_law(u, i, j), date, i, 0, nm);
}

/* Whether text opens with a purpose clause ("§ 1. Loven har til formål at ..."). */
static int purpose_clause(const Asker *a, const char *text) {
	const char *p = after_label(text);
	return lexlist_prefix(a->purpose_lead, p, strlen(p), LEX_CASELESS, NULL) > 0;
}

/* Scores candidate c by its text: concepts named and defined, quoted by letters. */
static void score_text(Asker *a, Cand *c, const Understanding *u, const double *cw,
                       unsigned char *def) {
	char *text = read_provision_text(a->rd, c->id);   /* the text is all it needs */
	Stems s = {0};
	stems_of(a, text ? text : "", &s);
	if (c->letter) {         /* a passage of an answer speaks to its question */
		char *q = read_question_text(a->rd, c->doc);
		if (q) stems_of(a, q, &s);
		free(q);
	}
	c->defines = text ? definitions(a, u, text, def) : 0;
	/* a purpose clause; of an act the question names, also its § 1, the
	** purpose whatever its words ("§ 1. Folkeskolen skal i samarbejde ...") */
	c->purpose = a->purpose && text &&
	             (purpose_clause(a, text) || (c->in_named && c->section && !strcmp(c->section, "1")));
	if (!text) memset(def, 0, (size_t)understanding_nconcepts(u) + 1);
	c->cover = coverage(u, cw, &s, def, c->act_concept);
	stems_free(&s);
	free(text);
	if (c->order && c->title) {   /* an order on the question's subject is the rule there */
		Stems t = {0};
		memset(def, 0, (size_t)understanding_nconcepts(u) + 1);   /* a title defines nothing */
		stems_of(a, c->title, &t);
		if (coverage(u, cw, &t, def, -1) >= ORDER_SUBJECT) c->order = 0;
		stems_free(&t);
	}
	if (quoted_count(a, c) > 0) c->graph += W_QUOTED;
	c->score = final_score(c);
}

static void sort_cands(Cand *c, int n) {
	if (n > 1) qsort(c, (size_t)n, sizeof *c, by_score);
}

int ask(Asker *a, const char *question, const char *as_of, int limit, RankMode mode,
        AskAnswer *out, char **err) {
	memset(out, 0, sizeof *out);
	size_t chars = utf8_len(question, strlen(question));
	if (chars > ASK_MAX_CHARS) {
		*err = xprintf("the question is %zu characters long; ask takes at most %d (a document's "
		               "quotations and citations are read by: lovgraf check FILE)", chars,
		               ASK_MAX_CHARS);
		return LG_USAGE;
	}
	if (understand(question, a->sw, a->th, graph_reader(a->g), &out->u, err) != LG_OK)
		return LG_ERROR;
	const Understanding *u = out->u;
	const char *fts = understanding_fts(u);
	if (!*fts) return LG_OK;
	term_words_of(u, &a->tw);
	const char *date = as_of ? as_of : graph_today(a->g);
	int n = 0;
	/* on today's date the candidates are of the latest versions only (old
	** versions do not crowd the pool); when none matches, all are read to
	** say how many matches stand in versions not in force */
	int latest = mode == RANK_FULL && strcmp(date, graph_today(a->g)) >= 0;   /* --bm25 stays the baseline */
	Named nm;
	named_in(a, u, question, date, &nm);
	a->territory = lexlist_search(a->territory_word, question, strlen(question), LEX_CASELESS,
	                              &(size_t){0}, &(int){0}) != NULL;
	a->purpose = lexlist_search(a->purpose_question, question, strlen(question), LEX_CASELESS,
	                            &(size_t){0}, &(int){0}) != NULL;
	Cand *c = candidates(a, u, &nm, date, latest, mode, &n, &out->superseded);
	if (n == 0 && latest) {
		free(c);
		c = candidates(a, u, &nm, date, 0, mode, &n, &out->superseded);
	}
	free(nm.ids);
	if (n < 0) {
		*err = xstrdup(reader_errmsg(a->rd));
		term_words_free(&a->tw);
		return LG_ERROR;
	}

	double *cw = concept_weights(a, u);
	unsigned char *def = xcalloc((size_t)understanding_nconcepts(u) + 1, 1);
	for (int i = 0; i < n; i++) {
		if (mode == RANK_BM25) c[i].score = c[i].bm25;
		else score_text(a, &c[i], u, cw, def);
	}
	sort_cands(c, n);
	if (mode == RANK_FULL && n > 0) {
		sibling_boost(a, c, n, 5);
		cited_boost(a, c, n, 10, 1, W_DISCUSSED);
		cited_boost(a, c, n, 3, 0, W_CITED);
		for (int i = 0; i < n; i++) c[i].score = final_score(&c[i]);
		sort_cands(c, n);
	}
	out->v = xcalloc((size_t)(limit > 0 ? limit : 1), sizeof *out->v);
	/* the best candidates' states on the date: a repealed rule, or a version
	** not in force, ranks below the rules in force (it stays, marked: it may
	** be all there is on the subject) */
	int pool = n < limit * STATE_POOL ? n : limit * STATE_POOL;
	TlState *st = xcalloc((size_t)(pool > 0 ? pool : 1), sizeof *st);
	for (int i = 0; i < pool; i++) {
		timeline_state(graph_timeline(a->g), c[i].id, date, &st[i]);
		c[i].state = i;
		if (mode == RANK_FULL && not_law(&st[i])) c[i].score *= not_law_weight(&st[i], date);
	}
	sort_cands(c, pool);
	for (int i = 0; i < pool && out->n < limit; i++) add_hit(a, out, &c[i], &st[c[i].state], u, date);
	for (int i = 0; i < pool; i++) tl_state_clear(&st[i]);
	free(st);
	for (int i = 0; i < n; i++) cand_free(&c[i]);
	free(c);
	out->weights = cw;
	out->n_weights = understanding_nconcepts(u);
	free(def);
	term_words_free(&a->tw);
	abolishing_free(a);
	return LG_OK;
}
