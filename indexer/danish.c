/*
** danish.c -- Danish text for search (see danish.h): the FTS5 tokenizer
** "danish" and the lower-casing, folding, word splitting and stemming that
** query code needs to produce the same terms.
**
** The tokenizer has the shape of SQLite's porter tokenizer: it wraps the
** built-in unicode61 tokenizer, found through fts5_api.xFindTokenizer and
** created with "remove_diacritics 0" so that å is not folded to a (option 2
** would fold it too). unicode61 lower-cases and splits; this module then
** folds the remaining diacritics itself (é è ü ... lose their marks; ä and ö,
** the German and Swedish spellings of æ and ø, become æ and ø), drops
** zero-width characters and soft hyphens (declared to unicode61 as token
** characters so they join the word around them instead of splitting it),
** and stems with Snowball's Danish stemmer. Every tokenizer instance owns
** its own stemmer and a cache of the stems of the tokens it saw last; nothing
** here is global.
**
** Also the ranking function text_rank(): BM25 of the index's text column with
** a weight per phrase, so that rare words can select rows without counting
** (see ask.c's candidate_query).
*/
#include "danish.h"
#include "util.h"

#include <libstemmer.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Longer tokens are not stemmed (they are not words; the stemmer is slow on them). */
#define MAX_STEM_BYTES 128

struct Stemmer {
	struct sb_stemmer *sb;
};

/* ---------------------------------------------------------------- UTF-8 */

/* Decodes one code point at s[*i] (i < n) and advances *i. Invalid bytes
** decode as U+FFFD, one byte at a time. */
static unsigned utf8_next(const char *s, size_t n, size_t *i) {
	const unsigned char *p = (const unsigned char *)s + *i;
	size_t left = n - *i;
	unsigned c = p[0];
	size_t len = 1;
	if (c < 0x80) {
		*i += 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		c &= 0x07;
	} else {
		*i += 1;
		return 0xFFFD;
	}
	if (left < len) {
		*i += 1;
		return 0xFFFD;
	}
	for (size_t k = 1; k < len; k++) {
		if ((p[k] & 0xC0) != 0x80) {
			*i += 1;
			return 0xFFFD;
		}
		c = (c << 6) | (p[k] & 0x3F);
	}
	*i += len;
	return c;
}

