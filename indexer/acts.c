/*
** acts.c -- the table of acts: keys, kinds, titles and every name an act goes
** by, and the matcher that finds the longest such name at a point in a text.
**
** Names are stored normalised (lower-case, one space for any run of white
** space, a trailing "m.v."/"mv."/"m.m." removed) in one open-addressing hash
** table. The table holds not only each whole name but every prefix of it that
** ends on a word boundary ("lov", "lov om", "lov om social", ...). Matching
** walks the text word by word with a running hash and stops at the first
** prefix no name has, so a word that starts no name costs one lookup, and a
** long title costs one lookup per word. With the 26,000 titles of all Danish
** law that is a few hundred thousand entries: cheap next to the index itself.
**
** An index stores the table (store.c: acts, act_names) and a query opens it
** from there without building anything (acts_open_stored()): then each act
** and each name is read when a match asks for it, and the table is read-only.
**
** Each prefix also remembers whether the names it starts are all of one act,
** so that a title cut short ("bekendtgørelse om rehabiliteringsplan og
** rehabiliteringsteam") can name that act; the checks for it run only where a
** walk stops after four words or more, which is rare.
*/
#include "acts.h"
#include "kind.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>

typedef struct Act {
	char *key, *kind, *title;
	char *short_name;   /* NULL: the key is the short name */
	char *learned;      /* names learned from titles, "|"-separated; NULL: none */
} Act;

/* One entry of a hash table: a byte string (not owned: it points into a name
** or key owned elsewhere in Acts) and the act it names, or -1 for a prefix
** that is not itself a name; only: the one act whose names start with it, -2
** when several acts' names do. */
typedef struct Slot {
	uint64_t h;
	const char *s;
	size_t n;
	int act;
	int only;
} Slot;

typedef struct Table {
	Slot *slot;
	size_t cap, used;   /* cap is a power of two; 0 when empty */
} Table;

/* The lexicon's lists the names are read with (see corpus/lexicon.tsv). */
enum { L_TITLE_TAIL, L_TITLE_JOINER, L_TITLE_FOLLOW, L_TITLE_CONJUNCTION, L_TITLE_INFLECTION,
       L_CONSOLIDATION_LEAD, L_ACT_TITLE_START, L_GENITIVE_NAME_END, L_ACT_NAME_ENDING,
       L_SUBJECT_TITLE_LEAD, L_SUBJECT_DEFINITE, L_SUBJECT_ACT_ENDING, L_N };
static const char *const LIST_NAMES[L_N + 1] = {
	"title_tail", "title_joiner", "title_follow", "title_conjunction", "title_inflection",
	"consolidation_lead", "act_title_start", "genitive_name_end", "act_name_ending",
	"subject_title_lead", "subject_definite", "subject_act_ending", NULL};

struct Acts {
	const LexList *lx[L_N];
	Act *act;
	int n_act, cap_act;
	Table keys;         /* key -> act */
	Table names;        /* normalised name or word-prefix of one -> act or -1 */
	char **names_owned; /* the normalised names the slots point into */
	int n_owned, cap_owned;
	size_t max_name;    /* longest normalised name in bytes */
	const ActsSource *src;   /* not NULL: the table as an index stores it, read on demand */
};

/* What a name (or a word-prefix of names) stands for: act, or -1 for a prefix
** that is not itself a name; only: the one act whose names start with it, -2
** when several acts' names do. */
typedef struct Name {
	int act, only;
} Name;

/* ---------- bytes and characters ---------- */

#define FNV_INIT 1469598103934665603ULL
static uint64_t fnv_add(uint64_t h, unsigned char c) {
	return (h ^ c) * 1099511628211ULL;
}
static uint64_t fnv(const char *s, size_t n) {
	uint64_t h = FNV_INIT;
	for (size_t i = 0; i < n; i++) h = fnv_add(h, (unsigned char)s[i]);
	return h;
}

/* Length of the UTF-8 character at s[i] (1 for stray bytes). */
static size_t ulen(const unsigned char *s, size_t i, size_t n) {
	unsigned char c = s[i];
	size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	return i + k <= n ? k : n - i;
}

