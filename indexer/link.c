/*
** link.c -- the linker, phase 2 of indexing (see link.h).
**
** One pass over the provisions in id order, one over the quotations; each
** citation is read (cite.c), resolved (resolve.c, which only reads) and
** written as an edge (store.c). A letter's "vejledningens afsnit 4.2" names
** the guideline named last before it, possibly in an earlier paragraph, so
** the linker carries that from one provision to the next of a document.
*/
#include "link.h"
#include "carry.h"
#include "cite.h"
#include "kind.h"
#include "ref.h"
#include "resolve.h"
#include "util.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { TALLY_MAX = 16 };
#define PRIOR_MAX 8       /* documents outside Danish law remembered per document */
#define HOME_ALIKE 0.2   /* how alike a quoted new text and an old section must be */
#define TICK_ROWS 20000  /* provisions linked between two progress ticks */
#define HOME_MARGIN 0.1  /* by how much more alike than the next act, to be certain */

/* How often an executive order's citations name each act. */
typedef struct ActTally {
	char act[TALLY_MAX][ACT_KEY_MAX];
	int n[TALLY_MAX], k;
} ActTally;

#define LEAD_MAX 8   /* nested provisions whose own text names an act: section, stk, item */

typedef struct Linker {
	Store *store;
	Reader *rd;
	const Acts *acts;
	IndexStats *stats;
	CiteParser *cp;
	Resolver *rv;
	const LexList *title_lead;     /* "om ændring af": the edge in the entry's value */
	const LexList *repeal_word;    /* "ophæves": a text that may repeal a document */
	const LexList *repeal_location; /* "I": the document is where a provision is repealed */
	pcre2_code *repeal_re;         /* "bekendtgørelse nr. N af D. måned YYYY" */
	pcre2_match_data *md;
	/* letters: "vejledningens afsnit 4.2" names the guideline named last,
	** possibly in an earlier paragraph of the same document */
	long long guide_doc;
	Carry carry;
	/* the provision being linked: its document is an executive order or an act */
	int in_order, in_act;
	/* a section of an act that amends another ("§ 61. I lov om erhvervsdrivende
	** fonde ... foretages følgende ændringer: 1. I § 53, stk. 3, indsættes ..."):
	** within its span what names no act is of the act amended */
	struct { long long start, end, doc; char act[ACT_KEY_MAX]; } amend;
	int in_amend;
	const LexList *amend_lead;     /* amending_section */
	/* an executive order's act is the act its own citations name most
	** ("lovens § 15" in the order is of it): the acts its citations name are
	** counted as it is linked, and its "lovens" citations wait for the end of
	** the order (pending); doc: the document they are of */
	long long doc;
	char *doc_title;
	const LexList *order_lead, *act_lead;   /* order_subject_lead, act_subject_lead */
	const LexList *penalty;                 /* penalty_clause: its acts are not counted */
	long long penalty_end;   /* the end of the order's section being linked when it is a
	                            penalty section (its subsections and items too), else 0 */
	ActTally tally;
	struct Pending *pending;
	int n_pending, cap_pending;
	/* an order's provisions whose own text names an act ("§ 5. Følgende beføjelser
	** i lov om erhvervsakademier delegeres ...: 40) ..., jf. lovens § 44 a"): within
	** their span "lovens" is of that act, as it is within one text; innermost last */
	struct { long long start, end; char act[ACT_KEY_MAX]; } lead[LEAD_MAX];
	int n_lead;
	char own_act[ACT_KEY_MAX];   /* the last act the provision being linked names, "" none */
	/* the documents outside Danish law the document's provisions so far named,
	** the last of each first word ("forordning", "direktiv"), in the order named */
	char prior_foreign[PRIOR_MAX][ACT_KEY_MAX];
	const char *prior_ptr[PRIOR_MAX];
	int n_prior;
	/* an amending act: the acts its title says it amends (in title order) and
	** their versions in force on its date; home: the one the quoted text of
	** the section being linked belongs to */
	long long amending_doc;
	int n_amended;
	const char *amended[8];       /* act keys, owned by the act table */
	long long amended_ver[8];
	long long amended_next[8];    /* the first version after the amending act: the act as amended */
	/* the title amends one act only, and the index does not know it ("lov om
	** visse forbrugeraftaler"): its name as the title gives it, else "" */
	char amended_unknown[ACT_KEY_MAX];
	char home_section[16];
	int home;
	/* progress: tick(tick_ctx, rows) every TICK_ROWS provisions */
	void (*tick)(void *ctx, long long linked);
	void *tick_ctx;
	long long rows;
	int home_certain;    /* one act could hold it, or one was clearly the most alike */
	int home_cursor;     /* the act the quoted texts are at: they come in the title's order */
	int home_past;       /* past the acts named: in acts the title does not name */
	int amends_others;   /* the title names acts not in the index, or says it amends
	                        others ("og forskellige andre love") */
	const LexList *other_acts, *own_commencement, *act_name_start, *act_name_end;
	long home_key;       /* the section key of the quoted text before */
	int home_inserted;   /* the act's version in force then had no such section */
	double home_alike;   /* how alike the old (or next) section of the home act is */
	/* the openings of every section of the corpus (opening_key), sorted, made when
	** first needed: a quoted text of an act the title does not name ("og
	** forskellige andre love") is found by the later version that holds it */
	struct Opening { uint64_t key; long long id; int date; } *openings;
	int n_openings, openings_read;
	char home_other[ACT_KEY_MAX];   /* that act for the section being linked, "" none */
	long long home_other_doc;       /* ... and the version that holds the text */
} Linker;

/* A citation of "the act" in an executive order, kept until the order's own
** citations have said which act that is. */
typedef struct Pending {
	long long src;               /* the provision it stands in */
	Context ctx;                 /* its context, with owned strings */
	Cite c;                      /* start/end relative to text */
	char *text;                  /* the citation as written */
	size_t base;                 /* where text starts in the document */
} Pending;

static char *dup_opt(const char *s) { return s ? xstrdup(s) : NULL; }

/* Counts the acts (other than the order's own) that the citations c[0..n) name. */
static void tally_acts(Linker *l, const char *self, const Cite *c, int n) {
	ActTally *t = &l->tally;
	for (int i = 0; i < n; i++) {
		if (!c[i].act_known || (self && !strcmp(c[i].act, self)) ||
		    doc_kind_class(doc_kind(acts_kind(l->acts, c[i].act))) != 'L')
			continue;
		int j;
		for (j = 0; j < t->k && strcmp(t->act[j], c[i].act); j++) {}
		if (j == t->k) {
			if (t->k == TALLY_MAX) continue;
			snprintf(t->act[t->k], sizeof t->act[0], "%s", c[i].act);
			t->n[t->k++] = 0;
		}
		t->n[j]++;
	}
}

/* The act named in the own text of the innermost provision around pos (a
** document offset) of an executive order, or NULL. */
static const char *lead_act(const Linker *l, size_t pos) {
	for (int k = l->n_lead - 1; k >= 0; k--)
		if (l->lead[k].start <= (long long)pos && (long long)pos < l->lead[k].end)
			return l->lead[k].act;
	return NULL;
}

