/*
** lexicon.c -- loads corpus/lexicon.tsv and matches its word lists (see
** lexicon.h). Lists are few (tens) and short (tens of words), so a list is an
** array scanned in order; callers keep the LexList pointers, so no lookup by
** name happens while text is read.
*/
#include "lexicon.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct List {
	char *name;
	LexEntry *v;
	int n, cap;
	LexList pub;
} List;

struct Lexicon {
	List *lists;
	int n, cap;
};

void lexicon_free(Lexicon *lx) {
	if (!lx) return;
	for (int i = 0; i < lx->n; i++) {
		List *l = &lx->lists[i];
		for (int j = 0; j < l->n; j++) {
			free((char *)l->v[j].word);
			free((char *)l->v[j].value);
		}
		free(l->v);
		free(l->name);
	}
	free(lx->lists);
	free(lx);
}

static List *list_get(Lexicon *lx, const char *name) {
	for (int i = 0; i < lx->n; i++)
		if (!strcmp(lx->lists[i].name, name)) return &lx->lists[i];
	if (lx->n == lx->cap) {
		lx->cap = lx->cap ? 2 * lx->cap : 32;
		lx->lists = xrealloc(lx->lists, lx->cap * sizeof *lx->lists);
	}
	List *l = &lx->lists[lx->n++];
	memset(l, 0, sizeof *l);
	l->name = xstrdup(name);
	return l;
}

static void list_add(List *l, const char *word, const char *value) {
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = xrealloc(l->v, l->cap * sizeof *l->v);
	}
	LexEntry *e = &l->v[l->n++];
	e->word = xstrdup(word);
	e->len = strlen(word);
	e->value = xstrdup(value ? value : "");
}

/* A list name: lower-case ASCII letters and "_". */
static int is_name(const char *s, size_t n) {
	if (!n) return 0;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '_')) return 0;
	return 1;
}

int lexicon_load(const char *path, Lexicon **out, char **err) {
	*out = NULL;
	size_t n;
	char *why = NULL;
	char *text = text_file_read(path, &n, &why);
	if (!text) {
		*err = xprintf("cannot read lexicon '%s': %s", path, why);
		free(why);
		return LG_ERROR;
	}
	Lexicon *lx = xcalloc(1, sizeof *lx);
	int line = 0;
	for (char *p = text, *next; p && *p; p = next) {
		line++;
		char *nl = strchr(p, '\n');
		next = nl ? nl + 1 : NULL;
		if (nl) *nl = 0;
		size_t len = strlen(p);
		if (len && p[len - 1] == '\r') p[--len] = 0;
		if (!len || p[0] == '#') continue;
		char *f[3] = {p, NULL, NULL};
		int nf = 1;
		for (char *q = p; *q && nf < 3; q++)
			if (*q == '\t') { *q = 0; f[nf++] = q + 1; }
		if (nf < 2 || !is_name(f[0], strlen(f[0])) || !*f[1] || strchr(f[nf - 1], '\t')) {
			*err = xprintf("%s:%d: expected 'list<TAB>word' or 'list<TAB>word<TAB>value', a list"
			               " name of a-z and '_'", path, line);
			free(text);
			lexicon_free(lx);
			return LG_ERROR;
		}
		list_add(list_get(lx, f[0]), f[1], f[2]);
	}
	free(text);
	for (int i = 0; i < lx->n; i++) {
		List *l = &lx->lists[i];
		l->pub.name = l->name;
		l->pub.v = l->v;
		l->pub.n = l->n;
	}
	*out = lx;
	return LG_OK;
}

const LexList *lexicon_list(const Lexicon *lx, const char *name) {
	if (!lx) return NULL;
	for (int i = 0; i < lx->n; i++)
		if (!strcmp(lx->lists[i].name, name)) return &lx->lists[i].pub;
	return NULL;
}

int lexicon_lists(const Lexicon *lx, const char *const *names, const LexList **out, char **err) {
	for (int i = 0; names[i]; i++)
		if (!(out[i] = lexicon_list(lx, names[i]))) {
			*err = xprintf("the lexicon (corpus/lexicon.tsv) has no list '%s'", names[i]);
			return LG_ERROR;
		}
	return LG_OK;
}

/* ---- matching ------------------------------------------------------------ */

