/*
** understand.c -- question understanding (see understand.h): stop words, the
** bilingual legal thesaurus, and the steps that turn a question into concepts,
** weighted Danish stems and an FTS5 MATCH expression.
**
** The steps, in order:
**   1. split the question into folded lower-case words exactly as the FTS
**      tokenizer does (danish_words), and give every word three keys: as
**      written, its Danish stem and its English stem;
**   2. guess the language from the stop words of each language and æ/ø/å;
**   3. match thesaurus phrases, longest first; a word matches a phrase word
**      when any key agrees (the English stem only for English questions), so
**      inflections need no entries of their own;
**   4. drop the remaining stop words; keep the other words as plain concepts,
**      split Danish compounds where both halves are known terms (the index
**      vocabulary when a db is given, else the thesaurus's legal words);
**   5. stem every legal term and word, weigh them, check them against the
**      index vocabulary and build the MATCH expression.
** Matching phrases is a linear scan of the thesaurus for every word position:
** a thousand entries times a question's twenty words is nothing, and a hash
** would have to be keyed three ways.
*/
#include "understand.h"
#include "danish.h"
#include "util.h"

#include <errno.h>
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PHRASE_WORDS 8
#define PREFIX_MIN_CHARS 7          /* stems at least this long are searched as stem* */
#define COMPOUND_MIN_CHARS 8        /* words at least this long are tried as compounds */
#define PART_MIN_CHARS 3            /* each half of a compound */
#define SEAM_MIN_CHARS 8            /* a first part not in the word list: at least this long */
#define MAX_TRANSLATIONS 4          /* an English word's Danish words from the dictionary */

enum { LANG_DA = 1, LANG_EN = 2 };

/* ------------------------------------------------------------ small helpers */

static void set_err(char **err, const char *fmt, const char *a, const char *b) {
	if (err) *err = xprintf(fmt, a, b);
}

typedef struct Words {              /* a growable list of folded words */
	char **w;
	size_t *start, *end;
	int n, cap;
} Words;

static int words_add(void *ctx, const char *w, size_t wn, size_t start, size_t end) {
	Words *ws = ctx;
	if (ws->n == ws->cap) {
		ws->cap = ws->cap ? ws->cap * 2 : 16;
		ws->w = xrealloc(ws->w, (size_t)ws->cap * sizeof *ws->w);
		ws->start = xrealloc(ws->start, (size_t)ws->cap * sizeof *ws->start);
		ws->end = xrealloc(ws->end, (size_t)ws->cap * sizeof *ws->end);
	}
	ws->w[ws->n] = xstrndup(w, wn);
	ws->start[ws->n] = start;
	ws->end[ws->n] = end;
	ws->n++;
	return 0;
}

static void words_split(Words *ws, const char *s) {
	danish_words(s, strlen(s), words_add, ws);
}

static void words_free(Words *ws) {
	for (int i = 0; i < ws->n; i++) free(ws->w[i]);
	free(ws->w);
	free(ws->start);
	free(ws->end);
	memset(ws, 0, sizeof *ws);
}

