/*
** check_restated.c -- "restated": a paragraph of an answer that says, in its own
** words and without citing it, what a provision in force on the date says. The
** provisions that rank highest (BM25 of the text) for a paragraph's rare words
** are compared with it stem by stem; the best that the document does not cite or
** quote (by section, anywhere in it) and that shares enough distinctive words
** with the paragraph is reported, with the words they share.
**
** Enough (precision before recall: a paragraph that only names a topic is no
** restatement): at least RESTATED_MIN shared content words (stems; no stop
** words, numbers or words shorter than 3 letters), covering at least
** RESTATED_SHARE of the paragraph's content words and RESTATED_LAW_SHARE of
** the provision's (a long rule is not restated by a sentence naming its
** subject; a section by what one of its subsections says), of which at least
** RESTATED_RARE are rare in the law (in at most RESTATED_RARE_SHARE of the
** indexed provisions). A topic named in passing shares a word or three with
** a provision; a rule restated shares its conditions and exceptions. Words in
** the paragraph's quotations and citations (an act's title) do not count. When
** the provision that shares most is one the document cites, the paragraph
** restates nothing uncited (a rule and the order that carries it out say the
** same).
*/
#include "check_int.h"
#include "danish.h"
#include "kind.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

#define RESTATED_MIN 7             /* shared content words, at least */
#define RESTATED_SHARE 0.4         /* of the paragraph's content words, at least */
#define RESTATED_LAW_SHARE 0.2     /* of the provision's content words, at least */
#define RESTATED_RARE 3            /* shared words that are rare in the law, at least */
#define RESTATED_RARE_SHARE 0.01   /* rare: in at most this share of the provisions */
#define RESTATED_COMPARED 128      /* the best-ranked rules compared with a paragraph, at most */
#define RESTATED_CANDIDATES 256    /* the best matches of its rare words read, of any version */
#define RESTATED_MATCHES 8000      /* matches of the rare words searched for, about */

/* A text's content words: their stems, once each, in the text's order, with the
** word as first written. */
typedef struct Words {
	char **stem, **word;
	int n, cap;
	const Checker *c;
	const Doc *d;          /* when set, words inside d's quotations are left out */
	size_t base;           /* the text's offset in d->text */
	const Cite *cites;     /* ... and words inside these citations (spans in the text):
	                          an act's title ("bekendtgørelse om ret til samtale ...") is
	                          no restatement */
	int n_cites;
} Words;

static int words_has(const Words *w, const char *stem) {
	for (int i = 0; i < w->n; i++)
		if (!strcmp(w->stem[i], stem)) return 1;
	return 0;
}

static int in_quotation(const Doc *d, size_t at) {
	for (int q = 0; q < d->n_quotes; q++)
		if (at >= d->quotes[q].start && at < d->quotes[q].end) return 1;
	return 0;
}

static int add_word(void *ctx, const char *s, size_t n, size_t start, size_t end) {
	(void)end;
	Words *w = ctx;
	if (n < 3 || (s[0] >= '0' && s[0] <= '9')) return 0;
	if (w->d && in_quotation(w->d, w->base + start)) return 0;
	for (int i = 0; i < w->n_cites; i++)
		if (start >= w->cites[i].start && start < w->cites[i].end) return 0;
	char *word = xstrndup(s, n);
	if (stopwords_has(w->c->stop, word)) {
		free(word);
		return 0;
	}
	size_t sn = 0;
	int cut = 0;
	const char *st = stemmer_stem_cut(w->c->stem, word, n, &sn, &cut);
	char *stem = xstrndup(st, sn);
	if (words_has(w, stem)) {
		free(stem);
		free(word);
		return 0;
	}
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 32;
		w->stem = xrealloc(w->stem, (size_t)w->cap * sizeof *w->stem);
		w->word = xrealloc(w->word, (size_t)w->cap * sizeof *w->word);
	}
	w->stem[w->n] = stem;
	w->word[w->n++] = word;
	return 0;
}

static void words_free(Words *w) {
	for (int i = 0; i < w->n; i++) {
		free(w->stem[i]);
		free(w->word[i]);
	}
	free(w->stem);
	free(w->word);
}

static int same_section(const Item *o, const Item *it) {
	return o->doc && it->doc && !strcmp(o->doc, it->doc) && o->section && it->section &&
	       !strcmp(o->section, it->section);
}

/* Whether the document (or one before it in the same file) cites or quotes
** its section, or mentions it inside a quotation. */
static int cited(const CheckReport *r, const Item *it, const Mentions *m) {
	for (int j = 0; j < r->n; j++) {
		const CheckResult *x = &r->v[j];
		if (x->status == CHECK_NOT_MENTIONED || x->status == CHECK_RESTATED) continue;
		if (same_section(&x->it, it)) return 1;
		if (x->found_in && it->ref && !strncmp(x->found_in, it->ref, strlen(it->ref))) return 1;
	}
	return check_mentioned(m, it->doc, it->section);
}

