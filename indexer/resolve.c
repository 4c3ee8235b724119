/*
** resolve.c -- resolves citations against the store (see resolve.h).
**
** Every lookup is a named read (read.h) over the indexes store_index() creates;
** resolution runs once per citation over all of Danish law, so nothing here
** scans a table. Nothing here writes.
*/
#include "resolve.h"
#include "kind.h"
#include "read.h"
#include "ref.h"
#include "util.h"

#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

struct Resolver {
	Reader *rd;
	const Acts *acts;
	char today[16];
	int own_order;       /* the citation being resolved is of the executive order it stands in */
	/* the targets being built */
	Target *t;
	int n, cap;
};

Resolver *resolver_new(Reader *rd, const Acts *acts) {
	Resolver *r = xcalloc(1, sizeof *r);
	r->rd = rd;
	r->acts = acts;
	time_t now = time(NULL);
	strftime(r->today, sizeof r->today, "%Y-%m-%d", gmtime(&now));
	return r;
}

void resolver_free(Resolver *r) { free(r); }

void targets_free(Target *t, int n) {
	for (int i = 0; i < n; i++) free(t[i].ref);
	free(t);
}

long long resolve_version(Resolver *r, const char *act, const char *date) {
	return read_version(r->rd, act, date && *date ? date : r->today);
}

/* The provision act/section/stk/nr/litra: in doc first, else in the nearest
** version. A litra that is not a provision of its own is not found: its item
** is not what was cited. */
static long long find(Resolver *r, const char *act, long long doc, const char *date,
                      const char *section, int stk, const char *nr, const char *litra) {
	ReadPath p = {.section = section, .stk = stk, .nr = nr, .litra = litra};
	long long id = doc ? read_find_in_doc(r->rd, doc, &p) : 0;
	/* "§ 15, stk. 1" of a section with one subsection: the section is its stk. 1
	** (here and in the nearest version); "§ 4, nr. 2" of a section whose items all
	** stand in one stk. is that stk.'s (in the version itself only: items of one
	** stk. in another version prove nothing) */
	ReadPath q = p;
	q.stk = stk == 1 ? 0 : 1;
	if (!id && doc && (stk == 1 || (stk == 0 && nr && *nr && read_item_stks(r->rd, doc, section) == 1)))
		id = read_find_in_doc(r->rd, doc, &q);
	/* another version, but not for an executive order's own provisions: orders of
	** one title are often different orders, not versions of one */
	const char *when = date && *date ? date : r->today;
	if (!id && !r->own_order) id = read_find_nearest(r->rd, act, &p, when);
	if (!id && !r->own_order && stk == 1) id = read_find_nearest(r->rd, act, &q, when);
	return id;
}

static Target *add(Resolver *r, int cite, const char *act) {
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->t = xrealloc(r->t, (size_t)r->cap * sizeof *r->t);
	}
	Target *t = &r->t[r->n++];
	memset(t, 0, sizeof *t);
	t->cite = cite;
	snprintf(t->act, sizeof t->act, "%s", act);
	return t;
}

static void finish(Resolver *r, Target *t) {
	const char *shrt = acts_known(r->acts, t->act) ? acts_short(r->acts, t->act) : t->act;
	t->ref = ref_format(shrt, t->chapter, t->section, t->stk, t->nr, t->litra, t->part);
}

static void add_section(Resolver *r, int ci, const char *act, long long doc, const char *date,
                        const char *section, int stk, const char *nr, const char *litra) {
	Target *t = add(r, ci, act);
	snprintf(t->section, sizeof t->section, "%s", section);
	t->stk = stk;
	snprintf(t->nr, sizeof t->nr, "%s", nr ? nr : "");
	snprintf(t->litra, sizeof t->litra, "%s", litra ? litra : "");
	if (acts_known(r->acts, act)) t->dst = find(r, act, doc, date, section, stk, nr, litra);
	finish(r, t);
}