static int cmp_str(const void *a, const void *b) {
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static size_t n_chars(const char *s) {
	return utf8_len(s, strlen(s));
}

static int is_number(const char *s) {
	for (; *s; s++)
		if (*s < '0' || *s > '9') return 0;
	return 1;
}

/* Two stemmers for one load or one question (they keep state between calls). */
typedef struct Stemmers {
	Stemmer *da;
	struct sb_stemmer *en;
} Stemmers;

static int stemmers_open(Stemmers *st, char **err) {
	st->da = stemmer_new();
	st->en = sb_stemmer_new("english", "UTF_8");
	if (st->da && st->en) return LG_OK;
	set_err(err, "libstemmer has no %s stemmer%s", st->da ? "English" : "Danish", "");
	stemmer_free(st->da);
	if (st->en) sb_stemmer_delete(st->en);
	st->da = NULL;
	st->en = NULL;
	return LG_ERROR;
}

static void stemmers_close(Stemmers *st) {
	stemmer_free(st->da);
	if (st->en) sb_stemmer_delete(st->en);
}

/* The stem, and *cut (may be NULL): the stemmer would have cut the word to a
** short common one. */
static char *stem_da_cut(Stemmers *st, const char *w, int *cut) {
	size_t n;
	const char *r = stemmer_stem_cut(st->da, w, strlen(w), &n, cut);
	return xstrndup(r, n);
}

static char *stem_da(Stemmers *st, const char *w) { return stem_da_cut(st, w, NULL); }

static char *stem_en(Stemmers *st, const char *w) {
	const sb_symbol *r = sb_stemmer_stem(st->en, (const sb_symbol *)w, (int)strlen(w));
	if (!r) return xstrdup(w);
	return xstrndup((const char *)r, (size_t)sb_stemmer_length(st->en));
}

/* A word with the three keys it is matched by. */
typedef struct Key {
	char *w, *da, *en;
} Key;

static void key_set(Key *k, Stemmers *st, const char *w) {
	k->w = xstrdup(w);
	k->da = stem_da(st, w);
	k->en = stem_en(st, w);
}

static void key_free(Key *k) {
	free(k->w);
	free(k->da);
	free(k->en);
}

/* How well a question word matches a thesaurus word: 3 same spelling, 2 same
** Danish stem, 1 same English stem (English questions only), 0 not at all. */
static int key_match(const Key *q, const Key *t, int english) {
	if (strcmp(q->w, t->w) == 0) return 3;
	if (strcmp(q->da, t->da) == 0) return 2;
	return english && strcmp(q->en, t->en) == 0;
}

/* Reads a whole data file line by line; fn gets each line without its newline. */
static int read_lines(const char *path, int (*fn)(void *ctx, char *line, int lineno), void *ctx,
                      char **err) {
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int lineno = 0, rc = LG_OK;
	if (!f) {
		set_err(err, "cannot open '%s': %s", path, strerror(errno));
		return LG_ERROR;
	}
	while (rc == LG_OK && (len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
		rc = fn(ctx, line, lineno);
	}
	free(line);
	fclose(f);
	return rc;
}

/* ---------------------------------------------------------------- stop words */

typedef struct StopWord {
	char *w;
	int lang;                       /* LANG_DA | LANG_EN */
} StopWord;

struct Stopwords {
	StopWord *s;
	int n, cap;
	int cur_lang;                   /* while loading: the current "#lang" section */
};

static int cmp_stop(const void *a, const void *b) {
	return strcmp(((const StopWord *)a)->w, ((const StopWord *)b)->w);
}

static int stop_lang(const Stopwords *sw, const char *w) {
	if (!sw || sw->n == 0) return 0;
	StopWord key = {(char *)w, 0};
	const StopWord *hit = bsearch(&key, sw->s, (size_t)sw->n, sizeof *sw->s, cmp_stop);
	return hit ? hit->lang : 0;
}

static int stop_add(void *ctx, const char *w, size_t wn, size_t start, size_t end) {
	(void)start, (void)end;
	Stopwords *sw = ctx;
	if (sw->n == sw->cap) {
		sw->cap = sw->cap ? sw->cap * 2 : 256;
		sw->s = xrealloc(sw->s, (size_t)sw->cap * sizeof *sw->s);
	}
	sw->s[sw->n].w = xstrndup(w, wn);
	sw->s[sw->n].lang = sw->cur_lang;
	sw->n++;
	return 0;
}

static int stop_line(void *ctx, char *line, int lineno) {
	(void)lineno;                     /* every line is valid */
	Stopwords *sw = ctx;
	if (strncmp(line, "#lang ", 6) == 0) {
		sw->cur_lang = strstr(line + 6, "en") ? LANG_EN : LANG_DA;
		return LG_OK;
	}
	if (line[0] == '#') return LG_OK;
	danish_words(line, strlen(line), stop_add, sw);   /* "f.eks" -> "f", "eks" */
	return LG_OK;
}

Stopwords *stopwords_load(const char *dir, char **err) {
	char *path = xprintf("%s/stopwords.list", dir);
	Stopwords *sw = xcalloc(1, sizeof *sw);
	sw->cur_lang = LANG_DA;
	int rc = read_lines(path, stop_line, sw, err);
	free(path);
	if (rc != LG_OK) {
		stopwords_free(sw);
		return NULL;
	}
	/* Sort, then merge duplicates (a word in both languages gets both bits). */
	if (sw->n > 1) qsort(sw->s, (size_t)sw->n, sizeof *sw->s, cmp_stop);
	int out = 0;
	for (int i = 0; i < sw->n; i++) {
		if (out > 0 && strcmp(sw->s[out - 1].w, sw->s[i].w) == 0) {
			sw->s[out - 1].lang |= sw->s[i].lang;
			free(sw->s[i].w);
		} else {
			sw->s[out++] = sw->s[i];
		}
	}
	sw->n = out;
	return sw;
}

void stopwords_free(Stopwords *sw) {
	if (!sw) return;
	for (int i = 0; i < sw->n; i++) free(sw->s[i].w);
	free(sw->s);
	free(sw);
}

int stopwords_has(const Stopwords *sw, const char *word) {
	return stop_lang(sw, word) != 0;
}

/* ----------------------------------------------------------------- thesaurus */

/* The thesaurus is kept as its lines, each with the prefixes of its phrase's
** words (word_prefix()); a question builds the entries of only the lines
** whose every word may match one of its own words (phrases_build()), and a
** line no question word could match is never split, lower-cased or stemmed. */

#define PREFIX_BYTES 2

/* The first two bytes of word w, as both stemmers keep them: a word and its
** Danish and English stems have the same prefix, so two words that match by
** spelling or by stem do too. The English stemmer drops a leading
** apostrophe, cuts "i's" to "i" and stems "dying" to "die": a leading
** apostrophe is skipped, the prefix ends at one, and a second byte 'y' is
** read as 'i'. (Checked for 100,690 words of all Danish law and the
** stemmer's exceptions.) */
static void word_prefix(const char *w, char out[PREFIX_BYTES + 1]) {
	if (*w == '\'') w++;
	size_t n = strcspn(w, "'");
	if (n > PREFIX_BYTES) n = PREFIX_BYTES;
	memset(out, 0, PREFIX_BYTES + 1);
	memcpy(out, w, n);
	if (out[1] == 'y') out[1] = 'i';
}

typedef struct Line {
	char *phrase;                   /* the folded words joined by spaces */
	char *exp;                      /* the expansions as written, '|' between them */
	char (*pre)[PREFIX_BYTES + 1];  /* each word's first bytes */
	int nwords;
} Line;

struct Thesaurus {
	Line *l;
	int n, cap;
	const char *path;               /* only while loading, for messages */
	char **err;                     /* only while loading */
};

typedef struct Entry {
	char *phrase;                   /* the folded words joined by spaces */
	const Key **words;              /* the phrases' keys of its words */
	int nwords;
	char **exp;                     /* legal expansions, lower-cased */
	int nexp;
} Entry;

typedef struct Phrases {            /* the entries one question may meet */
	Entry *e;
	int n, cap;
	Key **keys;                     /* each distinct word once, stemmed once */
	int nkeys, capkeys;
	int *slot, *kslot;              /* entry and key numbers by hash, -1 free */
	size_t nslot, nkslot;           /* powers of two */
	Stemmers *st;
} Phrases;

static void entry_add_exp(Entry *e, char *s) {
	for (int i = 0; i < e->nexp; i++) {
		if (strcmp(e->exp[i], s) == 0) {
			free(s);
			return;
		}
	}
	e->exp = xrealloc(e->exp, (size_t)(e->nexp + 1) * sizeof *e->exp);
	e->exp[e->nexp++] = s;
}

static size_t phrase_hash(const char *p) {
	size_t h = 5381;
	while (*p) h = h * 33 + (unsigned char)*p++;
	return h;
}

/* In a table of slots holding item numbers (-1 free), item i named by
** name(ph, i): the slot of the item named s, or the free slot where it goes. */
static size_t hash_find(const int *slot, size_t nslot, const char *s,
                        const char *(*name)(const Phrases *, int), const Phrases *ph) {
	size_t k = phrase_hash(s) & (nslot - 1);
	while (slot[k] >= 0 && strcmp(name(ph, slot[k]), s) != 0) k = (k + 1) & (nslot - 1);
	return k;
}

/* Makes room for one more item: grows the table to keep it half free. */
static void hash_room(int **slot, size_t *nslot, int n, const char *(*name)(const Phrases *, int),
                      const Phrases *ph) {
	if ((size_t)(n + 1) * 2 <= *nslot) return;
	free(*slot);
	*nslot = *nslot ? *nslot * 2 : 256;
	*slot = xmalloc(*nslot * sizeof **slot);
	for (size_t k = 0; k < *nslot; k++) (*slot)[k] = -1;
	for (int i = 0; i < n; i++) (*slot)[hash_find(*slot, *nslot, name(ph, i), name, ph)] = i;
}

static const char *key_name(const Phrases *ph, int i) { return ph->keys[i]->w; }
static const char *entry_name(const Phrases *ph, int i) { return ph->e[i].phrase; }

/* The key of word w, stemmed when the phrases meet w first. */
static const Key *ph_key(Phrases *ph, const char *w) {
	hash_room(&ph->kslot, &ph->nkslot, ph->nkeys, key_name, ph);
	size_t k = hash_find(ph->kslot, ph->nkslot, w, key_name, ph);
	if (ph->kslot[k] >= 0) return ph->keys[ph->kslot[k]];
	if (ph->nkeys == ph->capkeys) {
		ph->capkeys = ph->capkeys ? ph->capkeys * 2 : 256;
		ph->keys = xrealloc(ph->keys, (size_t)ph->capkeys * sizeof *ph->keys);
	}
	Key *key = xmalloc(sizeof *key);
	key_set(key, ph->st, w);
	ph->kslot[k] = ph->nkeys;
	ph->keys[ph->nkeys++] = key;
	return key;
}

/* The entry of line l's phrase, made when there is none yet. */
static Entry *ph_entry(Phrases *ph, const Line *l) {
	hash_room(&ph->slot, &ph->nslot, ph->n, entry_name, ph);
	size_t k = hash_find(ph->slot, ph->nslot, l->phrase, entry_name, ph);
	if (ph->slot[k] >= 0) return &ph->e[ph->slot[k]];
	if (ph->n == ph->cap) {
		ph->cap = ph->cap ? ph->cap * 2 : 64;
		ph->e = xrealloc(ph->e, (size_t)ph->cap * sizeof *ph->e);
	}
	Entry *e = &ph->e[ph->n];
	memset(e, 0, sizeof *e);
	e->phrase = xstrdup(l->phrase);
	e->nwords = l->nwords;
	e->words = xcalloc((size_t)l->nwords, sizeof *e->words);
	char *w = xstrdup(l->phrase);
	for (int i = 0, at = 0; i < l->nwords; i++) {
		size_t n = strcspn(w + at, " ");
		w[at + n] = 0;
		e->words[i] = ph_key(ph, w + at);
		at += (int)n + 1;
	}
	free(w);
	ph->slot[k] = ph->n++;
	return e;
}

/* Stops danish_words at the first word: the text has one. */
static int first_word(void *ctx, const char *w, size_t wn, size_t start, size_t end) {
	(void)ctx, (void)w, (void)wn, (void)start, (void)end;
	return 1;
}

/* Calls fn with each expansion of exp (split on '|', trimmed, not empty);
** stops at the first that does not return LG_OK. */
static int each_expansion(const char *exp, int (*fn)(void *ctx, const char *p, size_t n), void *ctx) {
	for (const char *p = exp; *p;) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		while (n > 0 && (*p == ' ' || *p == '\t')) p++, n--;
		while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
		if (n > 0 && fn(ctx, p, n) != LG_OK) return LG_ERROR;
		p = bar ? bar + 1 : p + n;
		if (!bar) break;
	}
	return LG_OK;
}

/* An expansion of entry ctx: a mark ("@scope") or a legal word or phrase,
** lower-cased; one without a word is left out. */
static int entry_expansion(void *ctx, const char *p, size_t n) {
	Entry *e = ctx;
	if (*p == '@') {
		entry_add_exp(e, xstrndup(p, n));
		return LG_OK;
	}
	char *low = danish_lower(p, n);
	if (danish_words(low, strlen(low), first_word, NULL))
		entry_add_exp(e, low);
	else
		free(low);
	return LG_OK;
}

typedef struct Checking {
	const Thesaurus *th;
	int lineno;
} Checking;

/* The one mark is @scope. */
static int check_expansion(void *ctx, const char *p, size_t n) {
	Checking *c = ctx;
	if (*p != '@' || (n == 6 && !strncmp(p, "@scope", 6))) return LG_OK;
	if (c->th->err)
		*c->th->err = xprintf("%s:%d: unknown mark '%.*s'; the one mark is @scope", c->th->path,
		                      c->lineno, (int)n, p);
	return LG_ERROR;
}

static int th_line(void *ctx, char *line, int lineno) {
	Thesaurus *th = ctx;
	if (line[0] == '#' || line[strspn(line, " \t")] == 0) return LG_OK;
	char *tab = strchr(line, '\t');
	if (!tab) {
		if (th->err) *th->err = xprintf("%s:%d: no tab between phrase and expansions", th->path, lineno);
		return LG_ERROR;
	}
	*tab = 0;
	Checking c = {th, lineno};
	if (each_expansion(tab + 1, check_expansion, &c) != LG_OK) return LG_ERROR;
	Words ws = {0};
	words_split(&ws, line);
	if (ws.n == 0 || ws.n > MAX_PHRASE_WORDS) {
		words_free(&ws);
		return LG_OK;
	}
	if (th->n == th->cap) {
		th->cap = th->cap ? th->cap * 2 : 1024;
		th->l = xrealloc(th->l, (size_t)th->cap * sizeof *th->l);
	}
	Line *l = &th->l[th->n++];
	Buf phrase = BUF_INIT;
	l->pre = xcalloc((size_t)ws.n, sizeof *l->pre);
	for (int i = 0; i < ws.n; i++) {
		if (i) buf_putc(&phrase, ' ');
		buf_puts(&phrase, ws.w[i]);
		word_prefix(ws.w[i], l->pre[i]);
	}
	l->phrase = buf_take(&phrase);
	l->exp = xstrdup(tab + 1);
	l->nwords = ws.n;
	words_free(&ws);
	return LG_OK;
}

Thesaurus *thesaurus_load(const char *dir, char **err) {
	char *path = xprintf("%s/thesaurus.tsv", dir);
	Thesaurus *th = xcalloc(1, sizeof *th);
	th->path = path;
	th->err = err;
	int rc = read_lines(path, th_line, th, err);
	th->path = NULL;
	th->err = NULL;
	free(path);
	if (rc != LG_OK) {
		thesaurus_free(th);
		return NULL;
	}
	return th;
}

void thesaurus_free(Thesaurus *th) {
	if (!th) return;
	for (int i = 0; i < th->n; i++) {
		free(th->l[i].phrase);
		free(th->l[i].exp);
		free(th->l[i].pre);
	}
	free(th->l);
	free(th);
}

/* May word w begin a word that matches one of the question's words, whose
** first bytes are pre[0..n)? */
static int prefix_met(const char *w, char (*pre)[PREFIX_BYTES + 1], int n) {
	for (int i = 0; i < n; i++)
		if (!strcmp(pre[i], w)) return 1;
	return 0;
}

static void entry_free(Entry *e) {
	for (int k = 0; k < e->nexp; k++) free(e->exp[k]);
	free(e->words);
	free(e->exp);
	free(e->phrase);
}

static void phrases_free(Phrases *ph) {
	for (int i = 0; i < ph->n; i++) entry_free(&ph->e[i]);
	for (int i = 0; i < ph->nkeys; i++) {
		key_free(ph->keys[i]);
		free(ph->keys[i]);
	}
	free(ph->e);
	free(ph->keys);
	free(ph->slot);
	free(ph->kslot);
	memset(ph, 0, sizeof *ph);
}

/* The entries of th (may be NULL) of the lines whose every word's first bytes
** are among pre[0..npre) -- of every line when pre is NULL -- in the order
** of the file, the expansions of one phrase's lines merged; an entry whose
** expansions are all empty is left out. */
static void phrases_build(Phrases *ph, const Thesaurus *th, char (*pre)[PREFIX_BYTES + 1], int npre,
                          Stemmers *st) {
	memset(ph, 0, sizeof *ph);
	ph->st = st;
	for (int i = 0; th && i < th->n; i++) {
		const Line *l = &th->l[i];
		int k = 0;
		while (pre && k < l->nwords && prefix_met(l->pre[k], pre, npre)) k++;
		if (pre && k < l->nwords) continue;
		each_expansion(l->exp, entry_expansion, ph_entry(ph, l));
	}
	int out = 0;
	for (int i = 0; i < ph->n; i++) {
		if (ph->e[i].nexp > 0)
			ph->e[out++] = ph->e[i];
		else
			entry_free(&ph->e[i]);
	}
	ph->n = out;
}

/* ------------------------------------------------------------- understanding */

typedef struct Term {
	char *term;                     /* stems, space-separated for a phrase */
	char *surface;                  /* the words to quote in MATCH (tokenizer stems them) */
	double weight;
	int prefix, phrase, indexed;
	int overcut;                    /* a long word stemmed to a short common one */
	int order;                      /* first appearance, to keep sorting stable */
} Term;

typedef struct Concept {
	char *words;                    /* the question's text the concept came from */
	const char *source;             /* "thesaurus", "word" or "number" */
	char **law;
	int nlaw;
	Term *terms;
	int nterms;
	int scope;                      /* asks who or what a scheme is for (@scope) */
} Concept;

struct Understanding {
	const char *lang;
	Concept *c;
	int nc;
	Term *all;
	int nall;
	char **stop;                    /* the stop words dropped */
	int nstop;
	char *fts;
};

typedef struct Run {                /* the state of one understand() call */
	const char *q;
	const Stopwords *sw;
	const Thesaurus *th;
	Phrases ph;                     /* th's phrases the question's words may meet */
	Stemmers st;
	Reader *rd;                     /* reads the index's vocabulary; NULL: there is none */
	int words;                      /* the index has the Danish word list (lexres.h) */
	char **vocab;                   /* without rd: the Danish stems of the thesaurus's legal
	                                ** words, sorted; made on first need */
	int nvocab, vocab_made;
	Understanding *u;
	int order;
} Run;

static void run_vocab(Run *r) {
	Phrases all;
	r->vocab_made = 1;
	phrases_build(&all, r->th, NULL, 0, &r->st);
	for (int i = 0; i < all.n; i++)
		for (int j = 0; j < all.e[i].nexp; j++) {
			if (all.e[i].exp[j][0] == '@') continue;   /* a mark, not a word */
			Words xw = {0};
			words_split(&xw, all.e[i].exp[j]);
			for (int k = 0; k < xw.n; k++) {
				r->vocab = xrealloc(r->vocab, (size_t)(r->nvocab + 1) * sizeof *r->vocab);
				r->vocab[r->nvocab++] = stem_da(&r->st, xw.w[k]);
			}
			words_free(&xw);
		}
	phrases_free(&all);
	if (r->nvocab > 1) qsort(r->vocab, (size_t)r->nvocab, sizeof *r->vocab, cmp_str);
}

/* Is the Danish stem an index term (or, without db, a thesaurus legal word)?
** With prefix, is any index term starting with it? */
static int known(Run *r, const char *stem, int prefix) {
	if (r->rd) return read_vocab_has(r->rd, stem, prefix) > 0;
	if (!r->vocab_made) run_vocab(r);
	if (r->nvocab == 0) return 0;
	if (prefix) return 1;           /* no prefix look-ups without a db */
	return bsearch(&stem, r->vocab, (size_t)r->nvocab, sizeof *r->vocab, cmp_str) != NULL;
}

static Concept *concept_new(Run *r, const char *source, size_t start, size_t end) {
	Understanding *u = r->u;
	u->c = xrealloc(u->c, (size_t)(u->nc + 1) * sizeof *u->c);
	Concept *c = &u->c[u->nc++];
	memset(c, 0, sizeof *c);
	c->source = source;
	c->words = xstrndup(r->q + start, end - start);
	return c;
}

/* Adds a term to a concept (merging with an equal term, keeping the larger
** weight). words are folded, unstemmed words separated by single spaces. */
static void concept_term(Run *r, Concept *c, const char *words, double weight) {
	Words ws = {0};
	Buf stems = BUF_INIT, surface = BUF_INIT;
	words_split(&ws, words);
	int cut = 0;
	for (int i = 0; i < ws.n; i++) {
		char *s = stem_da_cut(&r->st, ws.w[i], &cut);
		if (i) {
			buf_putc(&stems, ' ');
			buf_putc(&surface, ' ');
		}
		buf_puts(&stems, s);
		buf_puts(&surface, ws.w[i]);
		free(s);
	}
	/* A long word the stemmer would cut to a short common one ("varighed" ->
	** "var") is searched as itself (stemmer_stem_cut), which often is not how
	** the law words it: it is kept only where its concept has nothing else
	** ("rådighed"; see drop_overcut). */
	int overcut = ws.n == 1 && cut;
	if (ws.n == 0) {
		buf_free(&stems);
		buf_free(&surface);
		words_free(&ws);
		return;
	}
	int phrase = ws.n > 1;
	int prefix = !phrase && !overcut && !is_number(stems.s) && n_chars(stems.s) >= PREFIX_MIN_CHARS;
	for (int i = 0; i < c->nterms; i++) {
		Term *t = &c->terms[i];
		if (strcmp(t->term, stems.s) == 0) {
			if (weight > t->weight) t->weight = weight;
			buf_free(&stems);
			buf_free(&surface);
			words_free(&ws);
			return;
		}
	}
	int indexed = 1;
	if (r->rd) {
		for (int i = 0; i < ws.n && indexed; i++) {
			char *s = stem_da(&r->st, ws.w[i]);
			indexed = known(r, s, prefix);
			free(s);
		}
	}
	c->terms = xrealloc(c->terms, (size_t)(c->nterms + 1) * sizeof *c->terms);
	Term *t = &c->terms[c->nterms++];
	t->term = buf_take(&stems);
	t->surface = buf_take(&surface);
	t->weight = weight;
	t->prefix = prefix;
	t->phrase = phrase;
	t->indexed = indexed;
	t->overcut = overcut;
	t->order = r->order++;
	buf_free(&stems);
	buf_free(&surface);
	words_free(&ws);
}

static void concept_law(Concept *c, const char *law) {
	c->law = xrealloc(c->law, (size_t)(c->nlaw + 1) * sizeof *c->law);
	c->law[c->nlaw++] = xstrdup(law);
}

/* A thesaurus concept: every expansion, the first weighing most; the content
** words of a multi-word expansion also on their own. */
static void add_thesaurus_concept(Run *r, const Entry *const *hits, int nhits, size_t start,
                                  size_t end) {
	Concept *c = concept_new(r, "thesaurus", start, end);
	for (int h = 0; h < nhits; h++) {
		const Entry *e = hits[h];
		for (int i = 0; i < e->nexp; i++) {
			if (!strcmp(e->exp[i], "@scope")) {
				c->scope = 1;
				continue;
			}
			int dup = 0;
			for (int k = 0; k < c->nlaw && !dup; k++) dup = strcmp(c->law[k], e->exp[i]) == 0;
			if (dup) continue;
			concept_law(c, e->exp[i]);
			concept_term(r, c, e->exp[i], (h == 0 && i == 0) ? 2.0 : 1.5);
		}
	}
	for (int i = 0; i < c->nlaw; i++) {
		Words ws = {0};
		words_split(&ws, c->law[i]);
		for (int k = 0; ws.n > 1 && k < ws.n; k++)
			if (!stopwords_has(r->sw, ws.w[k]) && n_chars(ws.w[k]) > 2)
				concept_term(r, c, ws.w[k], 0.75);
		words_free(&ws);
	}
}

/* Tries to split w at character k: the right part w[k..] and the left part
** w[..k], less the linking letter when link is 's' or 'e', must both stem to
** known terms of at least three letters. Adds both halves to c and returns 1
** on success. */
static int try_split(Run *r, Concept *c, const char *w, const size_t *at, size_t k, int link) {
	const char *right = w + at[k];
	size_t lb = at[k];
	int ok = 0;
	if (link) {
		if (w[lb - 1] != link) return 0;
		lb--;
	}
	/* with a word list, the head must be a word of its own ("forældelsen" is
	** no "foræld" + "elsen"), the first part a word or a long term of the
	** law ("ressourceforløb", which the list lacks) */
	if (r->words && read_is_word(r->rd, right) != 1) return 0;
	char *rs = stem_da(&r->st, right);
	if (n_chars(rs) >= PART_MIN_CHARS && known(r, rs, 0)) {
		char *left = xstrndup(w, lb);
		char *ls = stem_da(&r->st, left);
		int word = !r->words || read_is_word(r->rd, left) == 1 || n_chars(left) >= SEAM_MIN_CHARS;
		if (word && n_chars(ls) >= PART_MIN_CHARS && known(r, ls, 0)) {
			concept_term(r, c, left, 0.5);
			concept_term(r, c, right, 0.5);
			ok = 1;
		}
		free(ls);
		free(left);
	}
	free(rs);
	return ok;
}

/* Splits a Danish compound in two, keeping the whole word too. A linking s
** is the surest sign of a seam (ressourceforløb-s-ydelse), so splits after an
** s are tried first, then after a linking e (sygedagpeng-e-sager), then plain
** ones; each from the longest first half down. Without an s the right half
** needs five letters and a plain left half four, so that endings and
** fragments (vurde-ring, hel-bred) are not taken for words. */
static void split_compound(Run *r, Concept *c, const char *w) {
	size_t len = strlen(w), nch = n_chars(w);
	if (nch < COMPOUND_MIN_CHARS || is_number(w)) return;
	size_t *at = xcalloc(nch + 1, sizeof *at);   /* byte offset of each character */
	for (size_t i = 0, k = 0; i < len; i++)
		if (((unsigned char)w[i] & 0xC0) != 0x80) at[k++] = i;
	at[nch] = len;
	static const struct { int link; size_t min_left, min_right; } pass[] = {
		{'s', PART_MIN_CHARS + 1, PART_MIN_CHARS},
		{'e', PART_MIN_CHARS + 1, PART_MIN_CHARS + 2},
		{0, PART_MIN_CHARS + 1, PART_MIN_CHARS + 2},
	};
	int done = 0;
	for (size_t p = 0; p < sizeof pass / sizeof *pass && !done; p++) {
		if (nch < pass[p].min_left + pass[p].min_right) continue;
		for (size_t k = nch - pass[p].min_right; !done && k >= pass[p].min_left; k--)
			done = try_split(r, c, w, at, k, pass[p].link);
	}
	free(at);
}

static int cmp_term(const void *a, const void *b) {
	const Term *x = a, *y = b;
	if (x->weight != y->weight) return x->weight < y->weight ? 1 : -1;
	return x->order - y->order;
}

/* Merges the concepts' terms into u->all, heaviest first. */
static void merge_terms(Understanding *u) {
	for (int i = 0; i < u->nc; i++) {
		for (int j = 0; j < u->c[i].nterms; j++) {
			const Term *t = &u->c[i].terms[j];
			int k;
			for (k = 0; k < u->nall; k++)
				if (strcmp(u->all[k].term, t->term) == 0) break;
			if (k < u->nall) {
				if (t->weight > u->all[k].weight) u->all[k].weight = t->weight;
				continue;
			}
			u->all = xrealloc(u->all, (size_t)(u->nall + 1) * sizeof *u->all);
			u->all[u->nall] = *t;
			u->all[u->nall].term = xstrdup(t->term);
			u->all[u->nall].surface = xstrdup(t->surface);
			u->nall++;
		}
	}
	if (u->nall > 1) qsort(u->all, (size_t)u->nall, sizeof *u->all, cmp_term);
}

/* The MATCH expression of the indexed terms i with pick[i] (all when pick is
** NULL), joined by OR. Terms contain only word characters and spaces (they
** come from danish_words), so quoting them makes any input valid syntax. */
static char *build_fts(const Understanding *u, const unsigned char *pick) {
	Buf b = BUF_INIT;
	buf_add(&b, "", 0);
	for (int i = 0; i < u->nall; i++) {
		const Term *t = &u->all[i];
		if (!t->indexed || (pick && !pick[i])) continue;
		if (b.n) buf_puts(&b, " OR ");
		buf_putc(&b, '"');
		buf_puts(&b, t->prefix ? t->term : t->surface);
		buf_putc(&b, '"');
		if (t->prefix) buf_putc(&b, '*');
	}
	return buf_take(&b);
}

char *understanding_fts_of(const Understanding *u, const unsigned char *pick) {
	return build_fts(u, pick);
}

static const char *guess_lang(const Words *ws, const Stopwords *sw) {
	int da = 0, en = 0;
	for (int i = 0; i < ws->n; i++) {
		int l = stop_lang(sw, ws->w[i]);
		if (l == LANG_DA) da++;
		if (l == LANG_EN) en++;
		if (strstr(ws->w[i], "\xC3\xA6") || strstr(ws->w[i], "\xC3\xB8") ||
		    strstr(ws->w[i], "\xC3\xA5"))
			da++;                                            /* æ ø å */
	}
	return en > da ? "en" : "da";
}

/* The longest thesaurus phrase at word i of ws, and among those the best
** matched (same spelling beats same Danish stem beats same English stem, so
** "medication" does not also pull in "medical"): all entries that tie go to
** hits, their number to *nhits. Returns the phrase's length in words, 0 if none. */
/* Whether the thesaurus word t is English only: not a word of the Danish word
** list, and one the English-Danish dictionary has. A Danish question's word
** does not match it by Danish stem: "dage" is not "dagger" (stem "dag"). */
static int english_only(const Run *r, const Key *t) {
	if (!r->rd || !r->words || read_is_word(r->rd, t->w) == 1) return 0;
	ReadStrings da = {0};
	read_translations(r->rd, t->en, &da);
	int n = da.n;
	read_strings_clear(&da);
	return n > 0;
}

static int best_phrase(const Run *r, const Words *ws, const Key *keys, int i, int english,
                       const Entry **hits, int *nhits) {
	int best = 0, best_q = 0;
	*nhits = 0;
	for (int e = 0; e < r->ph.n; e++) {
		const Entry *en = &r->ph.e[e];
		if (en->nwords > ws->n - i || en->nwords < best) continue;
		/* A stop word of the question's language is no phrase by itself
		** (Danish "end" is "than", not "end"). */
		if (en->nwords == 1 && (stop_lang(r->sw, ws->w[i]) & (english ? LANG_EN : LANG_DA)))
			continue;
		int k, q = 0;
		for (k = 0; k < en->nwords; k++) {
			int m = key_match(&keys[i + k], en->words[k], english);
			if (m == 2 && !english && english_only(r, en->words[k])) m = 0;
			if (!m) break;
			q += m;
		}
		if (k < en->nwords) continue;
		if (en->nwords > best || q > best_q) {
			best = en->nwords;
			best_q = q;
			*nhits = 0;
		} else if (q < best_q) {
			continue;
		}
		hits[(*nhits)++] = en;
	}
	return best;
}

/* The concept of a thesaurus phrase of words i..i+len of ws. */
static void phrase_concept(Run *r, const Words *ws, int i, int len, int english,
                           const Entry **hits, int nhits) {
	add_thesaurus_concept(r, hits, nhits, ws->start[i], ws->end[i + len - 1]);
	Concept *c = &r->u->c[r->u->nc - 1];
	for (int k = i; k < i + len; k++) {
		/* the asker's own Danish word counts too: "sagen behandles" is
		** not "behandling" */
		if (!english && c->nterms && !stop_lang(r->sw, ws->w[k]) && n_chars(ws->w[k]) > 2)
			concept_term(r, c, ws->w[k], 1.0);
		split_compound(r, c, ws->w[k]);
	}
}

/* The Danish words the dictionary gives for the English word w (one the
** thesaurus does not know), as terms of c: "dog" -> "hund". */
static void translate(Run *r, Concept *c, const char *w) {
	if (!r->rd || is_number(w)) return;
	char *stem = stem_en(&r->st, w);
	ReadStrings da = {0};
	read_translations(r->rd, stem, &da);
	int kept = 0;   /* "within": i, om, på are Danish stop words, not its meaning */
	for (int k = 0; k < da.n && kept < MAX_TRANSLATIONS; k++)
		if (!(stop_lang(r->sw, da.v[k]) & LANG_DA)) {
			concept_term(r, c, da.v[k], 1.0);
			kept++;
		}
	if (kept) c->source = "dictionary";
	read_strings_clear(&da);
	free(stem);
}

/* Word i of ws outside any phrase: a stop word (kept for the account), too
** short, or a concept of its own (a number weighs less); an English word the
** thesaurus does not know gets its Danish words from the dictionary. */
static void word_concept(Run *r, const Words *ws, int i, int english) {
	const char *w = ws->w[i];
	if (stop_lang(r->sw, w)) {
		r->u->stop = xrealloc(r->u->stop, (size_t)(r->u->nstop + 1) * sizeof *r->u->stop);
		r->u->stop[r->u->nstop++] = xstrdup(w);
		return;
	}
	if (n_chars(w) < 2) return;
	Concept *c = concept_new(r, is_number(w) ? "number" : "word", ws->start[i], ws->end[i]);
	concept_term(r, c, w, is_number(w) ? 0.5 : 1.0);
	if (english) translate(r, c, w);
	else split_compound(r, c, w);
}

static void term_free(Term *t);

/* Overcut terms ("varighed") go where their concept has other terms the index
** knows. */
static void drop_overcut(Understanding *u) {
	for (int i = 0; i < u->nc; i++) {
		Concept *c = &u->c[i];
		int other = 0, k = 0;
		for (int j = 0; j < c->nterms; j++) other |= !c->terms[j].overcut && c->terms[j].indexed;
		for (int j = 0; j < c->nterms; j++) {
			if (other && c->terms[j].overcut) term_free(&c->terms[j]);
			else c->terms[k++] = c->terms[j];
		}
		c->nterms = k;
	}
}

int understand(const char *question, const Stopwords *sw, const Thesaurus *th, Reader *rd,
               Understanding **out, char **err) {
	Run r = {0};
	Words ws = {0};
	*out = NULL;
	if (stemmers_open(&r.st, err) != LG_OK) return LG_ERROR;
	if (!question) question = "";
	r.q = question;
	r.sw = sw;
	r.th = th;
	r.u = xcalloc(1, sizeof *r.u);
	/* an index without a vocabulary (read_vocab_has() -1): work without it */
	r.rd = rd && read_vocab_has(rd, "", 0) >= 0 ? rd : NULL;
	r.words = r.rd && read_is_word(r.rd, NULL) == 1;

	words_split(&ws, question);
	r.u->lang = guess_lang(&ws, sw);
	int english = strcmp(r.u->lang, "en") == 0;
	Key *keys = xcalloc((size_t)ws.n + 1, sizeof *keys);
	char(*pre)[PREFIX_BYTES + 1] = xcalloc((size_t)ws.n + 1, sizeof *pre);
	for (int i = 0; i < ws.n; i++) {
		key_set(&keys[i], &r.st, ws.w[i]);
		word_prefix(ws.w[i], pre[i]);
	}
	phrases_build(&r.ph, th, pre, ws.n, &r.st);
	free(pre);
	const Entry **hits = xcalloc(r.ph.n ? (size_t)r.ph.n : 1, sizeof *hits);
	for (int i = 0; i < ws.n;) {
		int nhits = 0, len = best_phrase(&r, &ws, keys, i, english, hits, &nhits);
		if (len > 0) {
			phrase_concept(&r, &ws, i, len, english, hits, nhits);
			i += len;
		} else {
			word_concept(&r, &ws, i++, english);
		}
	}
	free(hits);

	drop_overcut(r.u);
	merge_terms(r.u);
	r.u->fts = build_fts(r.u, NULL);

	for (int i = 0; i < ws.n; i++) key_free(&keys[i]);
	free(keys);
	phrases_free(&r.ph);
	words_free(&ws);
	stemmers_close(&r.st);
	for (int i = 0; i < r.nvocab; i++) free(r.vocab[i]);
	free(r.vocab);
	*out = r.u;
	return LG_OK;
}

static void term_free(Term *t) {
	free(t->term);
	free(t->surface);
}

void understanding_free(Understanding *u) {
	if (!u) return;
	for (int i = 0; i < u->nc; i++) {
		Concept *c = &u->c[i];
		for (int j = 0; j < c->nterms; j++) term_free(&c->terms[j]);
		for (int j = 0; j < c->nlaw; j++) free(c->law[j]);
		free(c->terms);
		free(c->law);
		free(c->words);
	}
	for (int i = 0; i < u->nall; i++) term_free(&u->all[i]);
	for (int i = 0; i < u->nstop; i++) free(u->stop[i]);
	free(u->c);
	free(u->all);
	free(u->stop);
	free(u->fts);
	free(u);
}

const char *understanding_lang(const Understanding *u) { return u->lang; }
const char *understanding_fts(const Understanding *u) { return u->fts; }

int understanding_nstopwords(const Understanding *u) { return u->nstop; }
const char *understanding_stopword(const Understanding *u, int i) {
	return (i >= 0 && i < u->nstop) ? u->stop[i] : NULL;
}
int understanding_term_indexed(const Understanding *u, int i) {
	return (i >= 0 && i < u->nall) ? u->all[i].indexed : 0;
}
int understanding_concept_term_prefix(const Understanding *u, int i, int j) {
	if (i < 0 || i >= u->nc || j < 0 || j >= u->c[i].nterms) return 0;
	return u->c[i].terms[j].prefix;
}
int understanding_nterms(const Understanding *u) { return u->nall; }
int understanding_nconcepts(const Understanding *u) { return u->nc; }

const char *understanding_term(const Understanding *u, int i, double *weight, int *prefix) {
	if (i < 0 || i >= u->nall) return NULL;
	if (weight) *weight = u->all[i].weight;
	if (prefix) *prefix = u->all[i].prefix;
	return u->all[i].term;
}

const char *understanding_concept_words(const Understanding *u, int i) {
	return (i >= 0 && i < u->nc) ? u->c[i].words : NULL;
}

const char *understanding_concept_source(const Understanding *u, int i) {
	return (i >= 0 && i < u->nc) ? u->c[i].source : NULL;
}

int understanding_concept_nlaw(const Understanding *u, int i) {
	return (i >= 0 && i < u->nc) ? u->c[i].nlaw : 0;
}

const char *understanding_concept_law(const Understanding *u, int i, int j) {
	if (i < 0 || i >= u->nc || j < 0 || j >= u->c[i].nlaw) return NULL;
	return u->c[i].law[j];
}

int understanding_concept_scope(const Understanding *u, int i) {
	return (i >= 0 && i < u->nc) ? u->c[i].scope : 0;
}

int understanding_concept_nterms(const Understanding *u, int i) {
	return (i >= 0 && i < u->nc) ? u->c[i].nterms : 0;
}

const char *understanding_concept_term(const Understanding *u, int i, int j, double *weight) {
	if (i < 0 || i >= u->nc || j < 0 || j >= u->c[i].nterms) return NULL;
	if (weight) *weight = u->c[i].terms[j].weight;
	return u->c[i].terms[j].term;
}