/* "lovens § 15", "§ 5 i loven" with no act named before: in an act the act
** itself; in an executive order the act the provision around it names (see
** lead_act), else it waits (defer) for the end of the order.
** Removes what waits from c and returns how many cites are left. */
static int generic_acts(Linker *l, long long src, const Context *ctx, Cite *c, int n,
                        const char *text, size_t base) {
	int k = 0;
	for (int i = 0; i < n; i++) {
		const char *lead = c[i].act_generic && l->in_order ? lead_act(l, base + c[i].start) : NULL;
		if (lead) {   /* of the act the provision it stands in names */
			snprintf(c[i].act, sizeof c[i].act, "%s", lead);
			c[i].act_known = 1;
		} else if (c[i].act_generic && l->in_order) {
			if (l->n_pending == l->cap_pending) {
				l->cap_pending = l->cap_pending ? 2 * l->cap_pending : 16;
				l->pending = xrealloc(l->pending, (size_t)l->cap_pending * sizeof *l->pending);
			}
			Pending *p = &l->pending[l->n_pending++];
			p->src = src;
			p->ctx = (Context){dup_opt(ctx->act), ctx->doc, dup_opt(ctx->date),
			                   dup_opt(ctx->section), ctx->stk, dup_opt(ctx->nr), NULL};
			p->c = c[i];
			p->text = xstrndup(text + c[i].start, c[i].end - c[i].start);
			p->base = base + c[i].start;
			p->c.end -= p->c.start;
			p->c.start = 0;
			continue;
		}
		if (c[i].act_generic && l->in_act) {
			c[i].act[0] = 0;     /* the text's own act */
			c[i].act_known = 0;
		}
		c[i].act_generic = 0;
		c[k++] = c[i];
	}
	return k;
}

static void link_cites(Linker *l, long long src, Context *cx, const char *text, Cite *c, int nc,
                       size_t base);

/* The act of the same subject as an executive order's title ("Bekendtgørelse
** om social pension": lov om social pension), by the lexicon's
** order_subject_lead and act_subject_lead, or one whose title begins it
** ("Bekendtgørelse om social pension til ..."); *whole = 1 when the act's title
** is all of the order's subject ("Bekendtgørelse om retssikkerhed og
** administration på det sociale område"). NULL when no act is. */
static const char *act_of_order_title(Linker *l, int *whole) {
	const char *t = l->doc_title;
	if (!t) return NULL;
	size_t n = strlen(t), lead = 0;
	for (int k = 0; k < l->order_lead->n; k++) {   /* the longest lead */
		const LexEntry *e = &l->order_lead->v[k];
		if (e->len > lead && e->len < n && !strncasecmp(t, e->word, e->len) && t[e->len] == ' ')
			lead = e->len;
	}
	if (!lead || !l->act_lead->n) return NULL;
	char buf[ACT_KEY_MAX];
	snprintf(buf, sizeof buf, "%s%s", l->act_lead->v[0].word, t + lead);
	const char *key = NULL;
	size_t m = acts_match(l->acts, buf, strlen(buf), &key);
	if (!m || !key || doc_kind_class(doc_kind(acts_kind(l->acts, key))) != 'L') return NULL;
	/* what follows the act's title may be the order's own short name alone:
	** "Bekendtgørelse om statens uddannelsesstøtte (SU-bekendtgørelsen)" */
	size_t r = m;
	while (buf[r] == ' ') r++;
	*whole = !buf[r] || (buf[r] == '(' && strchr(buf + r, ')') == buf + strlen(buf) - 1);
	return key;
}

static int cmp_u64(const void *x, const void *y) {
	uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
	return (a > b) - (a < b);
}

/* The hashes of the words (four bytes or more) of text, sorted; *n their number. */
static uint64_t *word_hashes(const char *text, int *n) {
	uint64_t *h = NULL;
	int cap = 0;
	*n = 0;
	for (const char *p = text; *p;) {
		size_t w = strcspn(p, " ,.;:()\n");
		if (w >= 4) {
			uint64_t x = 1469598103934665603ULL;
			for (size_t i = 0; i < w; i++) x = (x ^ (unsigned char)p[i]) * 1099511628211ULL;
			if (*n == cap) h = xrealloc(h, (size_t)(cap = cap ? 2 * cap : 256) * sizeof *h);
			h[(*n)++] = x;
		}
		p += w;
		p += strspn(p, " ,.;:()\n");
	}
	if (*n > 1) qsort(h, (size_t)*n, sizeof *h, cmp_u64);
	return h;
}

/* How alike the words (four bytes or more) of a (their sorted hashes ha[0..na))
** and b are: the words they share over the words either has (0 to 1). */
static double shared_words(const uint64_t *ha, int na, const char *b) {
	int nb, shared = 0;
	uint64_t *hb = word_hashes(b, &nb);
	for (int i = 0, j = 0; i < na && j < nb;) {
		if (ha[i] < hb[j]) i++;
		else if (ha[i] > hb[j]) j++;
		else { shared++; i++; j++; }
	}
	free(hb);
	return na + nb > shared ? (double)shared / (na + nb - shared) : 0;
}

/* Whether act (its version doc in force on date) holds section sec, in that
** version or the nearest that has it. */
static int section_held(Linker *l, const char *act, long long doc, const char *date,
                        const char *sec) {
	ReadPath p = {.section = sec};
	return doc && sec[0] && (read_find_in_doc(l->rd, doc, &p) ||
	                         read_find_nearest(l->rd, act, &p, date && *date ? date : "9999"));
}

/* How many of the pending "lovens" citations name a section that act (NULL: none)
** holds, in its version in force on the order's date or the nearest that has it. */
static int sections_held(Linker *l, const char *act) {
	if (!act || !l->n_pending) return 0;
	const char *date = l->pending[0].ctx.date;
	long long doc = resolve_version(l->rv, act, date);
	int n = 0;
	for (int i = 0; doc && i < l->n_pending; i++)
		n += section_held(l, act, doc, date, l->pending[i].c.sec);
	return n;
}

/* The end of an executive order: its "lovens" citations are of the act whose
** title is the order's subject, else of the act its other citations named most,
** else of an act whose title begins the order's subject (kept unresolved, as
** "loven", when there is none). An order on "retssikkerhed og administration på
** det sociale område" that names lov om social service thirty times is still
** issued under the act of its subject. */
/* How alike act's title is to the words of another title (their hashes h[0..n)). */
static double title_alike(const Linker *l, const char *act, const uint64_t *h, int n) {
	const char *title = acts_title(l->acts, act);
	return shared_words(h, n, title ? title : act);
}