/* Expands stk. and nr. lists of one section: "stk. 2-8", "nr. 1-3"; nr is the
** item (c->nr, or the one the text stands in). */
static void add_expanded(Resolver *r, int ci, const Cite *c, const char *act, long long doc,
                         const char *date, const char *section, int stk, const char *nr) {
	int stk_hi = c->stk_hi > stk && c->stk_hi - stk < 100 ? c->stk_hi : stk;
	for (int s = stk; s <= stk_hi; s++) {
		if (c->nr[0] && c->nr_hi[0] && s == stk) {
			int lo = atoi(c->nr), hi = atoi(c->nr_hi);
			if (lo > 0 && hi >= lo && hi - lo < 100) {
				for (int k = lo; k <= hi; k++) {
					char label[12];
					snprintf(label, sizeof label, "%d", k);
					add_section(r, ci, act, doc, date, section, s, label, NULL);
				}
				continue;
			}
		}
		add_section(r, ci, act, doc, date, section, s, s == stk ? nr : NULL,
		            s == stk ? c->litra : NULL);
	}
}

/* "stk. 2", "nr. 3, litra b", "1. pkt." as written, for a target that has no
** section to stand under. */
static void relative_part(const Cite *c, char *out, size_t cap) {
	if (c->kind == CITE_STK && c->stk_hi) snprintf(out, cap, "stk. %d-%d", c->stk, c->stk_hi);
	else if (c->kind == CITE_STK) snprintf(out, cap, "stk. %d", c->stk);
	else if (c->kind == CITE_PKT) snprintf(out, cap, "%d. pkt.", c->pkt);
	else if (c->nr[0] && c->nr_hi[0]) snprintf(out, cap, "nr. %s-%s", c->nr, c->nr_hi);
	else if (c->nr[0] && c->litra[0]) snprintf(out, cap, "nr. %s, litra %s", c->nr, c->litra);
	else if (c->nr[0]) snprintf(out, cap, "nr. %s", c->nr);
	else snprintf(out, cap, "litra %s", c->litra);
}

/* (resolve.h) */
long long resolve_numbered(Resolver *r, const char *name, char **key /* OUT */) {
	const char *nr = strstr(name, " nr. ");
	size_t len = strlen(name);
	*key = NULL;
	if (!nr || len < 4) return 0;
	char num[16], year[5];
	size_t k = 0;
	for (const char *q = nr + 5; *q >= '0' && *q <= '9' && k + 1 < sizeof num; q++) num[k++] = *q;
	num[k] = 0;
	memcpy(year, name + len - 4, 5);
	if (!k) return 0;
	long long doc = read_numbered_version(r->rd, num, year, key);
	if (!doc) {
		free(*key);
		*key = NULL;
	}
	return doc;
}

/* Whose provisions a citation names: the act and the version to look in. */
typedef struct Whose {
	const char *act;     /* the act key, or the name as written when not known */
	int known;           /* act is a key of Acts (or of a document named by number) */
	int same_act;        /* the act the text stands in */
	long long doc;       /* the version; 0 when none is indexed */
	char *owned;         /* act's storage when it came from the index */
} Whose;

static Whose whose(Resolver *r, const Context *ctx, const Cite *c) {
	Whose w = {.act = c->act[0] ? c->act : (ctx->act ? ctx->act : "")};
	if (c->external) return w;    /* outside the corpus: nothing to look up */
	w.known = c->act[0] ? c->act_known : (w.act[0] != 0);
	w.same_act = ctx->act && !strcmp(w.act, ctx->act);
	if (!w.known && w.act[0] && !(w.doc = resolve_numbered(r, w.act, &w.owned)) && c->act_alt) {
		w.act = c->act_alt;           /* that version is not indexed: the act its title names */
		w.known = 1;
		w.same_act = ctx->act && !strcmp(w.act, ctx->act);
		w.doc = resolve_version(r, w.act, ctx->date);
	} else if (!w.known && w.act[0] && w.doc) {
		w.act = w.owned;              /* that very version, whatever the date */
		w.known = 1;
		w.same_act = ctx->act && !strcmp(w.act, ctx->act);
	} else if (w.known && w.act[0]) {
		w.doc = w.same_act && ctx->doc ? ctx->doc : resolve_version(r, w.act, ctx->date);
	}
	return w;
}

/* (resolve.h) */
long long resolve_cite_version(Resolver *r, const Context *ctx, const Cite *c) {
	Whose w = whose(r, ctx, c);
	free(w.owned);
	return w.doc;
}

