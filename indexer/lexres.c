/*
** lexres.c -- the lexical resources Debian ships, read into the index (see
** lexres.h): the Danish word list of wdanish, and the FreeDict dictionaries
** Danish-English and English-Danish.
**
** A FreeDict dictionary is a dictd database: FILE.index lists each headword
** with the offset and length of its entry (in dictd's base64) in FILE.dict.dz,
** a gzip file. An entry is the headword line ("hund /ˈhunʔ/ <n>"), then lines
** of translations separated by commas, with notes in square brackets:
**   hund /ˈhunʔ/ <n>
**   dog [husdyr]
*/
#include "lexres.h"
#include "danish.h"
#include "store.h"
#include "util.h"

#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define MAX_ENTRY_WORDS 3      /* a translation of more words is an explanation */

/* The whole of a gzip file, NUL-terminated; NULL when it cannot be read. */
static char *read_gz(const char *path, size_t *n) {
	gzFile f = gzopen(path, "rb");
	if (!f) return NULL;
	Buf b = BUF_INIT;
	char chunk[65536];
	int k;
	while ((k = gzread(f, chunk, sizeof chunk)) > 0) buf_add(&b, chunk, (size_t)k);
	int bad = k < 0;
	gzclose(f);
	if (bad) {
		buf_free(&b);
		return NULL;
	}
	*n = b.n;
	return b.s ? buf_take(&b) : xstrdup("");
}

/* dictd's base64 number ("Bk8" ...). */
static long long b64(const char *s, size_t n) {
	static const char A[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	long long v = 0;
	for (size_t i = 0; i < n; i++) {
		const char *p = strchr(A, s[i]);
		if (!p || !s[i]) return -1;
		v = v * 64 + (p - A);
	}
	return v;
}

static int word_count(const char *s) {
	int n = 0, in = 0;
	for (; *s; s++) {
		if (*s == ' ') in = 0;
		else if (!in) in = 1, n++;
	}
	return n;
}

/* s lower-cased, trimmed. */
static char *clean(const char *s, size_t n) {
	while (n && (*s == ' ' || *s == '\t')) s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '.')) n--;
	return danish_lower(s, n);
}

typedef struct Dict {
	Store *s;
	struct sb_stemmer *en;
	int danish_head;         /* the headwords are Danish (dan-eng) */
	long long pairs;
} Dict;

/* Writes the pair (English, Danish), English stemmed when it is one word. */
static int pair(Dict *d, const char *en, const char *da) {
	if (!*en || !*da || word_count(en) > MAX_ENTRY_WORDS || word_count(da) > MAX_ENTRY_WORDS)
		return LG_OK;
	const char *stem = en;
	size_t sn = strlen(en);
	if (!strchr(en, ' ')) {
		const sb_symbol *r = sb_stemmer_stem(d->en, (const sb_symbol *)en, (int)sn);
		if (r) {
			stem = (const char *)r;
			sn = (size_t)sb_stemmer_length(d->en);
		}
	}
	char *st = xstrndup(stem, sn);
	int rc = store_translation(d->s, en, st, da);
	free(st);
	d->pairs += rc == LG_OK;
	return rc;
}

/* One entry: the headword line, then its translations. */
static int entry(Dict *d, const char *e, size_t n) {
	const char *nl = memchr(e, '\n', n);
	if (!nl) return LG_OK;
	size_t hn = (size_t)(nl - e);
	const char *slash = memchr(e, '/', hn), *lt = memchr(e, '<', hn);
	if (slash) hn = (size_t)(slash - e);
	else if (lt) hn = (size_t)(lt - e);
	char *head = clean(e, hn);
	int rc = LG_OK;
	Buf t = BUF_INIT;   /* the translations, notes left out */
	int depth = 0;
	for (const char *p = nl + 1; p < e + n; p++) {
		if (*p == '[') depth++;
		else if (*p == ']' && depth) depth--;
		else if (!depth) buf_putc(&t, *p == '\n' || *p == ';' ? ',' : *p);
	}
	for (const char *p = t.s ? t.s : ""; *p && rc == LG_OK;) {
		size_t k = strcspn(p, ",");
		char *w = clean(p, k);
		if (*w) rc = d->danish_head ? pair(d, w, head) : pair(d, head, w);
		free(w);
		p += k;
		if (*p) p++;
	}
	buf_free(&t);
	free(head);
	return rc;
}

/* Reads dictionary base (base.index, base.dict.dz); 0 when it is not there. */
static int read_dict(Dict *d, const char *base, int *found) {
	char *ipath = xprintf("%s.index", base), *dpath = xprintf("%s.dict.dz", base);
	size_t dn = 0;
	FILE *ix = fopen(ipath, "r");
	char *dict = ix ? read_gz(dpath, &dn) : NULL;
	*found = ix && dict;
	int rc = LG_OK;
	char line[4096];
	while (*found && rc == LG_OK && fgets(line, sizeof line, ix)) {
		char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
		if (!t2 || !strncmp(line, "00-database", 11) || !strncmp(line, "00database", 10)) continue;
		long long off = b64(t1 + 1, (size_t)(t2 - t1 - 1));
		long long len = b64(t2 + 1, strcspn(t2 + 1, "\r\n"));
		if (off < 0 || len <= 0 || (size_t)(off + len) > dn) continue;
		rc = entry(d, dict + off, (size_t)len);
	}
	if (ix) fclose(ix);
	free(dict);
	free(ipath);
	free(dpath);
	return rc;
}

/* The word list: one word a line; words with capitals (names) are left out. */
static int read_words(Store *s, const char *path, int *found, long long *count) {
	FILE *f = fopen(path, "r");
	*found = f != NULL;
	if (!f) return LG_OK;
	Stemmer *da = stemmer_new();
	char line[512];
	int rc = LG_OK;
	while (rc == LG_OK && fgets(line, sizeof line, f)) {
		size_t n = strcspn(line, "\r\n");
		line[n] = 0;
		char *low = danish_lower(line, n);
		int upper = strcmp(low, line) != 0;
		free(low);
		if (n < 2 || upper || strchr(line, ' ')) continue;
		size_t sn = 0;
		const char *t = stemmer_stem(da, line, n, &sn);
		char *stem = xstrndup(t ? t : line, t ? sn : n);
		rc = store_word(s, line, stem);
		free(stem);
		*count += rc == LG_OK;
	}
	stemmer_free(da);
	fclose(f);
	return rc;
}

int lexres_store(Store *s, const LexResPaths *p, char **note) {
	*note = NULL;
	Buf missing = BUF_INIT;
	int found = 0;
	long long words = 0;
	int rc = read_words(s, p->words, &found, &words);
	if (!found) buf_printf(&missing, "%s (Debian wdanish: compounds are split by the index's words)",
	                       p->words);
	Dict d = {s, sb_stemmer_new("english", "UTF_8"), 1, 0};
	if (!d.en) {
		buf_free(&missing);
		return LG_ERROR;
	}
	int found_de = 0, found_ed = 0;
	if (rc == LG_OK) rc = read_dict(&d, p->dan_eng, &found_de);
	d.danish_head = 0;
	if (rc == LG_OK) rc = read_dict(&d, p->eng_dan, &found_ed);
	sb_stemmer_delete(d.en);
	if (!found_de && !found_ed)
		buf_printf(&missing, "%s%s.index (Debian dict-freedict-dan-eng: English words the thesaurus "
		           "lacks are not translated)", missing.n ? "; " : "", p->dan_eng);
	if (missing.n) *note = buf_take(&missing);
	else buf_free(&missing);
	return rc;
}