/* Of the acts the order's title names, other than the order itself, the one that
** holds most of the §§ its pending "lovens" citations name (*held: how many), or
** NULL when none holds any. */
static const char *title_named_act(Linker *l, int *held) {
	const char *t = l->doc_title, *best = NULL, *self = l->pending[0].ctx.act;
	*held = 0;
	for (size_t i = 0, n = t ? strlen(t) : 0; i < n;) {
		const char *key = NULL;
		size_t m = (i == 0 || t[i - 1] == ' ') ? acts_match(l->acts, t + i, n - i, &key) : 0;
		/* the order's own title matches at its start: look on inside it */
		if (!m || !key || (self && !strcmp(key, self)) ||
		    doc_kind_class(doc_kind(acts_kind(l->acts, key))) != 'L') {
			i++;
			continue;
		}
		int h = sections_held(l, key);
		if (h > *held) {
			*held = h;
			best = key;
		}
		i += m;
	}
	return best;
}

/* The order's act, parent, when it holds the § the pending "lovens" citation p
** names; else the act the order names most that holds it ("lovens § 9 e" in an
** order naming årsregnskabsloven most and lov om miljøbeskyttelse too); else
** parent. */
static const char *held_or_named(Linker *l, const char *parent, const Pending *p) {
	const char *sec = p->c.sec, *date = p->ctx.date;
	if (!sec[0] || section_held(l, parent, resolve_version(l->rv, parent, date), date, sec))
		return parent;
	const ActTally *t = &l->tally;
	int best = -1;
	for (int j = 0; j < t->k; j++)
		if (strcmp(t->act[j], parent) && (best < 0 || t->n[j] > t->n[best]) &&
		    section_held(l, t->act[j], resolve_version(l->rv, t->act[j], date), date, sec))
			best = j;
	return best < 0 ? parent : t->act[best];
}

static void flush_pending(Linker *l) {
	const ActTally *t = &l->tally;
	int best = -1;
	for (int j = 0; j < t->k; j++)
		if (best < 0 || t->n[j] > t->n[best]) best = j;
	int whole = 0;
	const char *subject = l->n_pending ? act_of_order_title(l, &whole) : NULL;
	const char *parent = whole || best < 0 ? subject : t->act[best];
	/* an act that holds none of the §§ "lovens" names is not the order's act
	** ("Bekendtgørelse om beregning af dagpengesatsen" names lov om et
	** indkomstregister most, and its "lovens §§ 47 og 70" are of another): of the
	** acts named, the one holding most of them, else none (they stay "lovens") */
	if (!whole && l->n_pending) {
		int held_best = sections_held(l, parent), any = 0, nh = 0;
		for (int i = 0; i < l->n_pending && !any; i++) any = l->pending[i].c.sec[0] != 0;
		/* the act of the order's subject, not named in it, is one of them
		** ("Bekendtgørelse om statens uddannelsesstøtte til ..." naming lov om
		** aktiv socialpolitik once) */
		int held_subject = subject && subject != parent ? sections_held(l, subject) : 0;
		if (held_subject && held_subject >= held_best) {
			parent = subject;
			held_best = held_subject;
		}
		/* of acts that hold as many, the one whose title is most like the order's
		** ("Bekendtgørelse om undervisning m.v. inden for forberedende
		** voksenundervisning": lov om forberedende voksenundervisning ...) */
		uint64_t *h = any && l->doc_title ? word_hashes(l->doc_title, &nh) : NULL;
		double like = -1;
		for (int j = 0; any && j < t->k; j++) {
			int held = t->act[j] == parent ? held_best : sections_held(l, t->act[j]);
			if (held < held_best || !held) continue;
			if (held == held_best && h) {
				if (like < 0) like = parent ? title_alike(l, parent, h, nh) : 0;
				double lj = title_alike(l, t->act[j], h, nh);
				if (lj <= like) continue;
				like = lj;
			} else like = -1;
			held_best = held;
			parent = t->act[j];
		}
		free(h);
		/* an act the order's title names holds as many of them ("Bekendtgørelse om
		** regulering af betalingsbeløb i henhold til færdselsloven") */
		int held_title = 0;
		const char *named = any ? title_named_act(l, &held_title) : NULL;
		if (named && held_title >= held_best) {
			parent = named;
			held_best = held_title;
		}
		if (any && !held_best) parent = NULL;
	}
	for (int i = 0; i < l->n_pending; i++) {
		Pending *p = &l->pending[i];
		const char *act = parent && !whole ? held_or_named(l, parent, p) : parent;
		if (act) {
			snprintf(p->c.act, sizeof p->c.act, "%s", act);
			p->c.act_known = 1;
		}
		p->c.act_generic = 0;
		link_cites(l, p->src, &p->ctx, p->text, &p->c, 1, p->base);
		free((char *)p->ctx.act);
		free((char *)p->ctx.date);
		free((char *)p->ctx.section);
		free((char *)p->ctx.nr);
		free(p->text);
	}
	l->n_pending = 0;
	l->tally.k = 0;
}

/* In a letter, a § that names no act is read in the act named last before it
** in the text, and "vejledningens afsnit 4.2" in the guideline named last in
** the document (carry.h). */
static void carry_guideline(Linker *l, const Context *ctx, Cite *c, int n) {
	if (ctx->act) return; /* only letters speak of "vejledningen" across paragraphs */
	if (l->guide_doc != ctx->doc) {
		l->guide_doc = ctx->doc;
		carry_forget_guideline(&l->carry);
	}
	carry_forget_act(&l->carry);
	for (int i = 0; i < n; i++) carry_cite(&l->carry, &c[i], 0);
}

static void write_targets(Linker *l, const char *kind, long long src, const char *text,
                          const Cite *c, const Target *t, int nt, const char *quote,
                          size_t base) {
	for (int i = 0; i < nt; i++) {
		/* no edge from a provision to itself (most often a misreading) unless
		** the citation says so: "1. pkt." of its own stk., "nærværende Paragraf" */
		const Cite *ci = &c[t[i].cite];
		if (t[i].dst == src && ci->kind != CITE_PKT && !(ci->sec_rel && !ci->sec_step)) continue;
		char *raw = xstrndup(text + ci->start, ci->end - ci->start);
		EdgeRow e = {.kind = kind, .src = src, .dst = t[i].dst, .t_act = t[i].act,
		             .t_chapter = t[i].chapter, .t_section = t[i].section, .t_stk = t[i].stk,
		             .t_nr = t[i].nr, .t_part = t[i].part, .raw = raw,
		             .start = (long long)(base + ci->start), .end = (long long)(base + ci->end),
		             .quote = quote};
		if (store_edge(l->store, &e) == LG_OK) {
			l->stats->edges++;
			if (!t[i].dst) l->stats->unresolved++;
		}
		free(raw);
	}
}

/* What the resolver found only as a citation (a guideline not in the corpus,
** a part of it) is stored now, as a document of its own with the part and the
** text quoted from it, and becomes the target. */
static void store_externals(Linker *l, const Context *ctx, Target *t, int nt) {
	const Acts *acts = l->acts;
	for (int i = 0; i < nt; i++) {
		if (!t[i].external) continue;
		const char *part = t[i].part[0] ? t[i].part : NULL;
		t[i].dst = store_external(l->store, t[i].act, acts_short(acts, t[i].act),
		                          acts_title(acts, t[i].act), part, part ? ctx->quote : NULL);
	}
}