/* Invisible characters inside words, as PDF and HTML conversion leave them:
** soft hyphen, zero-width space, (non-)joiner, word joiner, BOM ("integrati\u200Donsloven").
** Matching skips them. Returns their length or 0. */
static size_t invisible_at(const unsigned char *s, size_t i, size_t n) {
	if (s[i] == 0xC2 && i + 1 < n && s[i + 1] == 0xAD) return 2;
	if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && s[i + 2] >= 0x8B && s[i + 2] <= 0x8D) return 3;
	if (s[i] == 0xE2 && i + 2 < n && s[i + 1] == 0x81 && s[i + 2] == 0xA0) return 3;
	if (s[i] == 0xEF && i + 2 < n && s[i + 1] == 0xBB && s[i + 2] == 0xBF) return 3;
	return 0;
}

/* 1 if the character at s[i] is a letter or digit (or invisible inside a word). Latin-1 letters (C3 xx)
** count, C2 xx (§, no-break space, « ») and E2 80 xx (dashes, quotes) do not. */
static int word_at(const unsigned char *s, size_t i, size_t n) {
	unsigned char c = s[i];
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	if (invisible_at(s, i, n)) return 1;
	if (c == 0xC2 || c == 0xE2) return 0;
	if (c == 0xC3) return !(i + 1 < n && (s[i + 1] == 0x97 || s[i + 1] == 0xB7));
	return c >= 0xC0;
}

/* White space: ASCII space, tab, CR, LF, FF, VT and the no-break space. */
static size_t space_at(const unsigned char *s, size_t i, size_t n) {
	unsigned char c = s[i];
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
	if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) return 2;
	return 0;
}

/* Appends the character s[i..i+k) lower-cased (ASCII and Latin-1 capitals). */
static size_t lower_char(const unsigned char *s, size_t i, size_t k, unsigned char *out) {
	out[0] = s[i];
	if (k == 1) {
		if (s[i] >= 'A' && s[i] <= 'Z') out[0] = s[i] + 32;
		return 1;
	}
	for (size_t j = 1; j < k; j++) out[j] = s[i + j];
	if (k == 2 && s[i] == 0xC3 && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E && s[i + 1] != 0x97)
		out[1] = s[i + 1] + 0x20;
	return k;
}

/* The length of a title tail that ends b's text after a space ("... m.v."; a
** tail is also read without its final period: "m.v"), with the space; or 0. */
static size_t tail_at_end(const LexList *tails, const Buf *b) {
	for (int t = 0; t < tails->n; t++) {
		const LexEntry *e = &tails->v[t];
		size_t forms[2] = {e->len, e->len > 1 && e->word[e->len - 1] == '.' ? e->len - 1 : 0};
		for (int f = 0; f < 2; f++) {
			size_t tl = forms[f];
			if (tl && b->n > tl + 1 && b->s[b->n - tl - 1] == ' ' &&
			    memcmp(b->s + b->n - tl, e->word, tl) == 0)
				return tl + 1;
		}
	}
	return 0;
}

/* Normalises a name into b: lower-case, white space runs as one space, trimmed,
** and a trailing " m.v." / " mv." / " m.m." removed. */
static void norm_name(const Acts *a, Buf *b, const char *name, size_t n) {
	const unsigned char *s = (const unsigned char *)name;
	unsigned char tmp[4];
	int pend = 0;
	buf_reset(b);
	buf_add(b, "", 0);
	for (size_t i = 0; i < n;) {
		size_t w = space_at(s, i, n);
		if (w) { pend = b->n > 0; i += w; continue; }
		if ((w = invisible_at(s, i, n))) { i += w; continue; }
		if (pend) { buf_putc(b, ' '); pend = 0; }
		size_t k = ulen(s, i, n);
		buf_add(b, (const char *)tmp, lower_char(s, i, k, tmp));
		i += k;
	}
	size_t tl = tail_at_end(a->lx[L_TITLE_TAIL], b);
	if (tl) {
		b->n -= tl;
		b->s[b->n] = 0;
	}
}

/* ---------- hash tables ---------- */

static Slot *table_find(const Table *t, uint64_t h, const char *s, size_t n) {
	if (!t->cap) return NULL;
	for (size_t i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
		Slot *e = &t->slot[i];
		if (!e->s) return NULL;
		if (e->h == h && e->n == n && memcmp(e->s, s, n) == 0) return e;
	}
}