/* "§ 5", "§ 5, stk. 2-4", "§§ 14-16": a range of sections is expanded against
** the sections the version has; when it has none of them, it stays one target. */
static void resolve_section(Resolver *r, const Context *ctx, const Cite *c, int ci,
                            const Whose *w) {
	if (c->sec_hi[0] && w->doc) {
		int n0 = r->n;
		ReadStrings secs = {0};
		read_section_range(r->rd, w->doc, ref_section_key(c->sec), ref_section_key(c->sec_hi),
		                   1000, &secs);
		for (int i = 0; i < secs.n; i++)
			add_section(r, ci, w->act, w->doc, ctx->date, secs.v[i], 0, NULL, NULL);
		read_strings_clear(&secs);
		if (r->n > n0) return;
	}
	add_expanded(r, ci, c, w->act, w->doc, ctx->date, c->sec, c->stk, c->nr);
}

/* The stk. whose items a bare "nr. 1-3" in the text's stk. names: that stk. when
** it holds the item, else the nearest before it that does ("Kompetencemålene i
** nr. 1-6 gælder for trin 1" in a stk. 2 after the list of stk. 1). */
static int items_stk(Resolver *r, const Context *ctx, const Cite *c, const Whose *w) {
	if (!w->doc || !c->nr[0] || ctx->stk < 2) return ctx->stk;
	ReadPath p = {.section = ctx->section, .stk = ctx->stk, .nr = c->nr};
	if (read_find_in_doc(r->rd, w->doc, &p)) return ctx->stk;
	for (p.stk = ctx->stk - 1; p.stk >= 1; p.stk--)
		if (read_find_in_doc(r->rd, w->doc, &p)) return p.stk;
	return ctx->stk;
}

/* "stk. 2", "nr. 3", "1. pkt." of the section the text stands in, unless they
** name another act ("nr. 3 i bekendtgørelsen"): then there is no section to
** put them in. */
static void resolve_relative(Resolver *r, const Context *ctx, const Cite *c, int ci,
                             const Whose *w) {
	if (!ctx->section || !ctx->section[0] || (c->act[0] && !w->same_act)) {
		Target *t = add(r, ci, w->act);
		relative_part(c, t->part, sizeof t->part);
		finish(r, t);
		return;
	}
	if (c->kind == CITE_STK)
		add_expanded(r, ci, c, w->act, w->doc, ctx->date, ctx->section, c->stk, c->nr);
	else if (c->kind == CITE_NR)   /* "nr. 1-21, jf. stk. 1": the items of that stk. */
		add_expanded(r, ci, c, w->act, w->doc, ctx->date, ctx->section,
		             c->stk ? c->stk : items_stk(r, ctx, c, w), c->nr[0] ? c->nr : ctx->nr);
	else   /* "1. pkt.": a sentence of the stk., or of the item, it stands in */
		add_section(r, ci, w->act, w->doc, ctx->date, ctx->section, ctx->stk, ctx->nr, NULL);
}

/* "kapitel 11-14": the chapters of the version whose labels lie in the range,
** one target each. Returns how many. */
static int chapter_range(Resolver *r, const Cite *c, int ci, const Whose *w) {
	ReadStrings labels = {0};
	long lo = ref_section_key(c->chapter), hi = ref_section_key(c->chapter_hi);
	int n = 0;
	read_chapter_labels(r->rd, w->doc, &labels);
	for (int i = 0; i < labels.n && lo < hi; i++) {
		long k = ref_section_key(labels.v[i]);
		if (k < lo || k > hi) continue;
		Target *t = add(r, ci, w->act);
		snprintf(t->chapter, sizeof t->chapter, "%s", labels.v[i]);
		t->dst = read_chapter(r->rd, w->doc, labels.v[i]);
		finish(r, t);
		n++;
	}
	read_strings_clear(&labels);
	return n;
}