/* Resolves and writes the citations c[0..nc) of provision src, which stand in
** text (at base in the document). */
static void link_cites(Linker *l, long long src, Context *cx, const char *text, Cite *c, int nc,
                       size_t base) {
	if (nc <= 0) return;
	Target *t = NULL;
	int nt = 0;
	resolve(l->rv, cx, c, nc, &t, &nt);
	store_externals(l, cx, t, nt);
	write_targets(l, "cites", src, text, c, t, nt, NULL, base);
	targets_free(t, nt);
}

/* A document outside Danish law named: the last of its first word, named last. */
static void remember_foreign(Linker *l, const char *name) {
	size_t k = strcspn(name, " ");
	int at = l->n_prior < PRIOR_MAX ? l->n_prior : 0;
	for (int i = 0; i < l->n_prior; i++)
		if (!strncmp(l->prior_foreign[i], name, k) && l->prior_foreign[i][k] == ' ') at = i;
	if (at == l->n_prior) l->n_prior++;
	for (int i = at; i + 1 < l->n_prior; i++)   /* move it to the end */
		memcpy(l->prior_foreign[i], l->prior_foreign[i + 1], sizeof l->prior_foreign[i]);
	snprintf(l->prior_foreign[l->n_prior - 1], sizeof l->prior_foreign[0], "%s", name);
	for (int i = 0; i < l->n_prior; i++) l->prior_ptr[i] = l->prior_foreign[i];
	cite_parser_set_prior(l->cp, l->prior_ptr, l->n_prior);
}

/* A bare § that the text's own document does not hold is of an act named near
** it that does: after it ("efter § 5, stk. 2, jf. lovens § 5, stk. 1" in a
** delegation order: the first act named after it, within TRAILING_NEAR bytes,
** that holds it), else before it ("udbudslovens §§ 135-136, eller hvis relevant
** § 137"; "straffelovens §§ 213 ..., jf. §§ 216 eller 217"). What the own
** document holds stays its own ("§ 123, stk. 2, eller § 11, stk. 2, i lov om
** retssikkerhed"). */
enum { TRAILING_NEAR = 300 };

/* When the act cite c[j] names (not the text's own, a document outside Danish
** law or "lovens") holds path p, c[i] becomes of it: returns 1. */
static int act_holds(Linker *l, const Context *ctx, Cite *c, int i, int j, const ReadPath *p) {
	if (!c[j].act[0] || c[j].external || c[j].act_generic ||
	    (j != i + 1 && j != i - 1 && !strcmp(c[j].act, c[j + (j > i ? -1 : 1)].act)))
		return 0;   /* an act seen already */
	long long doc = resolve_cite_version(l->rv, ctx, &c[j]);
	if (!doc || doc == ctx->doc || !read_find_in_doc(l->rd, doc, p)) return 0;
	memcpy(c[i].act, c[j].act, sizeof c[i].act);
	c[i].act_known = c[j].act_known;
	c[i].act_alt = c[j].act_alt;
	return 1;
}

static void trailing_act(Linker *l, const Context *ctx, Cite *c, int nc) {
	for (int i = 0; ctx->doc && i < nc; i++) {
		if (c[i].kind != CITE_SECTION || c[i].act[0] || c[i].sec_rel || !c[i].sec[0]) continue;
		ReadPath p = {.section = c[i].sec, .stk = c[i].stk, .nr = c[i].nr[0] ? c[i].nr : NULL};
		if (read_find_in_doc(l->rd, ctx->doc, &p)) continue;
		/* the acts named after it, near, the first that holds it; else those
		** named before it, the nearest first */
		int found = 0;
		for (int j = i + 1; !found && j < nc && c[j].start < c[i].end + TRAILING_NEAR; j++)
			found = act_holds(l, ctx, c, i, j, &p);
		for (int j = i - 1; !found && j >= 0 && c[j].end + TRAILING_NEAR > c[i].start; j--)
			found = act_holds(l, ctx, c, i, j, &p);
	}
}

/* Citations in text[from..to) of provision id. */
static void link_span(Linker *l, long long id, const Context *ctx, const char *text, size_t from,
                      size_t to, long long start) {
	Cite *c = NULL;
	int nc = cite_extract(l->cp, text + from, to - from, &c);
	for (int i = 0; i < nc; i++)   /* "forordningens artikel 5" in the provisions after */
		if (c[i].external && c[i].act[0]) remember_foreign(l, c[i].act);
	if (l->in_amend) {   /* "indsættes som 2. pkt.": no sentence of ours, nor of a section known */
		int k = 0, sec = -1;
		for (int i = 0; i < nc; i++) {
			/* "2. I § 38 indsættes efter stk. 4 ...: Stk. 5-7 bliver herefter stk. 6-8":
			** a bare stk. after a bare § of the instructions is of that § */
			if (c[i].kind == CITE_SECTION && !c[i].act[0] && !c[i].sec_rel && !c[i].sec_hi[0])
				sec = i;
			if (c[i].kind == CITE_STK && !c[i].act[0] && sec >= 0) {
				memcpy(c[i].sec, c[sec].sec, sizeof c[i].sec);
				c[i].kind = CITE_SECTION;
			}
			if (c[i].act[0] || c[i].kind == CITE_SECTION || c[i].kind == CITE_CHAPTER ||
			    c[i].kind == CITE_ACT || c[i].kind == CITE_PART)
				if (!c[i].sec_rel) c[k++] = c[i];
		}
		nc = k;
	}
	carry_guideline(l, ctx, c, nc);
	if (l->in_order && start + (long long)from >= l->penalty_end)
		tally_acts(l, ctx->act, c, nc);   /* a penalty section's straffeloven is not the order's act */
	nc = generic_acts(l, id, ctx, c, nc, text + from, (size_t)start + from);
	for (int i = 0; l->in_order && i < nc; i++)   /* after generic_acts: "lovens" names none */
		if (c[i].act_known && (!ctx->act || strcmp(c[i].act, ctx->act)) &&
		    doc_kind_class(doc_kind(acts_kind(l->acts, c[i].act))) == 'L')
			snprintf(l->own_act, sizeof l->own_act, "%s", c[i].act);
	/* a bare § in an executive order that the order does not hold, within a
	** provision that names an act holding it (a lead is never the order's own
	** act), is of that act ("§ 16. Følgende beføjelser i henhold til
	** naturbeskyttelsesloven udøves af Naturstyrelsen: ... 44) Gøre undtagelse
	** fra ...; § 65, stk. 5.") */
	for (int i = 0; l->in_order && i < nc; i++) {
		const char *lead = lead_act(l, (size_t)start + from + c[i].start);
		if (!lead || c[i].kind != CITE_SECTION || c[i].act[0] || c[i].sec_rel) continue;
		ReadPath own = {.section = c[i].sec};
		if (ctx->doc && read_find_in_doc(l->rd, ctx->doc, &own)) continue;
		if (!section_held(l, lead, resolve_version(l->rv, lead, ctx->date), ctx->date, c[i].sec))
			continue;
		snprintf(c[i].act, sizeof c[i].act, "%s", lead);
		c[i].act_known = 1;
	}
	trailing_act(l, ctx, c, nc);
	Context cx = *ctx;
	link_cites(l, id, &cx, text + from, c, nc, (size_t)start + from);
	free(c);
}