static void table_grow(Table *t) {
	Table nt = {NULL, t->cap ? t->cap * 2 : 1024, t->used};
	nt.slot = xcalloc(nt.cap, sizeof *nt.slot);
	for (size_t i = 0; i < t->cap; i++) {
		Slot *e = &t->slot[i];
		if (!e->s) continue;
		size_t j = e->h & (nt.cap - 1);
		while (nt.slot[j].s) j = (j + 1) & (nt.cap - 1);
		nt.slot[j] = *e;
	}
	free(t->slot);
	*t = nt;
}

/* The slot of s[0..n) (its hash h), added with act -1 when it is not there. */
static Slot *table_put_h(Table *t, uint64_t h, const char *s, size_t n) {
	Slot *e = table_find(t, h, s, n);
	if (e) return e;
	if ((t->used + 1) * 4 >= t->cap * 3) table_grow(t);
	size_t i = h & (t->cap - 1);
	while (t->slot[i].s) i = (i + 1) & (t->cap - 1);
	e = &t->slot[i];
	e->h = h;
	e->s = s;
	e->n = n;
	e->act = -1;
	e->only = -1;
	t->used++;
	return e;
}

static Slot *table_put(Table *t, const char *s, size_t n) { return table_put_h(t, fnv(s, n), s, n); }

/* ---------- the table ---------- */

Acts *acts_new(const Lexicon *lex, char **err) {
	Acts *a = xcalloc(1, sizeof(Acts));
	if (lexicon_lists(lex, LIST_NAMES, a->lx, err) != LG_OK) {
		free(a);
		return NULL;
	}
	return a;
}

Acts *acts_open_stored(const Lexicon *lex, const ActsSource *src, char **err) {
	Acts *a = acts_new(lex, err);
	if (!a) return NULL;
	a->src = src;
	a->n_act = a->cap_act = src->n_act;
	a->act = xcalloc(src->n_act > 0 ? (size_t)src->n_act : 1, sizeof(Act));
	a->max_name = src->max_name;
	return a;
}

void acts_free(Acts *a) {
	if (!a) return;
	for (int i = 0; i < a->n_act; i++) {
		free(a->act[i].key);
		free(a->act[i].kind);
		free(a->act[i].title);
		free(a->act[i].short_name);
		free(a->act[i].learned);
	}
	for (int i = 0; i < a->n_owned; i++) free(a->names_owned[i]);
	free(a->names_owned);
	free(a->act);
	free(a->keys.slot);
	free(a->names.slot);
	free(a);
}

/* Act i of a stored table, read on first use (the entries are the table's
** own, filled in lazily; const: what the table says does not change). */
static int stored_act(const Acts *a, int i) {
	if (i < 0 || i >= a->n_act) return -1;
	Act *x = &a->act[i];
	if (!x->key) {
		ActRow row = {0};
		if (!a->src->act(a->src->ctx, i, &row)) return -1;
		x->key = row.key;
		x->kind = row.kind;
		x->title = row.title;
		x->short_name = row.short_name && strcmp(row.short_name, row.key) ? row.short_name : NULL;
		if (!x->short_name) free(row.short_name);
		x->learned = row.learned;
	}
	return i;
}

static int find_act(const Acts *a, const char *key) {
	if (a->src) return stored_act(a, a->src->find(a->src->ctx, key));
	size_t n = strlen(key);
	Slot *e = table_find(&a->keys, fnv(key, n), key, n);
	return e ? e->act : -1;
}

/* The entry of normalised name s[0..n) (h: its hash); 0 when no name starts so. */
static int name_get(const Acts *a, uint64_t h, const char *s, size_t n, Name *out) {
	if (a->src) return n && a->src->name(a->src->ctx, s, n, &out->act, &out->only);
	const Slot *e = n ? table_find(&a->names, h, s, n) : NULL;
	if (e) *out = (Name){e->act, e->only};
	return e != NULL;
}