/* A chapter (or a range of them), a part of a guideline or letter, or a whole
** act or document. */
static void resolve_whole(Resolver *r, const Cite *c, int ci, const Whose *w, const char *date) {
	if (c->kind == CITE_CHAPTER && c->chapter_hi[0] && w->doc && chapter_range(r, c, ci, w)) return;
	if (c->annex && !w->act[0]) return;   /* an annex of a letter: nothing of the law */
	Target *t = add(r, ci, w->act);
	int named = w->known && w->act[0];
	if (c->kind == CITE_CHAPTER) {
		snprintf(t->chapter, sizeof t->chapter, "%s", c->chapter);
		if (w->doc) t->dst = read_chapter(r->rd, w->doc, c->chapter);
		/* a version without chapter lines: the chapter of the nearest that has it */
		if (!t->dst && named)
			t->dst = read_chapter_nearest(r->rd, w->act, c->chapter, date ? date : r->today);
	} else if (c->kind == CITE_PART) {
		snprintf(t->part, sizeof t->part, "%s", c->part);
		if (c->external) {
			t->external = 1;          /* "artikel 3 i forordning (EU) 2019/880" */
		} else if (named) {
			t->dst = read_act_part(r->rd, w->act, c->part);
			t->external = !w->doc;    /* a guideline known only by citation */
		}
	} else if (w->doc) {
		t->dst = read_doc_root(r->rd, w->doc);
	} else if (named || c->external) {
		t->external = 1;
	}
	finish(r, t);
}

/* "nærværende Paragraf", "næste Paragraf": the section so many sections after
** the one the text stands in, in its own document. */
static void resolve_by_place(Resolver *r, const Context *ctx, const Cite *c, int ci,
                             const Whose *w) {
	if (!ctx->section || !ctx->section[0] || !w->doc) return;
	if (!c->sec_step) {
		add_section(r, ci, w->act, w->doc, ctx->date, ctx->section, 0, NULL, NULL);
		return;
	}
	long key = ref_section_key(ctx->section);
	ReadStrings secs = {0};
	if (c->sec_step > 0) read_section_range(r->rd, w->doc, key + 1, LONG_MAX, c->sec_step, &secs);
	else read_section_range(r->rd, w->doc, 0, key - 1, 100000, &secs);
	int at = c->sec_step > 0 ? secs.n - 1 : secs.n + c->sec_step;
	if (at >= 0 && at < secs.n && (c->sec_step < 0 || secs.n == c->sec_step))
		add_section(r, ci, w->act, w->doc, ctx->date, secs.v[at], 0, NULL, NULL);
	read_strings_clear(&secs);
}

static void resolve_one(Resolver *r, const Context *ctx, const Cite *c, int ci) {
	Whose w = whose(r, ctx, c);
	r->own_order = w.same_act && doc_kind_class(doc_kind(acts_kind(r->acts, w.act))) == 'B';
	switch (c->kind) {
	case CITE_SECTION:
		if (c->sec_rel) resolve_by_place(r, ctx, c, ci, &w);
		else resolve_section(r, ctx, c, ci, &w);
		break;
	case CITE_STK: case CITE_NR: case CITE_PKT: resolve_relative(r, ctx, c, ci, &w); break;
	case CITE_CHAPTER: case CITE_PART: case CITE_ACT: resolve_whole(r, c, ci, &w, ctx->date); break;
	}
	free(w.owned);
}

int resolve(Resolver *r, const Context *ctx, const Cite *cites, int n_cites,
            Target **out, int *n_out) {
	r->t = NULL;
	r->n = r->cap = 0;
	for (int i = 0; i < n_cites; i++) resolve_one(r, ctx, &cites[i], i);
	*out = r->t;
	*n_out = r->n;
	r->t = NULL;
	r->n = r->cap = 0;
	return LG_OK;
}

/* A copy of s[0..n) with the text of every quotation in it blanked out (byte
** offsets kept): an attribution that reaches back over an earlier quotation
** must not take a citation from inside it. Caller frees. */
static char *mask_quotes(const char *s, size_t n) {
	char *m = xstrndup(s, n);
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		size_t len = c == '"' ? 1
		             : c == 0xC2 && i + 1 < n && ((unsigned char)s[i + 1] == 0xBB ||
		                                          (unsigned char)s[i + 1] == 0xAB) ? 2
		             : c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		                       ((unsigned char)s[i + 2] & 0xFC) == 0x9C ? 3 : 0;
		if (len) {
			in = !in;
			i += len - 1;
		} else if (in)
			m[i] = ' ';
	}
	return m;
}