/* A section that amends another act: "I lov om X, jf. lovbekendtgørelse nr.
** N af DATE, foretages følgende ændringer:" (the lexicon's amending_section
** within its first 400 bytes after from, the act the first known act its lead
** names). Returns the context of its text, the act amended in its version in
** force (in *am), and remembers its span for its subsections and items; else
** returns ctx. */
static const Context *amending_section(Linker *l, const Context *ctx, const char *text,
                                       size_t len, long long start, size_t from, Context *am) {
	size_t n = len - from < 400 ? len - from : 400, plen;
	const char *at = lexlist_search(l->amend_lead, text + from, n, LEX_CASELESS, &plen, NULL);
	if (!at) return ctx;
	Cite *c = NULL;
	int nc = cite_extract(l->cp, text + from, (size_t)(at - text) - from, &c);
	int found = 0;
	for (int i = 0; i < nc && !found; i++) {
		/* "I lov nr. 563 af 9. juni 2006 om sygedagpenge": that version's act,
		** or, when it is not indexed, the act its title names */
		char *owned = NULL;
		const char *act = c[i].act_known ? c[i].act : NULL;
		if (!act && c[i].act[0] && resolve_numbered(l->rv, c[i].act, &owned)) act = owned;
		if (!act) act = c[i].act_alt;
		if (act && (!ctx->act || strcmp(act, ctx->act)) &&
		    doc_kind_class(doc_kind(acts_kind(l->acts, act))) == 'L') {
			snprintf(l->amend.act, sizeof l->amend.act, "%s", act);
			found = 1;
		}
		free(owned);
	}
	free(c);
	if (!found) return ctx;
	l->amend.start = start;
	l->amend.end = start + (long long)len;
	l->amend.doc = resolve_version(l->rv, l->amend.act, ctx->date);
	*am = *ctx;
	am->act = l->amend.act;
	am->doc = l->amend.doc;
	l->in_amend = 1;
	return am;
}

/* Citations in the parts of text not covered by the provision's children.
** section: the text is a section's, which opens with its heading. */
static void link_provision(Linker *l, long long id, const Context *ctx, const char *text,
                           size_t len, long long start, int section) {
	ReadSpan *kids = NULL;
	int nk = read_child_spans(l->rd, id, &kids);
	size_t from = 0;
	while (l->n_lead && l->lead[l->n_lead - 1].end <= start) l->n_lead--;   /* left behind */
	l->own_act[0] = 0;
	/* a section's heading "§ 53." is not a citation of itself; a subsection or
	** an item that opens with a § cites it ("1) § 6, nr. 1, som ...") */
	if (section && text[0] == '\xc2' && len > 2 && (unsigned char)text[1] == 0xa7) {
		const char *dot = memchr(text, '.', len < 24 ? len : 24);
		if (dot) from = (size_t)(dot - text) + 1;
	}
	Context am;
	if (section && l->in_act) ctx = amending_section(l, ctx, text, len, start, from, &am);
	if (section && l->in_order)
		l->penalty_end = lexlist_search(l->penalty, text, len, LEX_CASELESS, NULL, NULL)
		                 ? start + (long long)len : 0;
	for (int k = 0; k <= nk; k++) {   /* the text before each child, and after the last */
		size_t to = len;
		long long cs = -1, ce = -1;
		if (k < nk) {
			cs = kids[k].start - start;
			ce = kids[k].end - start;
			if (cs >= 0 && (size_t)cs <= len) to = (size_t)cs;
		}
		if (to > from) link_span(l, id, ctx, text, from, to, start);
		if (ce >= 0 && (size_t)ce > from) from = (size_t)ce <= len ? (size_t)ce : len;
	}
	free(kids);
	if (l->in_order && l->own_act[0] && nk > 0 && l->n_lead < LEAD_MAX) {
		l->lead[l->n_lead].start = start;
		l->lead[l->n_lead].end = start + (long long)len;
		snprintf(l->lead[l->n_lead].act, sizeof l->lead[0].act, "%s", l->own_act);
		l->n_lead++;
	}
}

/* Returns nonzero when the store failed for good (a full disk): linking stops. */
static int link_quote(void *ctx, const QuoteRow *q) {
	Linker *l = ctx;
	Cite one;
	if (!resolve_attribution(l->cp, q->attribution, strlen(q->attribution), &one)) return 0;
	Context cx = {.date = q->date, .quote = q->quote};
	Target *t = NULL;
	int nt = 0;
	resolve(l->rv, &cx, &one, 1, &t, &nt);
	store_externals(l, &cx, t, nt);
	write_targets(l, "quotes", q->src, q->attribution, &one, t, nt > 1 ? 1 : nt, q->quote, 0);
	targets_free(t, nt);
	return store_fatal(l->store);
}

/* Where lead (a title lead of the lexicon) stands in title, followed by a
** space: the first place, or NULL. */
static const char *find_lead(const char *title, const LexEntry *lead) {
	const char *p = strstr(title, lead->word);
	while (p && p[lead->len] != ' ') p = strstr(p + 1, lead->word);
	return p;
}

/* At s[0..n), the start of a word in the list of acts an amending act's
** title names: an act the index does not know ("lov om X", "tinglysningsafgifts-
** loven") keeps its place in the order of the acts (amended[] gets NULL).
** Returns how far to go on. */
static size_t unknown_act(Linker *l, const char *s, size_t n) {
	size_t w = 0, len = 0;
	while (w < n && s[w] != ' ' && s[w] != ',') w++;
	size_t start = lexlist_prefix(l->act_name_start, s, n, LEX_CASELESS, NULL);
	if (!start && !lexlist_suffix(l->act_name_end, s, w, LEX_CASELESS | LEX_NOBOUND, &len))
		return 1;
	if (l->n_amended < 8) {
		l->amended[l->n_amended] = NULL;
		l->amended_next[l->n_amended] = 0;
		l->amended_ver[l->n_amended++] = 0;
	}
	return start ? start : w;
}