/* Adds a normalised name (taking ownership of it) for act i, with all its
** word-boundary prefixes. The first act to claim a name keeps it. */
static void add_name(Acts *a, char *name, int i) {
	size_t n = strlen(name);
	const unsigned char *s = (const unsigned char *)name;
	if (n == 0) { free(name); return; }
	Slot *whole = table_find(&a->names, fnv(name, n), name, n);
	if (whole && whole->act >= 0) { free(name); return; }
	if (a->n_owned == a->cap_owned) {
		a->cap_owned = a->cap_owned ? 2 * a->cap_owned : 64;
		a->names_owned = xrealloc(a->names_owned, a->cap_owned * sizeof(char *));
	}
	a->names_owned[a->n_owned++] = name;
	uint64_t h = FNV_INIT;   /* of name[0..j), carried along: FNV is one byte at a time */
	for (size_t j = 0; j < n;) {
		size_t k = ulen(s, j, n);
		for (size_t b = 0; b < k; b++) h = fnv_add(h, s[j + b]);
		if (word_at(s, j, n) && (j + k == n || !word_at(s, j + k, n))) {
			Slot *e = table_put_h(&a->names, h, name, j + k);
			if (j + k == n) e->act = i;
			e->only = e->only == -1 || e->only == i ? i : -2;
		}
		j += k;
	}
	if (n > a->max_name) a->max_name = n;
}

const char *acts_add(Acts *a, const char *key, const char *kind, const char *title) {
	int i = find_act(a, key);
	if (i >= 0) {
		Act *x = &a->act[i];
		if (!x->kind && kind) x->kind = xstrdup(kind);
		if (!x->title && title) {
			x->title = xstrdup(title);
			acts_add_alias(a, x->key, title);
		}
		return x->key;
	}
	if (a->n_act == a->cap_act) {
		a->cap_act = a->cap_act ? 2 * a->cap_act : 64;
		a->act = xrealloc(a->act, a->cap_act * sizeof(Act));
	}
	i = a->n_act++;
	Act *x = &a->act[i];
	x->key = xstrdup(key);
	x->kind = xstrdup(kind);
	x->title = xstrdup(title);
	x->short_name = NULL;
	x->learned = NULL;
	table_put(&a->keys, x->key, strlen(x->key))->act = i;
	acts_add_alias(a, x->key, x->key);
	if (title) acts_add_alias(a, x->key, title);
	return x->key;
}

void acts_add_alias(Acts *a, const char *key, const char *alias) {
	int i = find_act(a, key);
	if (i < 0 || !alias) return;
	Buf b = BUF_INIT;
	norm_name(a, &b, alias, strlen(alias));
	add_name(a, buf_take(&b), i);
}

/* The act whose name (normalised) is s[0..n), or -1. */
static int name_act(const Acts *a, const char *s, size_t n) {
	Name e;
	return name_get(a, fnv(s, n), s, n, &e) ? e.act : -1;
}

void acts_learn_names(Acts *a, const char *key, const char *names) {
	int i = find_act(a, key);
	if (i < 0 || !names) return;
	Act *x = &a->act[i];
	for (const char *p = names; *p;) {
		size_t n = strcspn(p, "|");
		Buf b = BUF_INIT;
		norm_name(a, &b, p, n);
		if (b.n && name_act(a, b.s, b.n) < 0) {   /* a name no act has yet */
			char *old = x->learned;
			x->learned = old ? xprintf("%s|%s", old, b.s) : xstrdup(b.s);
			free(old);
			add_name(a, buf_take(&b), i);
		}
		buf_free(&b);
		p += n;
		if (*p == '|') p++;
	}
}

const char *acts_learned(const Acts *a, const char *key) {
	int i = find_act(a, key);
	return i >= 0 ? a->act[i].learned : NULL;
}

/* The short name a title gives its act in parentheses at its end: one word
** with an ending of the lexicon's act_name_ending ("... (selskabsloven)",
** "(ATP-loven)"); with it, the same name with the other ending ("-lov" for
** "-loven"), "|"-separated. NULL when the parentheses hold no such name. */
static char *title_short_name(const Acts *a, const char *inner, size_t n) {
	const unsigned char *s = (const unsigned char *)inner;
	for (size_t i = 0; i < n; i += ulen(s, i, n))
		if (!word_at(s, i, n) && s[i] != '-') return NULL;
	const LexList *endings = a->lx[L_ACT_NAME_ENDING];
	for (int k = 0; k < endings->n; k++) {
		const LexEntry *e = &endings->v[k];
		if (n < e->len + 3 || strncmp(inner + n - e->len, e->word, e->len)) continue;
		if (n > e->len && inner[n - e->len - 1] == '-') continue;   /* "(-loven)" */
		return xprintf("%.*s|%.*s%s", (int)n, inner, (int)(n - e->len), inner, e->value);
	}
	return NULL;
}