/* Whether the paragraph's words p hold those of an act's title t after its
** first (the kind: "bekendtgørelse", "lov"), in t's order: the paragraph names
** the act by its title ("bekendtgørelse nr. 2409 af 13. december 2021 om ret til
** samtale med sundhedskoordinator og koordinerende sagsbehandler ..."). */
static int names_title(const Words *p, const Words *t) {
	if (t->n < 2) return 0;
	int j = 1;
	for (int i = 0; i < p->n && j < t->n; i++)
		if (!strcmp(p->stem[i], t->stem[j])) j++;
	return j == t->n;
}

/* The paragraph's words the provision's text shares (*shared, in the
** paragraph's order: 1 each), how many, how many of them are rare, and how
** many content words the provision has (*law_n). When the paragraph names the
** provision's act by its title (title, or NULL; see names_title()), the title's
** words are not shared: naming an act does not restate the section that echoes
** its title (a citation's own words are left out, but not a title after
** "bekendtgørelse nr. 2409 af 13. december 2021"). */
static int overlap(Checker *c, const Words *p, const unsigned char *is_rare, const char *text,
                   const char *title, unsigned char *shared, int *rare, int *law_n) {
	Words l = {.c = c}, tw = {.c = c};
	danish_words(text, strlen(text), add_word, &l);
	if (title) danish_words(title, strlen(title), add_word, &tw);
	if (!names_title(p, &tw)) {   /* not named by its title: its words count */
		words_free(&tw);
		tw = (Words){.c = c};
	}
	*law_n = l.n;
	int n = 0;
	*rare = 0;
	for (int i = 0; i < p->n; i++) {
		shared[i] = (unsigned char)(words_has(&l, p->stem[i]) && !words_has(&tw, p->stem[i]));
		if (!shared[i]) continue;
		n++;
		*rare += is_rare[i];
	}
	words_free(&l);
	words_free(&tw);
	return n;
}

/* A rare word of a paragraph and how many provisions hold it. */
typedef struct Rare {
	const char *word;
	double df;
} Rare;

static int by_df(const void *a, const void *b) {
	const Rare *x = a, *y = b;
	return x->df < y->df ? -1 : x->df > y->df;
}

/* p's rare words (in at most RESTATED_RARE_SHARE of the provisions): marked in
** is_rare, how many in *n_rare; the rarest of them joined, the question to rank
** provisions for. A provision must share RESTATED_RARE of the rare words, so it
** holds one of any n_rare - RESTATED_RARE + 1 of those the law holds at all:
** the rarest that many select every candidate. Of those, the rarest are asked for while their
** matches stay few (RESTATED_MATCHES, the two rarest in any case): a search of
** every rare word of a paragraph over all of Danish law ranks tens of
** thousands of provisions, and the rarest words select best. The idf of each
** word asked for into idf (the search need not count its matches again). */
static char *question_of(Checker *c, const Words *p, unsigned char *is_rare, int *n_rare,
                         double *idf) {
	double all = read_searchable_count(c->rd);
	Rare *v = xmalloc((size_t)(p->n + 1) * sizeof *v);
	*n_rare = 0;
	for (int i = 0; i < p->n; i++) {   /* each word's rarity, looked up once */
		double df = all > 0 ? read_term_df(c->rd, p->stem[i], 0) : 0;
		is_rare[i] = all > 0 && df <= RESTATED_RARE_SHARE * all;
		if (is_rare[i]) v[(*n_rare)++] = (Rare){p->word[i], df};
	}
	qsort(v, (size_t)*n_rare, sizeof *v, by_df);
	int none = 0;   /* words no provision holds: no provision shares them */
	while (none < *n_rare && v[none].df == 0) none++;
	Buf b = BUF_INIT;
	double matches = 0;
	int enough = *n_rare - none - RESTATED_RARE + 1, asked = 0;
	for (int i = none; i < *n_rare && asked < enough; i++, asked++) {
		if (asked >= 2 && matches + v[i].df > RESTATED_MATCHES) break;
		matches += v[i].df;
		idf[asked] = text_rank_idf(all, v[i].df);   /* the idf of q's asked-th word */
		if (b.n) buf_putc(&b, ' ');
		buf_puts(&b, v[i].word);
	}
	free(v);
	return b.s ? buf_take(&b) : xstrdup("");
}