/* The acts named in title[s..s+n) ("lov om X, lov om Y og ..."): an edge of
** kind from root to each (the version in force on date), but not to act itself. */
static void link_named_acts(Linker *l, long long root, const char *act, const char *kind,
                            const char *s, size_t n, const char *date) {
	for (size_t i = 0; i < n;) {
		const char *key = NULL;
		size_t m = (i == 0 || s[i - 1] == ' ') ? acts_match(l->acts, s + i, n - i, &key) : 0;
		if (m && key && strcmp(key, act)) {
			long long doc = resolve_version(l->rv, key, date);
			long long dst = doc ? read_doc_root(l->rd, doc) : 0;
			if (!strcmp(kind, "amends") && l->n_amended < 8) {   /* in title order */
				l->amended[l->n_amended] = key;   /* whole: a key cut short names no act */
				l->amended_next[l->n_amended] = read_version_after(l->rd, key, date);
				l->amended_ver[l->n_amended++] = doc;
			}
			char *raw = xstrndup(s + i, m);
			EdgeRow e = {.kind = kind, .src = root, .dst = dst, .t_act = key, .raw = raw};
			if (store_edge(l->store, &e) == LG_OK) l->stats->edges++;
			free(raw);
			i += m;
		} else if (!m && (i == 0 || s[i - 1] == ' ') && !strcmp(kind, "amends")) {
			i += unknown_act(l, s + i, n - i);
		} else i++;
	}
}

/* When the title amends one act only, s[0..n) after its lead, and the index does
** not know it: its name (without a trailing "\\n" or spaces) in amended_unknown. */
static void unknown_name(Linker *l, const char *s, size_t n) {
	l->amended_unknown[0] = 0;
	if (l->n_amended != 1 || l->amended[0] || l->amends_others) return;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\\' ||
	                 (n > 1 && s[n - 1] == 'n' && s[n - 2] == '\\')))
		n -= s[n - 1] == 'n' ? 2 : 1;
	if (n < ACT_KEY_MAX) snprintf(l->amended_unknown, sizeof l->amended_unknown, "%.*s", (int)n, s);
}

/* "Lov om ændring af lov om X, lov om Y og ..." amends X and Y; "Bekendtgørelse
** om ophævelse af bekendtgørelse om Z" repeals Z (title is lower-cased). The
** leads and the edges they make are the lexicon's title_lead. */
static void link_title(Linker *l, long long root, long long doc, const char *act,
                       const char *title, const char *date) {
	l->amending_doc = doc;
	l->n_amended = 0;
	l->amended_unknown[0] = 0;
	l->home_section[0] = 0;
	l->home_other[0] = 0;
	l->home_cursor = 0;
	l->home_past = 0;
	l->home_key = 0;
	const char *paren = strchr(title, '(');
	size_t tn = paren ? (size_t)(paren - title) : strlen(title);
	l->amends_others = lexlist_first(l->other_acts, title, tn, NULL) != NULL;
	for (int k = 0; k < l->title_lead->n; k++) {
		const LexEntry *lead = &l->title_lead->v[k];
		const char *p = find_lead(title, lead);
		if (!p || !*lead->value) continue;
		const char *s = p + lead->len + 1;
		const char *end = strchr(s, '(');
		size_t n = end ? (size_t)(end - s) : strlen(s);
		link_named_acts(l, root, act, lead->value, s, n, date);
		if (!strcmp(lead->value, "amends")) unknown_name(l, s, n);
	}
}

/* Whether the document named at text[s..e) is what the text repeals as a
** whole ("Bekendtgørelse nr. 2409 af 13. december 2021 om ... ophæves"), not
** where it repeals a provision ("I lovbekendtgørelse nr. 701 af 22. maj 2022
** ophæves § 53, stk. 4"): it does not stand after a word of the lexicon's
** repeal_location, and no § or stk. stands between it and the repeal word. */
static int repeals_whole(const Linker *l, const char *text, size_t s, size_t e) {
	size_t w = s;
	while (w > 0 && text[w - 1] == ' ') w--;
	size_t ws = w;
	while (ws > 0 && text[ws - 1] != ' ' && text[ws - 1] != '\n' && text[ws - 1] != '.') ws--;
	if (w > ws && lexlist_find(l->repeal_location, text + ws, w - ws, LEX_CASELESS) >= 0) return 0;
	const char *end = lexlist_first(l->repeal_word, text + e, strlen(text + e), NULL);
	if (!end) return 0;
	for (const char *p = text + e; p < end; p++)
		if ((p[0] == '\xc2' && (unsigned char)p[1] == 0xa7) || !strncmp(p, "stk.", 4)) return 0;
	return 1;
}

static void link_repeal_text(Linker *l, long long src, const char *text, size_t len) {
	if (!lexlist_first(l->repeal_word, text, len, NULL)) return;   /* "ophæves" */
	size_t off = 0;
	while (off < len && pcre2_match(l->repeal_re, (PCRE2_SPTR)text, len, off, 0, l->md, NULL) > 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(l->md);
		if (!repeals_whole(l, text, ov[0], ov[1])) {
			off = ov[1] > off ? ov[1] : off + 1;
			continue;
		}
		char *num = xstrndup(text + ov[2], ov[3] - ov[2]);
		char *year = xstrndup(text + ov[4], ov[5] - ov[4]);
		char *act = NULL;
		long long dst = read_numbered_root(l->rd, num, year, &act);
		if (dst) {
			char *raw = xstrndup(text + ov[0], ov[1] - ov[0]);
			EdgeRow e = {.kind = "repeals", .src = src, .dst = dst, .t_act = act, .raw = raw,
			             .start = (long long)ov[0], .end = (long long)ov[1]};
			if (store_edge(l->store, &e) == LG_OK) l->stats->edges++;
			free(raw);
		}
		free(act);
		free(num);
		free(year);
		off = ov[1] > off ? ov[1] : off + 1;
	}
}

/* How alike a text (the sorted hashes of its words, h[0..n)) is to provision
** id's text (0 when id is 0). */
static double alike_to(Linker *l, long long id, const uint64_t *h, int n) {
	char *other = id ? read_provision_text(l->rd, id) : NULL;
	double sim = other ? shared_words(h, n, other) : 0;
	free(other);
	return sim;
}

/* The key of a section's opening: its label and the first OPENING_BYTES bytes
** of its text after "§ N." (white space as one space); 0 when the text is too
** short to tell one section from another. */
#define OPENING_BYTES 60
static uint64_t opening_key(const char *section, const char *text) {
	const char *t = text;
	if (!strncmp(t, "§", 2)) {   /* past the label "§ 46 c." */
		const char *dot = strchr(t, '.');
		if (!dot || dot - t > 20) return 0;
		t = dot + 1;
	}
	uint64_t x = 1469598103934665603ULL;
	for (const char *c = section; *c; c++) x = (x ^ (unsigned char)*c) * 1099511628211ULL;
	x = (x ^ '|') * 1099511628211ULL;
	int n = 0, space = 1;
	for (; *t && n < OPENING_BYTES; t++) {
		int ws = *t == ' ' || *t == '\n' || *t == '\t';
		if (ws && space) continue;
		space = ws;
		x = (x ^ (unsigned char)(ws ? ' ' : *t)) * 1099511628211ULL;
		n++;
	}
	return n < OPENING_BYTES ? 0 : x;
}