/* Learns the names a title gives act key in parentheses; an act known by its
** title alone then goes by the first of them that is its own. */
static void learn_short_name(Acts *a, const char *key, const char *names) {
	acts_learn_names(a, key, names);
	int i = find_act(a, key);
	if (i < 0 || a->act[i].short_name || !a->act[i].title || strcmp(key, a->act[i].title)) return;
	for (const char *p = names; *p;) {
		size_t n = strcspn(p, "|");
		if (name_act(a, p, n) == i) {
			a->act[i].short_name = xstrndup(p, n);
			return;
		}
		p += n + (p[n] == '|');
	}
}

/* The names an act whose title is "lov om" and one word goes by: "lov om
** folkeskolen" is "folkeskoleloven", "lov om tinglysning" "tinglysningsloven":
** the word, without a definite ending or with it, joined to an ending of the
** lexicon's subject_act_ending. Names another act has are not taken. */
static void learn_subject_names(Acts *a, const char *key, const char *title) {
	size_t lead = lexlist_prefix(a->lx[L_SUBJECT_TITLE_LEAD], title, strlen(title), LEX_EXACT, NULL);
	if (!lead || title[lead] != ' ') return;
	const char *w = title + lead + 1;
	size_t wn = strlen(w);
	if (wn < 4 || strpbrk(w, " ,.()")) return;
	Buf names = BUF_INIT;
	const LexList *def = a->lx[L_SUBJECT_DEFINITE], *end = a->lx[L_SUBJECT_ACT_ENDING];
	for (int d = -1; d < def->n; d++) {
		size_t stem = wn;
		if (d >= 0) {
			if (wn <= def->v[d].len + 3 || strcmp(w + wn - def->v[d].len, def->v[d].word)) continue;
			stem = wn - def->v[d].len;
		}
		for (int k = 0; k < end->n; k++)
			buf_printf(&names, "%s%.*s%s", names.n ? "|" : "", (int)stem, w, end->v[k].word);
	}
	if (names.n) acts_learn_names(a, key, names.s);
	buf_free(&names);
}

/* Splits a line at tabs into at most max fields; returns how many. */
static int split_tabs(char *line, char **f, int max) {
	int k = 0;
	f[k++] = line;
	for (char *p = line; *p && k < max; p++)
		if (*p == '\t') { *p = 0; f[k++] = p + 1; }
	return k;
}