/* The byte folded for caseless comparison; Danish upper-case letters (two bytes,
** 0xC3 0x86/0x98/0x85/0x89) become their lower-case forms by their second byte. */
static unsigned char fold(const unsigned char *s, size_t i) {
	unsigned char c = s[i];
	if (c >= 'A' && c <= 'Z') return (unsigned char)(c + 32);
	if (i > 0 && s[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) return (unsigned char)(c + 32);
	return c;
}

static int same(const char *a, const char *b, size_t n, int flags) {
	if (!(flags & LEX_CASELESS)) return memcmp(a, b, n) == 0;
	for (size_t i = 0; i < n; i++)
		if (fold((const unsigned char *)a, i) != fold((const unsigned char *)b, i)) return 0;
	return 1;
}

/* 1 when the byte at s[i] continues a word (ASCII letter or digit, or a
** byte of a multi-byte letter). */
static int wordc(const char *s, size_t i) {
	unsigned char c = (unsigned char)s[i];
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* 1 when entry e standing at s[at..) of s[0..n) ends on a word boundary, or need not. */
static int bound_after(const LexEntry *e, const char *s, size_t at, size_t n, int flags) {
	if (flags & LEX_NOBOUND) return 1;
	if (!e->len || !wordc(e->word, e->len - 1)) return 1;
	return at + e->len >= n || !wordc(s, at + e->len);
}

const char *lexlist_value(const LexList *l, const char *key) {
	int at = lexlist_find(l, key, strlen(key), LEX_EXACT);
	return at >= 0 ? l->v[at].value : "";
}

int lexlist_find(const LexList *l, const char *w, size_t n, int flags) {
	if (!l) return -1;
	for (int i = 0; i < l->n; i++)
		if (l->v[i].len == n && same(l->v[i].word, w, n, flags)) return i;
	return -1;
}

size_t lexlist_prefix(const LexList *l, const char *s, size_t n, int flags, int *at) {
	size_t best = 0;
	if (!l) return 0;
	for (int i = 0; i < l->n; i++) {
		const LexEntry *e = &l->v[i];
		if (e->len > best && e->len <= n && same(e->word, s, e->len, flags) &&
		    bound_after(e, s, 0, n, flags)) {
			best = e->len;
			if (at) *at = i;
		}
	}
	return best;
}

const char *lexlist_search(const LexList *l, const char *s, size_t n, int flags, size_t *len,
                           int *at) {
	if (!l) return NULL;
	for (size_t i = 0; i < n; i++) {
		if (i > 0 && wordc(s, i - 1) && wordc(s, i)) continue;
		size_t k = lexlist_prefix(l, s + i, n - i, flags, at);
		if (k) {
			if (len) *len = k;
			return s + i;
		}
	}
	return NULL;
}

const char *lexlist_first(const LexList *l, const char *s, size_t n, size_t *len) {
	const char *first = NULL;
	for (int i = 0; l && i < l->n; i++) {
		const char *p = memmem(s, first ? (size_t)(first - s) + l->v[i].len : n, l->v[i].word,
		                       l->v[i].len);
		if (p && (!first || p < first)) {
			first = p;
			if (len) *len = l->v[i].len;
		}
	}
	return first;
}

int lexlist_suffix(const LexList *l, const char *s, size_t n, int flags, size_t *len) {
	if (!l) return 0;
	for (int i = 0; i < l->n; i++) {
		const LexEntry *e = &l->v[i];
		if (e->len > n || !same(e->word, s + n - e->len, e->len, flags)) continue;
		size_t st = n - e->len;
		if (!(flags & LEX_NOBOUND) && st > 0 && wordc(e->word, 0) && wordc(s, st - 1)) continue;
		if (len) *len = e->len;
		return 1;
	}
	return 0;
}

/* ---- patterns ------------------------------------------------------------ */

static int by_len_desc(const void *a, const void *b) {
	const LexEntry *x = *(const LexEntry *const *)a, *y = *(const LexEntry *const *)b;
	return (x->len < y->len) - (x->len > y->len);
}

static void quote_word(Buf *b, const char *w) {
	for (const char *p = w; *p; p++) {
		if (*p == ' ') { buf_puts(b, "\\s+"); continue; }
		if (strchr("\\^$.|?*+()[]{}#-", *p)) buf_putc(b, '\\');
		buf_putc(b, *p);
	}
}

char *lexicon_expand(const Lexicon *lx, const char *pattern, char **err) {
	Buf b = BUF_INIT;
	for (const char *p = pattern; *p; p++) {
		const char *e = *p == '{' ? strchr(p + 1, '}') : NULL;
		if (!e || !is_name(p + 1, (size_t)(e - p - 1))) {
			buf_putc(&b, *p);
			continue;
		}
		char name[64];
		snprintf(name, sizeof name, "%.*s", (int)(e - p - 1), p + 1);
		const LexList *l = lexicon_list(lx, name);
		if (!l || !l->n) {
			*err = xprintf("a pattern names the list '%s', which the lexicon"
			               " (corpus/lexicon.tsv) does not have", name);
			buf_free(&b);
			return NULL;
		}
		/* longest first, so that "lovbekendtgørelse" is tried before "lov" */
		const LexEntry **order = xmalloc(l->n * sizeof *order);
		for (int i = 0; i < l->n; i++) order[i] = &l->v[i];
		qsort(order, l->n, sizeof *order, by_len_desc);
		for (int i = 0; i < l->n; i++) {
			if (i) buf_putc(&b, '|');
			quote_word(&b, order[i]->word);
		}
		free(order);
		p = e;
	}
	return buf_take(&b);
}