/* Whether the word before s[at] points back at an executive order
** ("bekendtgørelsens § 2"; the lexicon's order_back_ref). */
static int order_before(const LexList *back, const char *s, size_t at) {
	size_t e = at;
	while (e > 0 && s[e - 1] == ' ') e--;
	for (int k = 0; back && k < back->n; k++) {
		size_t n = back->v[k].len;
		if (e >= n && !strncasecmp(s + e - n, back->v[k].word, n) && (e == n || s[e - n - 1] == ' '))
			return 1;
	}
	return 0;
}

/* Whether citation c names an executive order: a BEK of the act table, or one
** named by number ("bekendtgørelse nr. 2409 af ...": its name starts with the
** lexicon's order_noun), not a lovbekendtgørelse. */
static int is_order(const Acts *acts, const LexList *noun, const Cite *c) {
	if (c->act_known) return doc_kind(acts_kind(acts, c->act)) == DOC_BEK;
	return lexlist_prefix(noun, c->act, strlen(c->act), LEX_CASELESS | LEX_NOBOUND, NULL) > 0;
}

/* "stk. 2", "nr. 3", "2. pkt." of the section named before it (c[0..first)):
** "... § 113 i lov om X. Af bestemmelsens stk. 2 fremgår, at". */
static void attach_to_section(Cite *cite, const Cite *c, int first) {
	int have_stk = cite->kind == CITE_STK;   /* "Stk. 3 ... Af 2. pkt." */
	for (int i = first - 1; i >= 0; i--) {
		const Cite *s = &c[i];
		if (s->kind == CITE_STK && !have_stk && !s->stk_hi) {
			cite->stk = s->stk;
			if (cite->kind == CITE_PKT) memcpy(cite->nr, s->nr, sizeof cite->nr);
			have_stk = 1;
			continue;
		}
		if (s->kind != CITE_SECTION || s->sec_hi[0]) continue;
		if (cite->act[0] && strcmp(cite->act, s->act)) break;
		memcpy(cite->sec, s->sec, sizeof cite->sec);
		if (!have_stk) {
			cite->stk = s->stk;
			if (cite->kind == CITE_PKT) memcpy(cite->nr, s->nr, sizeof cite->nr);
		}
		memcpy(cite->act, s->act, sizeof cite->act);
		cite->act_known = s->act_known;
		cite->stk_hi = 0;
		cite->kind = CITE_SECTION;
		break;
	}
}

/* A citation that names no act is of the act named before it (c[0..first));
** after "bekendtgørelsens" of the executive order named before it. */
static void attach_to_act(const CiteParser *cp, Cite *cite, const Cite *c, int first,
                          const char *attr) {
	if (cite->act[0]) return;
	const Lexicon *lex = cite_parser_lexicon(cp);
	int order = order_before(lexicon_list(lex, "order_back_ref"), attr, c[first].start);
	const LexList *noun = lexicon_list(lex, "order_noun");
	for (int i = first - 1; i >= 0; i--)
		if (c[i].act[0] && (!order || is_order(cite_parser_acts(cp), noun, &c[i]))) {
			memcpy(cite->act, c[i].act, sizeof cite->act);
			cite->act_known = c[i].act_known;
			break;
		}
}

int resolve_attribution(CiteParser *cp, const char *attr, size_t n, Cite *cite) {
	char *masked = mask_quotes(attr, n);
	Cite *c = NULL;
	int nc = cite_extract(cp, masked, n, &c);
	free(masked);
	int pick = -1;
	for (int i = 0; i < nc; i++)
		if (c[i].kind != CITE_ACT || pick < 0 || c[pick].kind == CITE_ACT) pick = i;
	if (pick >= 0) {
		/* a list ("§ 6, nr. 1 og 2") quotes its first element */
		int first = pick;
		while (first > 0 && c[first - 1].start == c[pick].start) first--;
		*cite = c[first];
		if (cite->kind == CITE_STK || cite->kind == CITE_NR || cite->kind == CITE_PKT)
			attach_to_section(cite, c, first);
		attach_to_act(cp, cite, c, first, attr);
	}
	free(c);
	return pick >= 0;
}