/* Paragraph k of d: the best provision it restates, added to r. */
static void restated_paragraph(Checker *c, CheckReport *r, CheckDoc *cd, const Doc *d, int k,
                               const Mentions *m, const CheckActs *named) {
	const Node *n = &d->nodes[k];
	Cite *cs = NULL;
	int nc = cite_extract(graph_cites(c->g), d->text + n->start, n->end - n->start, &cs);
	Words p = {.c = c, .d = d, .base = n->start, .cites = cs, .n_cites = nc};
	danish_words(d->text + n->start, n->end - n->start, add_word, &p);
	if (p.n < RESTATED_MIN) {
		free(cs);
		words_free(&p);
		return;
	}
	int n_rare = 0;
	unsigned char *is_rare = xcalloc((size_t)p.n, 1);
	double *idf = xcalloc((size_t)p.n + 1, sizeof *idf);
	char *q = question_of(c, &p, is_rare, &n_rare, idf);
	if (n_rare < RESTATED_RARE || !q[0]) {   /* no provision can share enough rare words */
		free(cs);
		free(idf);
		free(is_rare);
		free(q);
		words_free(&p);
		return;
	}
	/* the provisions that hold the rare words, best first (BM25 of the text),
	 * the first RESTATED_RANK rules in force on the date compared */
	Buf fts = BUF_INIT;
	buf_puts(&fts, "text : (");
	for (const char *w = q; *w;) {
		size_t len = strcspn(w, " ");
		buf_printf(&fts, "%s\"%.*s\"", fts.n > 8 ? " OR " : "", (int)len, w);
		w += len;
		while (*w == ' ') w++;
	}
	buf_putc(&fts, ')');
	ReadCand *cand = NULL;
	int asked = 0;
	for (const char *w = q; *w; w++) asked += *w == ' ';
	TextRankArgs args = {asked + 1, NULL, idf};
	int ncand = read_fts_candidates(c->rd, fts.s, &args, RESTATED_CANDIDATES, 0, NULL, &cand);
	buf_free(&fts);
	unsigned char *shared = xcalloc((size_t)p.n, 1), *best_shared = xcalloc((size_t)p.n, 1);
	int best_n = 0, best_rare = 0, compared = 0;
	Item best = {0};
	for (int i = 0; i < ncand && compared < RESTATED_COMPARED; i++) {
		const ReadCand *x = &cand[i];
		if (!x->in_corpus || x->is_letter || x->is_amending || !x->kind || !x->act ||
		    !check_acts_has(named, x->act) ||
		    (strcmp(x->kind, "section") && strcmp(x->kind, "stk") && strcmp(x->kind, "nr")))
			continue;
		compared++;
		char *text = check_prov_text(c, x->id, NULL, NULL);
		if (!text) continue;
		const char *title = acts_title(graph_acts(c->g), x->act);
		int rare = 0, law_n = 0, sh = overlap(c, &p, is_rare, text, title, shared, &rare, &law_n);
		free(text);
		/* the most words shared; of as many, the rarer; then the better ranked */
		if (sh < RESTATED_MIN || rare < RESTATED_RARE || sh < RESTATED_SHARE * p.n ||
		    sh < RESTATED_LAW_SHARE * law_n || sh < best_n || (sh == best_n && rare <= best_rare))
			continue;
		TlState st;
		timeline_state(graph_timeline(c->g), x->id, cd->date, &st);
		int in_force = st.status == TL_IN_FORCE || st.status == TL_CHANGED ||
		               st.status == TL_MAYBE_CHANGED;
		tl_state_clear(&st);
		Item it = {0};
		if (!in_force || graph_item(c->g, x->id, &it) != LG_OK) {
			item_clear(&it);
			continue;
		}
		item_clear(&best);
		best = it;
		best_n = sh;
		best_rare = rare;
		memcpy(best_shared, shared, (size_t)p.n);
	}
	for (int i = 0; i < ncand; i++) read_cand_clear(&cand[i]);
	free(cand);
	/* the provision the paragraph restates best is cited: it is no restatement of
	** another that says the same (a rule and the order that carries it out) */
	if (best_n && cited(r, &best, m)) {
		item_clear(&best);
		best_n = 0;
	}
	if (best_n) {
		CheckResult *x = check_add_result(r, cd, CHECK_RESTATED);
		x->it = best;
		memset(&best, 0, sizeof best);
		x->pos = n->start;
		check_place_of(d, k, &x->at);
		x->overlap = xcalloc((size_t)best_n, sizeof *x->overlap);
		for (int i = 0; i < p.n; i++)
			if (best_shared[i]) x->overlap[x->n_overlap++] = xstrdup(p.word[i]);
		x->cw.document = xstrdup(x->it.version);
		x->cw.type = xstrdup(x->it.version_type);
		x->cw.number = xstrdup(x->it.version_number);
		x->cw.date = xstrdup(x->it.version_date);
		x->cw.title = xstrdup(x->it.version_title);
		x->cw.in_force = 1;
		x->it.via = xstrdup("restates");
	}
	free(shared);
	free(best_shared);
	free(is_rare);
	free(idf);
	item_clear(&best);
	free(q);
	free(cs);
	words_free(&p);
}

void check_restated(Checker *c, CheckReport *r, CheckDoc *cd, const Doc *d, const Mentions *m,
                    const CheckActs *named) {
	if (!c->asker || !c->stop || !c->stem || named->n == 0) return;
	int answer = 0;
	for (int k = 1; k < d->n_nodes && !answer; k++) answer = d->nodes[k].kind == NODE_ANSWER;
	for (int k = 1; k < d->n_nodes; k++) {
		if (d->nodes[k].kind != NODE_PARA) continue;
		CheckPart part = check_part_of(d, k);
		/* an answer's own words: not its question, not the letterhead before it */
		if (part == PART_QUESTION || (answer && part != PART_ANSWER)) continue;
		int before = r->n;
		restated_paragraph(c, r, cd, d, k, m, named);
		if (r->n > before) r->v[before].part = part;
	}
}