static int opening_row(void *ctx, long long id, const char *section, const char *date,
                       const char *text) {
	Linker *l = ctx;
	uint64_t key = section && text && date ? opening_key(section, text) : 0;
	if (!key) return 0;
	if (l->n_openings % 4096 == 0)
		l->openings = xrealloc(l->openings, (size_t)(l->n_openings + 4096) * sizeof *l->openings);
	struct Opening *o = &l->openings[l->n_openings++];
	o->key = key;
	o->id = id;
	o->date = atoi(date) * 10000 + (strlen(date) >= 10 ? atoi(date + 5) * 100 + atoi(date + 8) : 0);
	return 0;
}

static int cmp_opening(const void *a, const void *b) {
	const struct Opening *x = a, *y = b;
	if (x->key != y->key) return (x->key > y->key) - (x->key < y->key);
	return (x->date > y->date) - (x->date < y->date);
}

/* The act of the first version dated after date whose section holds text as
** it opens (opening_key), not an act of the title (l->amended): in
** l->home_other and l->home_other_doc. Returns 1 when found. */
static int home_by_opening(Linker *l, const char *section, const char *text, const char *date) {
	if (!l->openings_read) {
		l->openings_read = 1;
		if (read_section_openings(l->rd, opening_row, l) == LG_OK && l->n_openings > 1)
			qsort(l->openings, (size_t)l->n_openings, sizeof *l->openings, cmp_opening);
	}
	uint64_t key = section && text && date ? opening_key(section, text) : 0;
	if (!key || !l->n_openings) return 0;
	int when = atoi(date) * 10000 + (strlen(date) >= 10 ? atoi(date + 5) * 100 + atoi(date + 8) : 0);
	size_t lo = 0, hi = (size_t)l->n_openings;
	while (lo < hi) {   /* the first of key dated on or after the amending act */
		size_t mid = (lo + hi) / 2;
		const struct Opening *o = &l->openings[mid];
		if (o->key < key || (o->key == key && o->date < when)) lo = mid + 1;
		else hi = mid;
	}
	for (size_t i = lo; i < (size_t)l->n_openings && l->openings[i].key == key; i++) {
		char *act = NULL;
		long long doc = 0;
		int named = 0;
		if (!read_provision_place(l->rd, l->openings[i].id, &act, &doc) || !act) {
			free(act);
			continue;
		}
		for (int k = 0; k < l->n_amended && !named; k++) named = l->amended[k] && !strcmp(l->amended[k], act);
		if (!named && strlen(act) < sizeof l->home_other) {
			snprintf(l->home_other, sizeof l->home_other, "%s", act);
			l->home_other_doc = doc;
			free(act);
			return 1;
		}
		free(act);
	}
	return 0;
}

/* The act (index into l->amended) the quoted new text of section `section`
** (text) of an amending act belongs to, or -1 for none of the acts named.
**
** The texts come in the order of the acts in the title (§ 1 of the amending
** act amends the first, § 2 the next ...), so a cursor moves through them: a
** section number lower than the one before starts the next act, and past the
** acts named, when the title names acts the index does not know or says "og
** forskellige andre love", come texts of acts not named. Of the acts from the
** cursor on that have the section in their version in force then, the one
** whose old section (or next version: a section re-enacted in place of a
** repealed one) shares most words with the text wins when it shares at least
** HOME_ALIKE (a new text is mostly the old one changed); so does an act that
** has no such section then but whose later version holds it with a text that
** alike (the section is inserted there); else the first of them that has the
** section; else (a new section) the act at the cursor.
**
** Certain: the title names one act only, or one act has the section and it is
** the one chosen, or the chosen act's old section is clearly the most alike. */
static int home_act(Linker *l, const char *section, const char *text, const char *date) {
	if (!l->n_amended) return -1;
	if (section && !strcmp(section, l->home_section)) return l->home;
	snprintf(l->home_section, sizeof l->home_section, "%s", section ? section : "");
	l->home_other[0] = 0;
	ReadPath path = {.section = section};
	double best = 0, second = 0;
	int alike = -1, nh = 0, holders = 0, holder = -1;
	int held[8] = {0};
	uint64_t *h = word_hashes(text ? text : "", &nh);   /* once, for every candidate */
	for (int i = 0; section && i < l->n_amended; i++) {
		long long id = l->amended_ver[i] ? read_find_in_doc(l->rd, l->amended_ver[i], &path) : 0;
		if (!id) {   /* inserted here? a later version holds the section with this text */
			double sim = l->amended[i] && date
			             ? alike_to(l, read_find_after(l->rd, l->amended[i], &path, date), h, nh) : 0;
			if (sim >= HOME_ALIKE && sim > best) {
				second = best;
				best = sim;
				alike = i;
			} else if (sim > second) second = sim;
			continue;
		}
		held[i] = 1;
		holders++;
		holder = i;
		double sim = alike_to(l, id, h, nh);
		if (sim < HOME_ALIKE && date) {
			double after = alike_to(l, read_find_after(l->rd, l->amended[i], &path, date), h, nh);
			if (after > sim) sim = after;
		}
		if (sim > best) {
			second = best;
			best = sim;
			alike = i;
		} else if (sim > second) second = sim;
	}
	free(h);
	long key = section ? ref_section_key(section) : 0;
	if (l->home_key && key < l->home_key && !l->home_past) {
		if (l->home_cursor + 1 < l->n_amended) l->home_cursor++;
		else if (l->amends_others) l->home_past = 1;
	}
	l->home_key = key;
	int clear = alike >= 0 && best >= HOME_ALIKE;
	int clearly = clear && best >= second + HOME_MARGIN;
	if (l->home_past && !clearly) {   /* an act the title does not name */
		home_by_opening(l, section, text, date);
		return l->home = -1;
	}
	int at = -1;   /* the first act from the cursor on that has the section */
	for (int i = l->home_cursor; i < l->n_amended && at < 0; i++)
		if (held[i]) at = i;
	/* no act named has it, nor will: when the title says it amends others too,
	** the act whose later version opens the section alike */
	if (!clear && at < 0 && l->amends_others && home_by_opening(l, section, text, date))
		return l->home = -1;
	l->home = clear ? alike : at >= 0 ? at : l->home_cursor;
	if (l->home > l->home_cursor) l->home_cursor = l->home;
	if (!l->amended[l->home]) return l->home = -1;     /* an act named the index does not know */
	l->home_alike = l->home == alike ? best : 0;
	/* inserted: the act's version then has no such section (unknown without one) */
	l->home_inserted = l->amended_ver[l->home] && !held[l->home];
	l->home_certain = (l->n_amended == 1 && !l->amends_others) ||
	                  (holders == 1 && holder == l->home) || clearly;
	return l->home;
}

/* Whether the section text t[0..n) of an amending act is its own commencement
** rule ("§ 3. Bekendtgørelsen træder i kraft den ..."), not a quoted new text. */
static int own_rule(const Linker *l, const char *t, size_t n) {
	size_t i = 0;
	if (n > 2 && !memcmp(t, "§", 2)) {   /* past the heading "§ 3." */
		const char *dot = memchr(t, '.', n < 16 ? n : 16);
		i = dot ? (size_t)(dot - t) + 1 : 0;
	}
	while (i < n && t[i] == ' ') i++;
	return i < n && lexlist_prefix(l->own_commencement, t + i, n - i, LEX_CASELESS, NULL) > 0;
}