int acts_load(Acts *a, const char *path, char **err) {
	FILE *fp = fopen(path, "r");
	if (!fp) {
		*err = xprintf("cannot open '%s'", path);
		return LG_ERROR;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int lineno = 0, rc = LG_OK;
	while (rc == LG_OK && (len = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
		if (len == 0 || line[0] == '#') continue;
		char *f[4];
		int k = split_tabs(line, f, 4);
		if (k < 3 || !*f[0] || !*f[1] || !*f[2]) {
			*err = xprintf("%s:%d: expected key, kind and title separated by tabs", path, lineno);
			rc = LG_ERROR;
			break;
		}
		const char *key = acts_add(a, f[0], f[1], f[2]);
		if (k == 4) {
			for (char *p = f[3], *q; p && *p; p = q) {
				q = strchr(p, '|');
				if (q) *q++ = 0;
				if (*p) acts_add_alias(a, key, p);
			}
		}
	}
	free(line);
	fclose(fp);
	return rc;
}

const char *acts_key_for_title(Acts *a, const char *title, const char *type) {
	Buf b = BUF_INIT;
	if (!title || !*title) title = "(uden titel)";
	norm_name(a, &b, title, strlen(title));
	/* A parenthesised subtitle at the end: "(Reform af ...)", or the act's
	** short name: "(selskabsloven)". */
	char *learned = NULL;
	if (b.n && b.s[b.n - 1] == ')') {
		int depth = 0;
		for (size_t i = b.n; i-- > 0;) {
			if (b.s[i] == ')') depth++;
			else if (b.s[i] == '(' && --depth == 0) {
				/* an executive order's "(dyresundhedsloven)" is the name of the
				** act or EU regulation its title names, not its own */
				if (doc_kind_is_act(doc_kind(type)))
					learned = title_short_name(a, b.s + i + 1, b.n - i - 2);
				while (i > 0 && b.s[i - 1] == ' ') i--;
				if (i > 0) { b.n = i; b.s[i] = 0; }
				break;
			}
		}
	}
	/* "bekendtgørelse af lov om X" (LBK) is a version of "lov om X" */
	int is_lbk = doc_kind(type) == DOC_LBK;
	size_t off = lexlist_prefix(a->lx[L_CONSOLIDATION_LEAD], b.s, b.n, LEX_EXACT, NULL);
	if (off && b.s[off] == ' ' &&
	    (is_lbk || lexlist_prefix(a->lx[L_ACT_TITLE_START], b.s + off + 1, b.n - off - 1,
	                              LEX_EXACT | LEX_NOBOUND, NULL)))
		off++;
	else off = 0;
	/* Normalise again: the cut may have uncovered a trailing "m.v.". */
	char *t = xstrdup(b.s + off);
	norm_name(a, &b, t, strlen(t));
	free(t);

	const char *key;
	int act = name_act(a, b.s, b.n);
	if (act < 0 && learned) {
		/* the short name identifies the act when its title is new: a version
		** whose long title differs, an act acts.tsv knows by its short name */
		act = name_act(a, learned, strcspn(learned, "|"));
		if (act >= 0) acts_add_alias(a, a->act[act].key, b.s);
	}
	if (act >= 0) {
		key = a->act[act].key;
	} else {
		const char *kind = type;
		if (!kind || is_lbk) kind = doc_kind_name(DOC_LOV);
		key = acts_add(a, b.s, kind, b.s);
	}
	if (learned) learn_short_name(a, key, learned);
	learn_subject_names(a, key, b.s);
	buf_free(&b);
	free(learned);
	return key;
}

/* If s[i..) is white space then a title tail ("m.v.", "mv.", "m.m.") on a word
** boundary, returns the length of that tail, else 0. */
static size_t mv_tail(const Acts *a, const unsigned char *s, size_t i, size_t n) {
	size_t j = i, w;
	while (j < n && (w = space_at(s, j, n))) j += w;
	if (j == i) return 0;
	for (int t = 0; t < a->lx[L_TITLE_TAIL]->n; t++) {
		const LexEntry *e = &a->lx[L_TITLE_TAIL]->v[t];
		if (j + e->len <= n && strncasecmp((const char *)s + j, e->word, e->len) == 0 &&
		    (j + e->len == n || !word_at(s, j + e->len, n)))
			return j + e->len - i;
	}
	return 0;
}

int acts_cannot_end(const Acts *a, const char *w, size_t n) {
	return lexlist_find(a->lx[L_TITLE_JOINER], w, n, LEX_CASELESS) >= 0;
}

/* The length of word w if it stands at s[j] on word boundaries (ASCII case
** folded), else 0. */
static size_t word_is(const unsigned char *s, size_t j, size_t n, const char *w) {
	if (j >= n || (s[j] | 0x20) != ((unsigned char)w[0] | 0x20)) return 0;   /* cheap first */
	size_t l = strlen(w);
	if (j + l > n || strncasecmp((const char *)s + j, w, l) != 0 || (j + l < n && word_at(s, j + l, n)))
		return 0;
	return l;
}

/* 1 if the title a text names ends at s[i]: the text ends, or goes on with
** punctuation, "§", "m.v.", a word that no title goes on with ("at", "som",
** "jf", ...) or "og"/"eller" and no word ("og § 2"). */
static int title_ends(const Acts *a, const unsigned char *s, size_t i, size_t n) {
	size_t j = i, w;
	if (mv_tail(a, s, i, n)) return 1;
	while (j < n && (w = space_at(s, j, n))) j += w;
	if (j >= n) return 1;
	if (!word_at(s, j, n)) return s[j] != '-';
	const LexList *follow = a->lx[L_TITLE_FOLLOW], *conj = a->lx[L_TITLE_CONJUNCTION];
	for (int k = 0; k < follow->n; k++)
		if (word_is(s, j, n, follow->v[k].word)) return 1;
	w = 0;
	for (int k = 0; k < conj->n && !w; k++) w = word_is(s, j, n, conj->v[k].word);
	if (w) {
		j += w;
		while (j < n && (w = space_at(s, j, n))) j += w;
		return j < n && !word_at(s, j, n) && s[j] != '-';
	}
	return 0;
}

/* The entry of buf[0..L) with its last word (from buf[ws]) written with a
** common Danish ending more or less: "rehabiliteringsteam" for
** "rehabiliteringsteamets", "pensions" for "pension". buf has room for cap
** bytes; h is the hash of buf[0..L). A name wins over a prefix; 0 if none. */
static int inflected(const Acts *a, unsigned char *buf, size_t cap, size_t L, size_t ws,
                     uint64_t h, Name *found) {
	const LexList *endings = a->lx[L_TITLE_INFLECTION];
	int any = 0;
	if (L - ws < 4) return 0;
	for (int k = 0; k < endings->n; k++) {
		const char *ending = endings->v[k].word;
		size_t el = endings->v[k].len;
		Name e;
		int got = 0;
		if (L + el <= cap) {
			uint64_t g = h;
			memcpy(buf + L, ending, el);
			for (size_t j = 0; j < el; j++) g = fnv_add(g, buf[L + j]);
			got = name_get(a, g, (const char *)buf, L + el, &e);
		}
		if (!got && L - ws >= el + 4 && memcmp(buf + L - el, ending, el) == 0)
			got = name_get(a, fnv((const char *)buf, L - el), (const char *)buf, L - el, &e);
		if (got && (!any || (e.act >= 0 && found->act < 0))) {
			*found = e;
			any = 1;
		}
	}
	return any;
}

static size_t match(const Acts *a, const unsigned char *s, size_t n, int *act, int cut);

/* 1 if a name of an act other than act starts at a word inside s[0..n). */
static int other_inside(const Acts *a, const unsigned char *s, size_t n, int act) {
	int prev = 1;
	for (size_t j = 0; j < n; j += ulen(s, j, n)) {
		int wc = word_at(s, j, n), other = -1;
		if (wc && !prev && match(a, s + j, n - j, &other, 0) && other != act) return 1;
		prev = wc;
	}
	return 0;
}

/* The longest start of a name that the text has, for a title cut short
** ("bekendtgørelse om rehabiliteringsplan og rehabiliteringsteam"). */
typedef struct Cut {
	Name name;
	int found;           /* 0: none */
	size_t end, ws, L;   /* where it ends in the text; its last word and length in buf */
	int words;
} Cut;

/* Whether the title cut short in cut names its act where it ends in s: at
** least four words, the start of one act's names only, not ending in a word
** like "om", followed by no other word of a title, with no other act's name
** inside. Sets *act. */
static int cut_names(const Acts *a, const unsigned char *s, size_t n, const unsigned char *buf,
                     const Cut *cut, int *act) {
	if (!cut->found || cut->words < 4 || (cut->name.act < 0 && cut->name.only < 0)) return 0;
	if (acts_cannot_end(a, (const char *)buf + cut->ws, cut->L - cut->ws) ||
	    !title_ends(a, s, cut->end, n))
		return 0;
	int which = cut->name.act >= 0 ? cut->name.act : cut->name.only;
	if (other_inside(a, s, cut->end, which)) return 0;
	*act = which;
	return 1;
}

/* acts_match(); cut: also a title cut short. Sets *act; returns the length.
** One pass over the text, word by word: buf holds the normalised text so far
** and h its running hash, so that each word end costs one look-up; the walk
** stops at the first prefix that no name has. */
static size_t match(const Acts *a, const unsigned char *s, size_t n, int *act, int cut) {
	unsigned char buf[1024];
	size_t cap = a->max_name + 8 < sizeof buf ? a->max_name + 8 : sizeof buf;
	size_t L = 0, ws = 0, best = 0;
	int best_act = -1, pend = 0, in_word = 0, words = 0, capped = 0;
	Cut last = {0};
	uint64_t h = FNV_INIT;
	if (!n || (!a->src && !a->names.cap) || !word_at(s, 0, n)) return 0;
	for (size_t i = 0; i < n;) {
		size_t w = space_at(s, i, n);
		if (w) { pend = 1; in_word = 0; i += w; continue; }
		if ((w = invisible_at(s, i, n))) { i += w; continue; }
		if (pend) {
			if (L + 1 > cap) { capped = 1; break; }
			buf[L++] = ' ';
			h = fnv_add(h, ' ');
			pend = 0;
		}
		size_t k = ulen(s, i, n);
		if (L + k > cap) { capped = 1; break; }
		int wc = word_at(s, i, n);
		if (wc && !in_word) ws = L;
		in_word = wc;
		size_t m = lower_char(s, i, k, buf + L);
		for (size_t j = 0; j < m; j++) h = fnv_add(h, buf[L + j]);
		L += m;
		i += k;
		if (!wc || (i < n && word_at(s, i, n))) continue;
		/* A word ends here: is what we have a name, or the start of one? */
		words++;
		Name e = {-1, -2}, g, x = {-1, -2};
		int got = name_get(a, h, (const char *)buf, L, &e);
		if (got && e.act >= 0) {
			best = i;
			best_act = e.act;
		} else if (lexlist_suffix(a->lx[L_GENITIVE_NAME_END], (const char *)buf, L,
		                          LEX_EXACT | LEX_NOBOUND, NULL) && L > 6) {
			/* Genitive: "barselslovens" is a name if "barselsloven" is. */
			if (name_get(a, fnv((const char *)buf, L - 1), (const char *)buf, L - 1, &g) &&
			    g.act >= 0) {
				best = i;
				best_act = g.act;
			}
		}
		int have = got;
		if (got) x = e;
		else if (cut && words >= 4) have = inflected(a, buf, cap, L, ws, h, &x);
		if (have) last = (Cut){x, 1, i, ws, L, words};
		if (!got) break;
	}
	int which;
	if (cut && !capped && last.end > best && cut_names(a, s, n, buf, &last, &which)) {
		best = last.end;
		best_act = which;
	}
	if (best_act < 0) return 0;
	best += mv_tail(a, s, best, n);
	*act = best_act;
	return best;
}

size_t acts_match(const Acts *a, const char *text, size_t n, const char **key) {
	int act = -1;
	size_t len = match(a, (const unsigned char *)text, n, &act, 1);
	if (len && a->src && stored_act(a, act) < 0) return 0;
	if (len && key) *key = a->act[act].key;
	return len;
}

const char *acts_short(const Acts *a, const char *key) {
	int i = find_act(a, key);
	return i < 0 ? key : a->act[i].short_name ? a->act[i].short_name : a->act[i].key;
}

void acts_set_short(Acts *a, const char *key, const char *short_name) {
	int i = find_act(a, key);
	if (i < 0) return;
	free(a->act[i].short_name);
	a->act[i].short_name = xstrdup(short_name);
}

const char *acts_title(const Acts *a, const char *key) {
	int i = find_act(a, key);
	return i >= 0 ? a->act[i].title : NULL;
}

const char *acts_kind(const Acts *a, const char *key) {
	int i = find_act(a, key);
	return i >= 0 ? a->act[i].kind : NULL;
}

int acts_known(const Acts *a, const char *key) {
	return find_act(a, key) >= 0;
}

int acts_count(const Acts *a) {
	return a->n_act;
}

const char *acts_key_at(const Acts *a, int i) {
	if (a->src) i = stored_act(a, i);
	return i >= 0 && i < a->n_act ? a->act[i].key : NULL;
}

int acts_name_at(const Acts *a, size_t *pos, const char **s, size_t *n, int *act, int *only) {
	for (; *pos < a->names.cap; (*pos)++) {
		const Slot *e = &a->names.slot[*pos];
		if (!e->s) continue;
		*s = e->s;
		*n = e->n;
		*act = e->act;
		*only = e->only;
		(*pos)++;
		return 1;
	}
	return 0;
}

size_t acts_max_name(const Acts *a) {
	return a->max_name;
}