static void utf8_put(Buf *b, unsigned c) {
	char t[4];
	size_t n;
	if (c < 0x80) {
		t[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		t[0] = (char)(0xC0 | (c >> 6));
		t[1] = (char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		t[0] = (char)(0xE0 | (c >> 12));
		t[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		t[2] = (char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		t[0] = (char)(0xF0 | (c >> 18));
		t[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		t[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		t[3] = (char)(0x80 | (c & 0x3F));
		n = 4;
	}
	buf_add(b, t, n);
}

/* ------------------------------------------------- case and diacritics */

/* The lower case of code point c: a table of Unicode ranges written as one
** chain of tests (its complexity is the table's length, not logic). */
static unsigned lower_cp(unsigned c) {
	if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;        /* Latin-1 */
	if (c == 0x130) return 'i';                                      /* İ */
	if (c >= 0x100 && c <= 0x137) return c | 1;                      /* Ā..ķ pairs */
	if (c >= 0x139 && c <= 0x148) return (c & 1) ? c + 1 : c;        /* Ĺ..ň */
	if (c >= 0x14A && c <= 0x177) return c | 1;                      /* Ŋ..ŷ */
	if (c == 0x178) return 0xFF;                                     /* Ÿ */
	if (c >= 0x179 && c <= 0x17E) return (c & 1) ? c + 1 : c;        /* Ź..ž */
	if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;       /* Greek */
	if (c >= 0x410 && c <= 0x42F) return c + 32;                     /* Cyrillic */
	if (c >= 0x400 && c <= 0x40F) return c + 80;
	return c;
}

/* Base letters of U+0100..U+017F after lower-casing; '.' keeps the letter. */
static const char latin_ext_a[] =
	"aaaaaaccccccccdd" "ddeeeeeeeeeegggg" "gggghhhhiiiiiiii" "ii..jjkkklllllll"
	"lllnnnnnnn..oooo" "oo..rrrrrrssssss" "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";

/* Folds the diacritics of a lower-case letter, keeping æ ø å. */
static unsigned fold_cp(unsigned c) {
	if (c < 0xE0) return c;
	if (c <= 0xFF) {
		switch (c) {
		case 0xE0: case 0xE1: case 0xE2: case 0xE3: return 'a';
		case 0xE4: return 0xE6;                                      /* ä -> æ */
		case 0xE7: return 'c';
		case 0xE8: case 0xE9: case 0xEA: case 0xEB: return 'e';
		case 0xEC: case 0xED: case 0xEE: case 0xEF: return 'i';
		case 0xF1: return 'n';
		case 0xF2: case 0xF3: case 0xF4: case 0xF5: return 'o';
		case 0xF6: return 0xF8;                                      /* ö -> ø */
		case 0xF9: case 0xFA: case 0xFB: case 0xFC: return 'u';
		case 0xFD: case 0xFF: return 'y';
		default: return c;                                           /* å æ ø ð þ ß */
		}
	}
	if (c <= 0x17F) {
		char base = latin_ext_a[c - 0x100];
		return base == '.' ? c : (unsigned)base;
	}
	return c;
}

/* Zero-width characters and the soft hyphen: removed, never separators. */
static int is_invisible(unsigned c) {
	return c == 0xAD || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}

/* Letters and digits, roughly as unicode61 sees them (categories L*, N*): a
** table of Unicode ranges written as one chain of tests. */
static int is_word_cp(unsigned c) {
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if (c < 0xC0) return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 ||
	                     c == 0xBA || (c >= 0xBC && c <= 0xBE);
	if (c == 0xD7 || c == 0xF7) return 0;                            /* × ÷ */
	if (c >= 0x2000 && c <= 0x2BFF) return 0;   /* punctuation, currency, symbols, arrows */
	if (c >= 0x2E00 && c <= 0x2E7F) return 0;
	if (c >= 0x3000 && c <= 0x303F) return 0;
	if (c >= 0xFE00 && c <= 0xFE6F) return 0;
	if (c >= 0xFF00 && c <= 0xFF0F) return 0;
	if (c == 0xFFFD || c >= 0x1F000) return 0;                      /* bad bytes, emoji */
	return 1;
}

char *danish_lower(const char *s, size_t n) {
	Buf b = BUF_INIT;
	size_t i = 0;
	buf_add(&b, "", 0);
	while (i < n) {
		size_t at = i;
		unsigned c = utf8_next(s, n, &i);
		if (c == 0xFFFD && i - at == 1 && (unsigned char)s[at] >= 0x80)
			buf_add(&b, s + at, 1);                                 /* keep bad bytes */
		else
			utf8_put(&b, lower_cp(c));
	}
	return buf_take(&b);
}

/* Fullwidth forms (ＦＬＥＫＳ, ０-９) as the ASCII characters they stand for. */
static unsigned compat_cp(unsigned c) {
	return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
}

/* Appends code point c of a word to the folded word in b: lower case, the
** diacritics folded (æ ø å kept), a ligature as its letters (ﬂ -> fl), a
** combining mark merged into the letter before it as the composed letter would
** fold (a + ring above -> å, a or o + diaeresis -> æ or ø, any other mark
** dropped, as é folds to e): text in NFC and NFD, typed or copied from a PDF,
** gives the same words. */
static void fold_put(Buf *b, unsigned c) {
	static const char *const LIGATURES[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
	c = compat_cp(c);
	if (c >= 0xFB00 && c <= 0xFB06) {
		buf_puts(b, LIGATURES[c - 0xFB00]);
		return;
	}
	if (c >= 0x300 && c <= 0x36F) {
		char last = b->n ? b->s[b->n - 1] : 0;
		if ((c == 0x30A && last == 'a') || (c == 0x308 && (last == 'a' || last == 'o'))) {
			b->s[--b->n] = 0;
			utf8_put(b, c == 0x30A ? 0xE5 : last == 'a' ? 0xE6 : 0xF8);
		}
		return;
	}
	utf8_put(b, fold_cp(lower_cp(c)));
}

/* Appends the lower-cased, folded form of s[0..n) to b, without invisibles. */
static void fold_word(Buf *b, const char *s, size_t n) {
	size_t i = 0;
	while (i < n) {
		unsigned c = utf8_next(s, n, &i);
		if (is_invisible(c)) continue;
		fold_put(b, c);
	}
}

int danish_words(const char *s, size_t n,
                 int (*fn)(void *ctx, const char *w, size_t wn, size_t start, size_t end),
                 void *ctx) {
	Buf w = BUF_INIT;
	size_t i = 0, start = 0, end = 0;
	int in_word = 0, rc = 0;
	while (rc == 0 && i <= n) {
		size_t at = i;
		unsigned c = 0;
		int word = 0;
		if (i < n) {
			c = compat_cp(utf8_next(s, n, &i));
			if (is_invisible(c)) continue;
			word = is_word_cp(c);
		} else {
			i++;                                                     /* end of text */
		}
		if (word) {
			if (!in_word) {
				in_word = 1;
				start = at;
				buf_reset(&w);
			}
			if (c < 0x80 && w.n + 1 < w.cap) {   /* the common case, without a call */
				w.s[w.n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
				w.s[w.n] = 0;
			} else {
				fold_put(&w, c);
			}
			end = i;
		} else if (in_word) {
			in_word = 0;
			if (w.n) rc = fn(ctx, w.s, w.n, start, end);   /* not a mark alone */
		}
	}
	buf_free(&w);
	return rc;
}

/* ------------------------------------------------------------- stemmer */

Stemmer *stemmer_new(void) {
	struct sb_stemmer *sb = sb_stemmer_new("danish", "UTF_8");
	if (!sb) return NULL;
	Stemmer *s = xcalloc(1, sizeof *s);
	s->sb = sb;
	return s;
}

void stemmer_free(Stemmer *s) {
	if (!s) return;
	sb_stemmer_delete(s->sb);
	free(s);
}

/* A noun in -hed the stemmer cuts to three letters or fewer ("rådighed" ->
** "råd", "varighed" -> "var", "hyppighed" -> "hyp") would match every word of
** that short stem (rådet, var): it keeps its own form instead, without its
** inflectional ending ("rådigheden", "rådighedens" -> "rådighed"). Other
** words keep the stemmer's stem ("lægerne", "lægelig" -> "læg", as "læge").
** Returns the own form's length, or 0 when the stem is fine. */
static size_t overcut(const char *word, size_t n, const char *stem, size_t stem_n) {
	static const char *const ENDINGS[] = {"ernes", "erne", "enes", "ene", "ens", "ets", "ers",
	                                      "en", "et", "er", "es", "e", "s"};
	if (utf8_len(word, n) < 7 || utf8_len(stem, stem_n) > 3) return 0;
	size_t form = n;
	for (size_t i = 0; i < sizeof ENDINGS / sizeof *ENDINGS; i++) {
		size_t k = strlen(ENDINGS[i]);
		if (n > k && !memcmp(word + n - k, ENDINGS[i], k)) {
			form = n - k;
			break;
		}
	}
	/* only nouns in -hed: "lægelig" -> "læg" rightly meets "læge" */
	return utf8_len(word, form) >= 6 && !memcmp(word + form - 3, "hed", 3) ? form : 0;
}

const char *stemmer_stem_cut(Stemmer *s, const char *word, size_t n, size_t *out_n, int *cut) {
	const sb_symbol *r = NULL;
	if (cut) *cut = 0;
	if (n > 0 && n <= MAX_STEM_BYTES)
		r = sb_stemmer_stem(s->sb, (const sb_symbol *)word, (int)n);
	if (!r) {                                                        /* too long, or no memory */
		*out_n = n;
		return word;
	}
	*out_n = (size_t)sb_stemmer_length(s->sb);
	size_t own = overcut(word, n, (const char *)r, *out_n);
	if (!own) return (const char *)r;
	if (cut) *cut = 1;
	*out_n = own;
	return word;
}

const char *stemmer_stem(Stemmer *s, const char *word, size_t n, size_t *out_n) {
	return stemmer_stem_cut(s, word, n, out_n, NULL);
}

/* ------------------------------------------------------ FTS5 tokenizer */

/* The stems of the tokens seen last: the law's vocabulary is small next to its
** tens of millions of words, so most tokens are stemmed once. Direct-mapped:
** a token's slot by its hash, a token of another slot replaces it; longer
** tokens are stemmed every time. */
#define STEM_SLOTS 65536
#define STEM_BYTES 32
typedef struct StemSlot {
	unsigned char kn, sn;           /* kn 0: empty; sn 0: the token yields no word */
	char key[STEM_BYTES], stem[STEM_BYTES];
} StemSlot;

typedef struct DanishTokenizer {
	fts5_tokenizer parent_api;      /* unicode61's callbacks */
	Fts5Tokenizer *parent;          /* owned: deleted with parent_api.xDelete */
	Stemmer *stemmer;               /* owned */
	StemSlot *cache;                /* owned: STEM_SLOTS slots */
} DanishTokenizer;

typedef struct TokenizeCtx {        /* lives for one xTokenize call */
	DanishTokenizer *t;
	void *ctx;
	int (*xToken)(void *, int, const char *, int, int, int);
	Buf word;
} TokenizeCtx;

static void danish_delete(Fts5Tokenizer *p) {
	DanishTokenizer *t = (DanishTokenizer *)p;
	if (!t) return;
	if (t->parent) t->parent_api.xDelete(t->parent);
	stemmer_free(t->stemmer);
	free(t->cache);
	free(t);
}

/* pUserData is the fts5_api of the database; the arguments are passed on to
** unicode61 after our own, so that e.g. "tokenchars" can still be given. */
static int danish_create(void *pUserData, const char **azArg, int nArg, Fts5Tokenizer **ppOut) {
	fts5_api *api = pUserData;
	static const char *const own[] = {
		"remove_diacritics", "0",
		/* soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM */
		"tokenchars", "\xC2\xAD\xE2\x80\x8B\xE2\x80\x8C\xE2\x80\x8D\xE2\x81\xA0\xEF\xBB\xBF",
	};
	int n_own = (int)(sizeof own / sizeof *own);
	void *parent_ud = NULL;
	DanishTokenizer *t = xcalloc(1, sizeof *t);
	const char **args = xcalloc((size_t)(n_own + nArg) + 1, sizeof *args);
	int rc = api->xFindTokenizer(api, "unicode61", &parent_ud, &t->parent_api);
	for (int i = 0; i < n_own; i++) args[i] = own[i];
	for (int i = 0; i < nArg; i++) args[n_own + i] = azArg[i];
	if (rc == SQLITE_OK) rc = t->parent_api.xCreate(parent_ud, args, n_own + nArg, &t->parent);
	if (rc == SQLITE_OK) {
		t->stemmer = stemmer_new();
		t->cache = xcalloc(STEM_SLOTS, sizeof *t->cache);
		if (!t->stemmer) rc = SQLITE_ERROR;
	}
	free(args);
	if (rc != SQLITE_OK) {
		danish_delete((Fts5Tokenizer *)t);
		t = NULL;
	}
	*ppOut = (Fts5Tokenizer *)t;
	return rc;
}

static int danish_token(void *pCtx, int tflags, const char *tok, int ntok, int start, int end) {
	TokenizeCtx *c = pCtx;
	StemSlot *slot = NULL;
	if (ntok > 0 && ntok < STEM_BYTES) {
		slot = &c->t->cache[hash_bytes(tok, (size_t)ntok) & (STEM_SLOTS - 1)];
		if (slot->kn == ntok && !memcmp(slot->key, tok, (size_t)ntok))
			return slot->sn ? c->xToken(c->ctx, tflags, slot->stem, slot->sn, start, end) : SQLITE_OK;
	}
	size_t sn = 0;
	buf_reset(&c->word);
	fold_word(&c->word, tok, (size_t)ntok);
	const char *stem = c->word.n ? stemmer_stem(c->t->stemmer, c->word.s, c->word.n, &sn) : "";
	if (slot && sn < STEM_BYTES) {
		slot->kn = (unsigned char)ntok;
		memcpy(slot->key, tok, (size_t)ntok);
		slot->sn = (unsigned char)sn;
		memcpy(slot->stem, stem, sn);
	}
	if (c->word.n == 0) return SQLITE_OK;                           /* only invisibles */
	return c->xToken(c->ctx, tflags, stem, (int)sn, start, end);
}

static int danish_tokenize(Fts5Tokenizer *p, void *pCtx, int flags, const char *text, int ntext,
                           int (*xToken)(void *, int, const char *, int, int, int)) {
	DanishTokenizer *t = (DanishTokenizer *)p;
	TokenizeCtx c = {t, pCtx, xToken, BUF_INIT};
	int rc = t->parent_api.xTokenize(t->parent, &c, flags, text, ntext, danish_token);
	buf_free(&c.word);
	return rc;
}

/* The fts5_api of db, or NULL when FTS5 is missing ("SELECT fts5(?1)"). */
static fts5_api *fts5_api_of(sqlite3 *db) {
	fts5_api *api = NULL;
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
		sqlite3_step(st);
	}
	sqlite3_finalize(st);
	return api;
}

/* ------------------------------------------------------------- ranking */

/* What text_rank() works out once per query: each phrase's weight and idf,
** and the average row length. */
typedef struct RankData {
	int n;
	double avgdl;
	double *w, *idf;
} RankData;

static void rank_data_free(void *p) {
	RankData *d = p;
	if (!d) return;
	sqlite3_free(d->w);
	sqlite3_free(d->idf);
	sqlite3_free(d);
}

static int count_hit(const Fts5ExtensionApi *api, Fts5Context *fts, void *ctx) {
	(void)api;
	(void)fts;
	(*(sqlite3_int64 *)ctx)++;
	return SQLITE_OK;
}

double text_rank_idf(double rows, double hits) {
	double idf = log((rows - hits + 0.5) / (hits + 0.5));
	return idf > 0 ? idf : 1e-6;
}

/* The weights and idfs of args (see TextRankArgs; may be NULL), the idfs not
** given counted from the phrases' rows. NULL with *rc (a damaged index reads
** SQLITE_CORRUPT) on failure. */
static RankData *rank_data(const Fts5ExtensionApi *api, Fts5Context *fts, const TextRankArgs *args,
                           int *rc) {
	RankData *d = api->xGetAuxdata(fts, 0);
	if (d) return d;
	sqlite3_int64 rows = 0, tokens = 0;
	*rc = api->xRowCount(fts, &rows);
	if (*rc == SQLITE_OK) *rc = api->xColumnTotalSize(fts, 0, &tokens);
	if (*rc != SQLITE_OK) return NULL;
	*rc = SQLITE_NOMEM;
	if (!(d = sqlite3_malloc(sizeof *d))) return NULL;
	d->n = api->xPhraseCount(fts);
	d->avgdl = rows > 0 ? (double)tokens / (double)rows : 1;
	d->w = sqlite3_malloc64((size_t)(d->n + 1) * sizeof(double));
	d->idf = sqlite3_malloc64((size_t)(d->n + 1) * sizeof(double));
	if (!d->w || !d->idf) {
		rank_data_free(d);
		return NULL;
	}
	for (int i = 0; i < d->n; i++) {
		int given = args && i < args->n;
		d->w[i] = given && args->w ? args->w[i] : 1;
		d->idf[i] = given && args->idf ? args->idf[i] : 0;
		if (d->w[i] == 0 || d->idf[i] > 0) continue;   /* only selects rows, or known */
		sqlite3_int64 hits = 0;
		if ((*rc = api->xQueryPhrase(fts, i, &hits, count_hit)) != SQLITE_OK) {
			rank_data_free(d);
			return NULL;
		}
		d->idf[i] = text_rank_idf((double)rows, (double)hits);
	}
	if ((*rc = api->xSetAuxdata(fts, d, rank_data_free)) != SQLITE_OK) return NULL;
	return d;
}

/* text_rank(fts, args): BM25 as FTS5's bm25() computes it (k1 = 1.2, b =
** 0.75) of the first column, the text -- its phrases, and its length: with
** all weights 1 it is bm25() of an index of that column alone -- each
** phrase's part times its weight (see TextRankArgs). A phrase of weight 0
** costs nothing: it only selects rows, so that a query can require a rare
** word and still rank by the common ones. */
static void text_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx,
                      int nval, sqlite3_value **val) {
	const double k1 = 1.2, b = 0.75;
	int rc = SQLITE_OK, len = 0;
	RankData *d = rank_data(api, fts, nval > 0 ? sqlite3_value_pointer(val[0], TEXT_RANK_ARGS) : NULL,
	                        &rc);
	if (d) rc = api->xColumnSize(fts, 0, &len);
	if (rc != SQLITE_OK) {   /* its code, so that a damaged index is known as damaged */
		sqlite3_result_error(ctx, "text_rank: cannot read the search index", -1);
		sqlite3_result_error_code(ctx, rc);
		return;
	}
	double score = 0, norm = k1 * (1 - b + b * (double)len / d->avgdl);
	for (int i = 0; i < d->n; i++) {
		if (d->w[i] == 0) continue;
		Fts5PhraseIter it;
		int col = -1, off = 0, tf = 0;
		if (api->xPhraseFirst(fts, i, &it, &col, &off) != SQLITE_OK) continue;
		for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off)) tf += col == 0;
		if (tf) score += d->w[i] * d->idf[i] * (tf * (k1 + 1)) / (tf + norm);
	}
	sqlite3_result_double(ctx, -score);
}

int danish_register(sqlite3 *db) {
	fts5_api *api = fts5_api_of(db);
	fts5_tokenizer tok = {danish_create, danish_delete, danish_tokenize};
	if (!api) return SQLITE_ERROR;
	/* Fail now, not at CREATE VIRTUAL TABLE, when libstemmer lacks Danish. */
	Stemmer *probe = stemmer_new();
	if (!probe) return SQLITE_ERROR;
	stemmer_free(probe);
	int rc = api->xCreateTokenizer(api, "danish", api, &tok, NULL);
	return rc != SQLITE_OK ? rc : api->xCreateFunction(api, "text_rank", NULL, text_rank, NULL);
}

int danish_month(const LexList *months, const char *m, size_t n) {
	int i = lexlist_find(months, m, n, LEX_CASELESS);
	return i < 0 ? 0 : atoi(months->v[i].value);
}

size_t danish_date(const LexList *months, const char *s, size_t n, char out[32]) {
	size_t i = 0;
	int d = 0, y = 0;
	while (i < n && i < 2 && s[i] >= '0' && s[i] <= '9') d = d * 10 + (s[i++] - '0');
	if (i == 0 || i >= n || s[i] != '.' || d < 1 || d > 31) return 0;
	i++;
	while (i < n && s[i] == ' ') i++;
	size_t m0 = i;
	while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z'))) i++;
	int m = danish_month(months, s + m0, i - m0);
	if (!m) return 0;
	while (i < n && s[i] == ' ') i++;
	size_t y0 = i;
	while (i < n && i - y0 < 4 && s[i] >= '0' && s[i] <= '9') y = y * 10 + (s[i++] - '0');
	if (i - y0 != 4) return 0;
	snprintf(out, 32, "%04d-%02d-%02d", y, m, d);
	return i;
}