/* One provision read back from the store: a document's title, or the
** citations and repeal texts in a provision's own text. */
/* Returns nonzero when the store failed for good (a full disk): linking stops. */
static int link_row(void *ctx, const LinkRow *p) {
	Linker *l = ctx;
	if (++l->rows % TICK_ROWS == 0 && l->tick) l->tick(l->tick_ctx, l->rows);
	if (p->doc != l->doc) {          /* a new document: the order before it is done */
		flush_pending(l);
		l->doc = p->doc;
		l->n_lead = 0;
		l->n_prior = 0;
		cite_parser_set_prior(l->cp, NULL, 0);
		l->amend.end = 0;
		free(l->doc_title);
		l->doc_title = p->title ? xstrdup(p->title) : NULL;
	}
	if (!strcmp(p->kind, "document")) {
		if (p->title && !p->is_letter) {
			char *low = xstrdup(p->title);
			for (char *c = low; *c; c++)
				if (*c >= 'A' && *c <= 'Z') *c += 32;
			link_title(l, p->id, p->doc, p->act, low, p->date);
			free(low);
		}
		return store_fatal(l->store);
	}
	DocKind kind = doc_kind(p->type);
	l->in_order = kind == DOC_BEK;
	l->in_act = doc_kind_is_act(kind);
	Context cx = {.act = p->is_letter ? NULL : p->act, .doc = p->doc, .date = p->date,
	              .section = p->section, .stk = p->stk, .nr = p->nr,
	              .quote = p->is_letter ? p->text : NULL};
	/* a subsection or item of a section that amends another act (amending_section) */
	l->in_amend = p->start >= l->amend.start && p->start < l->amend.end;
	if (l->in_amend) {
		cx.act = l->amend.act;
		cx.doc = l->amend.doc;
	}
	/* an amending act holds the quoted new texts of the acts it amends: what
	** they cite without naming an act is of the act amended, as amended (its
	** next version, which holds the new texts), else as it stood */
	int quoted = p->is_amending && p->doc == l->amending_doc && !own_rule(l, p->text, p->len);
	int h = quoted ? home_act(l, p->section, p->text, p->date) : -1;
	if (quoted && h < 0 && l->home_other[0]) {   /* of an act the title does not name */
		cx.act = l->home_other;
		cx.doc = l->home_other_doc;
		if (!strcmp(p->kind, "section") && p->section) {
			ChangeRow ch = {.src = p->id, .act = cx.act, .section = p->section, .certain = 1};
			if (store_change(l->store, &ch) == LG_OK) l->stats->changes++;
		}
	} else if (quoted && h < 0 && l->amended_unknown[0]) {   /* of an act not in the index */
		cx.act = l->amended_unknown;
		cx.doc = 0;
	} else if (h >= 0) {
		cx.act = l->amended[h];
		cx.doc = l->amended_next[h] ? l->amended_next[h] : l->amended_ver[h];
		if (!strcmp(p->kind, "section") && p->section) {   /* the timeline's later change */
			ChangeRow ch = {.src = p->id, .act = cx.act, .section = p->section,
			                .certain = l->home_certain, .inserted = l->home_inserted,
			                .alike = l->home_alike};
			if (store_change(l->store, &ch) == LG_OK) l->stats->changes++;
		}
	}
	link_provision(l, p->id, &cx, p->text, p->len, p->start, !strcmp(p->kind, "section"));
	if (!p->is_letter) link_repeal_text(l, p->id, p->text, p->len);
	return store_fatal(l->store);
}

/* The repeal pattern: a document named by number and date (the month as any
** word, so that a misspelt "11. decmber 2008" still names it). */
static const char REPEAL_PATTERN[] =
	"(?i)(?:{numbered_document})\\s+nr\\.\\s*(\\d+)\\s+af\\s+\\d{1,2}\\.\\s+\\w+\\s+(\\d{4})";

/* The lexicon's lists and the repeal pattern, compiled once with JIT. */
static int linker_words(Linker *l, const Lexicon *lex, char **err) {
	static const char *const NAMES[] = {"title_lead", "repeal_word", "repeal_location",
	                                    "order_subject_lead", "act_subject_lead", "other_acts",
	                                    "own_commencement", "act_name_start", "act_name_end",
	                                    "amending_section", "penalty_clause", NULL};
	const LexList *lists[11];
	if (lexicon_lists(lex, NAMES, lists, err) != LG_OK) return LG_ERROR;
	l->title_lead = lists[0];
	l->repeal_word = lists[1];
	l->repeal_location = lists[2];
	l->order_lead = lists[3];
	l->act_lead = lists[4];
	l->other_acts = lists[5];
	l->own_commencement = lists[6];
	l->act_name_start = lists[7];
	l->act_name_end = lists[8];
	l->amend_lead = lists[9];
	l->penalty = lists[10];
	char *pattern = lexicon_expand(lex, REPEAL_PATTERN, err);
	if (!pattern) return LG_ERROR;
	int ec;
	PCRE2_SIZE eo;
	l->repeal_re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	                             PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
	free(pattern);
	if (!l->repeal_re) {
		PCRE2_UCHAR msg[120];
		pcre2_get_error_message(ec, msg, sizeof msg);
		*err = xprintf("the linker's repeal pattern does not compile: %s", (char *)msg);
		return LG_ERROR;
	}
	pcre2_jit_compile(l->repeal_re, PCRE2_JIT_COMPLETE);
	l->md = pcre2_match_data_create_from_pattern(l->repeal_re, NULL);
	return LG_OK;
}

int link_all(Store *store, Reader *rd, const Acts *acts, const Lexicon *lex, IndexStats *stats,
             void (*tick)(void *ctx, long long linked), void *tick_ctx, char **err) {
	Linker l = {.store = store, .rd = rd, .acts = acts, .stats = stats, .tick = tick,
	            .tick_ctx = tick_ctx};
	carry_init(&l.carry, acts);
	int rc = LG_ERROR;
	l.cp = cite_parser_new(acts, lex, err);
	if (!l.cp || linker_words(&l, lex, err) != LG_OK) goto done;
	l.rv = resolver_new(rd, acts);
	int ok = read_link_provisions(rd, link_row, &l) == LG_OK;
	flush_pending(&l);
	if (ok) ok = read_link_quotes(rd, link_quote, &l) == LG_OK;
	if (!ok || store_fatal(store)) {
		*err = store_fatal(store) ? xstrdup(store_errmsg(store))
		                          : xprintf("cannot read the provisions back: %s", reader_errmsg(rd));
		goto done;
	}
	rc = LG_OK;
done:
	free(l.pending);
	free(l.openings);
	free(l.doc_title);
	pcre2_match_data_free(l.md);
	pcre2_code_free(l.repeal_re);
	resolver_free(l.rv);
	cite_parser_free(l.cp);
	return rc;
}
