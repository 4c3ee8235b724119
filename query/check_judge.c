/*
** check_judge.c -- judging one quotation or citation: the provision it names,
** read in the version of its act in force on the document's date; whether it
** exists there (or is repealed, or is of a document the corpus lacks); for a
** quotation, whether its words are the provision's (and stand in the sentence
** it names), and where they stand when they are not. What is found is recorded
** as the result's status, differences and notes (records; shell/ words them).
*/
#include "check_int.h"
#include "kind.h"
#include "ref.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

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

/* A note of kind k naming ref and (a copy of) version v. */
static CheckNote *note_ref(CheckResult *x, CheckNoteKind k, const char *ref, const CheckVersion *v,
                           int only) {
	CheckNote *n = only ? check_note_only(x, k) : check_note_add(x, k);
	n->ref = xstrdup(ref);
	if (v) check_version_copy(&n->version, v);
	return n;
}

/* The quotation's words are not in the provision cited (skip, or 0): says
** where they stand. */
static void look_elsewhere(Checker *c, CheckResult *x, const Toks *q, const char *date,
                           long long skip) {
	Align a;
	long long id = check_locate(c, q, 0, date, &a);
	if (id && id != skip) {
		Item it = {0};
		graph_item(c->g, id, &it);
		x->found_in = xstrdup(it.ref);
		long long doc = 0;
		free(check_prov_text(c, id, NULL, &doc));
		check_version_of(c, doc, date, &x->found_version);
		item_clear(&it);
		CheckNote *n = note_ref(x, NOTE_FOUND_ELSEWHERE, x->found_in, &x->found_version, 0);
		n->diffs = a.diffs;   /* the differences there */
		n->n_diffs = a.n_diffs;
		a.diffs = NULL;
		a.n_diffs = 0;
	}
	align_clear(&a);
}

/* Compares the quotation with provision id and sets x's status and diffs.
** Returns 0 when its words mostly do not stand there. */
static int compare(Checker *c, CheckResult *x, const Toks *q, long long id) {
	char *text = check_prov_text(c, id, NULL, NULL);
	if (!text) return 0;
	Align a;
	align_text(q, text, &c->words, &a);
	int ok = a.ok && align_share(&a) >= MIN_SHARE;
	x->quote_words = a.quote_words;
	x->matched_words = a.matched;
	if (!a.ok) {
		x->status = CHECK_NOT_FOUND;
		check_note_only(x, NOTE_TOO_LONG);
	} else if (ok) {
		x->status = a.n_diffs ? CHECK_DIFFERS : CHECK_MATCH;
		x->diffs = a.diffs;
		x->n_diffs = a.n_diffs;
		a.diffs = NULL;
		a.n_diffs = 0;
	}
	align_clear(&a);
	free(text);
	return ok;
}

/* Adds what a repeal of the whole act means to x: a finding when it is in
** force on the date, a note when it comes later. */
static void note_act_repeal(Checker *c, CheckResult *x, const char *act, long long ver,
                            const char *date) {
	Repeal rp;
	int rep = check_act_repealed(c, act, ver, date, &rp);
	if (rep) {
		CheckNoteKind k = rep == 2                     ? NOTE_REPEALED_LATER
		                  : x->status == CHECK_MATCH   ? NOTE_ACT_REPEALED_MATCHES
		                  : x->status == CHECK_DIFFERS ? NOTE_ACT_REPEALED_DIFFERS
		                                               : NOTE_ACT_REPEALED;
		CheckNote *n = check_note_first(x, k);
		check_version_copy(&n->version, &x->cw);
		n->other = rp.by;
		rp.by = (CheckVersion){0};
		n->date = xstrdup(rp.from);
		n->ref = rp.keeps;
		rp.keeps = NULL;
		if (rep == 1) {
			x->cw.in_force = 0;
			if (x->status == CHECK_MATCH || x->status == CHECK_DIFFERS || x->status == CHECK_CITED)
				x->status = CHECK_NOT_FOUND;
		}
	}
	check_repeal_clear(&rp);
}

/* The "punktum" (sentence, 1-based) of a provision's text that byte at
** stands in: sentences end at ". " before a capital letter, except after an
** abbreviation that never ends one ("jf. LAB"; "m.v." and "kr." often do);
** "1) ... . 2) ..." items stay in their sentence. */
static int pkt_at(const Checker *c, const char *t, size_t at) {
	int pkt = 1;
	for (size_t i = 0; i < at && t[i]; i++) {
		if (t[i] != '.' || t[i + 1] != ' ') continue;
		unsigned char ch = (unsigned char)t[i + 2];
		int upper = (ch >= 'A' && ch <= 'Z') ||
		            (ch == 0xC3 && (unsigned char)t[i + 3] >= 0x80 && (unsigned char)t[i + 3] <= 0x9E);
		if (!upper) continue;
		size_t w = i;
		while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '(') w--;
		int k = lexlist_find(c->abbreviation, t + w, i - w, LEX_CASELESS);
		if (k < 0 || strcmp(c->abbreviation->v[k].value, "inside")) pkt++;
	}
	return pkt;
}

/* 1 when text has a subsection heading (" Stk. "): a section with subsections. */
static int has_subsections(const Checker *c, const char *text) {
	const LexList *l = c->words.subsection_heading;
	size_t n = strlen(text);
	for (int i = 0; l && i < l->n; i++) {
		size_t wn = l->v[i].len;
		for (const char *p = text; (p = memmem(p, n - (size_t)(p - text), l->v[i].word, wn)) != NULL;
		     p++)
			if (p > text && p[-1] == ' ' && p[wn] == '.' && p[wn + 1] == ' ') return 1;
	}
	return 0;
}

void check_pkt(Checker *c, CheckResult *x, const Toks *q, int pkt) {
	if (!pkt || !x->it.id || (x->status != CHECK_MATCH && x->status != CHECK_DIFFERS)) return;
	char *text = check_prov_text(c, x->it.id, NULL, NULL);
	if (!text) return;
	if (has_subsections(c, text)) {   /* "N. pkt." of which? */
		free(text);
		return;
	}
	Align a;
	align_text(q, text, &c->words, &a);
	if (a.ok && a.law_e) {
		int p0 = pkt_at(c, text, a.law_s), p1 = pkt_at(c, text, a.law_e - 1);
		if (pkt < p0 || pkt > p1) {
			x->status = CHECK_NOT_FOUND;
			CheckNote *n = note_ref(x, NOTE_NOT_IN_PKT, x->it.ref, NULL, 1);
			n->pkt = pkt;
			n->pkt_from = p0;
			n->pkt_to = p1;
			free(x->found_in);
			x->found_in = p0 == p1 ? xprintf("%s, %d. pkt.", x->it.ref, p0)
			                       : xprintf("%s, %d.-%d. pkt.", x->it.ref, p0, p1);
			check_version_clear(&x->found_version);
			check_version_copy(&x->found_version, &x->cw);
		}
	}
	align_clear(&a);
	free(text);
}

/* A document named by a number ("bekendtgørelse nr. 2409 af 13. december 2022")
** that the corpus holds with another date: notes it. */
static void note_same_number(Checker *c, CheckResult *x, const char *name) {
	const char *nr = NULL;
	for (const char *p = strchr(name, ' '); p && !nr; p = strchr(p + 1, ' ')) {
		size_t k = lexlist_prefix(c->number_label, p + 1, strlen(p + 1), LEX_EXACT, NULL);
		if (k && p[1 + k] == ' ') nr = p + 1 + k + 1;
	}
	if (!nr) return;
	char num[16];   /* the number's first 15 digits */
	size_t k = 0;
	for (const char *p = nr; *p >= '0' && *p <= '9' && k + 1 < sizeof num; p++) num[k++] = *p;
	num[k] = 0;
	if (!k) return;
	long long doc = read_check_by_number(c->rd, num);
	if (doc) check_version_of(c, doc, NULL, &check_note_add(x, NOTE_CORPUS_HAS)->version);
}

/* A citation of a document the corpus does not hold (or of a part of one). */
static void judge_not_in_corpus(Checker *c, CheckResult *x, const Target *t, int known,
                                const Toks *q) {
	const Acts *acts = graph_acts(c->g);
	named_item(c, &x->it, t);
	x->status = CHECK_NOT_IN_CORPUS;
	CheckNote *n = check_note_only(x, NOTE_NOT_IN_CORPUS);
	const char *name = known ? acts_title(acts, t->act) : t->act;
	n->text = xstrdup(name);
	n->quoted = q != NULL;
	if (!known) note_same_number(c, x, t->act);
}

/* "Det fremgår af lov om X, at ...": where in X (version ver)? */
static void judge_act_quote(Checker *c, CheckResult *x, const Target *t, const Toks *q,
                            long long ver, const char *date) {
	Align a;
	long long id = check_locate(c, q, ver, date, &a);
	align_clear(&a);
	if (id) {
		graph_item(c->g, id, &x->it);
		if (!compare(c, x, q, id)) x->status = CHECK_NOT_FOUND;
		note_ref(x, NOTE_IN_ACT_AT, x->it.ref, NULL, 1);
	} else {
		named_item(c, &x->it, t);
		x->status = CHECK_NOT_FOUND;
		note_ref(x, NOTE_NOT_IN_VERSION, NULL, &x->cw, 1);
		look_elsewhere(c, x, q, date, 0);
	}
}

/* The provision cited is not in version ver (id == 0), or is repealed there. */
static void judge_missing(Checker *c, CheckResult *x, const Target *t, CiteKind kind,
                          const Toks *q, long long ver, long long id, int repealed,
                          const char *date) {
	if (id) graph_item(c->g, id, &x->it);
	else named_item(c, &x->it, t);
	x->status = CHECK_NOT_FOUND;
	int sec_repealed = 0;
	if (!id && kind == CITE_SECTION && (t->stk || t->nr[0]))
		check_find_in(c, ver, t->section, 0, NULL, &sec_repealed);
	if (repealed) note_ref(x, NOTE_REPEALED, x->it.ref, &x->cw, 1);
	else if (sec_repealed) note_ref(x, NOTE_SECTION_REPEALED, t->section, &x->cw, 1);
	else note_ref(x, NOTE_NO_PROVISION, x->it.ref, &x->cw, 1);
	if (!q && t->dst && t->dst != id) {
		Item other = {0};
		if (graph_item(c->g, t->dst, &other) == LG_OK && !other.repealed) {
			CheckVersion *v = &check_note_add(x, NOTE_STANDS_IN)->version;
			v->type = xstrdup(other.version_type);
			v->number = xstrdup(other.version_number);
			v->date = xstrdup(other.version_date);
		}
		item_clear(&other);
	}
	if (q) look_elsewhere(c, x, q, date, 0);
}

/* The provision cited (id) exists in version ver. */
/* A provision an amending act issued by the date gives new wording (not yet
** consolidated): a quotation that differs from the version in force but
** matches the new wording is a match with it; else the change is said. */
static void later_wording(Checker *c, CheckResult *x, const Toks *q, long long id,
                          const char *date) {
	TlState st;
	timeline_state(graph_timeline(c->g), id, date, &st);
	const TlChange *said = NULL;   /* the change the note names */
	CheckNote *n = NULL;
	for (int i = 0; i < st.n_changes && !n; i++) {
		const TlChange *ch = &st.changes[i];
		if (!ch->text || x->status == CHECK_MATCH) continue;
		Align a;
		align_text(q, ch->text, &c->words, &a);
		int matches = a.ok && align_share(&a) >= MIN_SHARE && !a.n_diffs;
		align_clear(&a);
		if (!matches) continue;
		x->status = CHECK_MATCH;
		diffs_free(x->diffs, x->n_diffs);
		x->diffs = NULL;
		x->n_diffs = 0;
		free(x->found_in);   /* where else the words stand no longer matters */
		x->found_in = NULL;
		check_version_clear(&x->found_version);
		n = check_note_only(x, NOTE_MATCHES_CHANGE);
		said = ch;
	}
	if (!n && st.n_changes && st.changes[st.n_changes - 1].text) {
		said = &st.changes[st.n_changes - 1];
		n = check_note_add(x, NOTE_CHANGED_LATER);
	}
	if (n) {
		n->version = (CheckVersion){xstrdup(said->by.name), xstrdup(said->by.type),
		                            xstrdup(said->by.number), xstrdup(said->by.date),
		                            xstrdup(said->by.title), 1};
		if (n->kind == NOTE_MATCHES_CHANGE) {   /* compared with the new wording */
			n->other = x->cw;
			check_version_copy(&x->cw, &n->version);
		}
	}
	tl_state_clear(&st);
}

static void judge_found(Checker *c, CheckResult *x, CiteKind kind, const Toks *q, long long ver,
                        long long id, const char *date) {
	graph_item(c->g, id, &x->it);
	if (!q || kind != CITE_SECTION) {
		x->status = CHECK_CITED;
		if (!q) return;
		Align a;
		long long at = check_locate(c, q, ver, date, &a);
		align_clear(&a);
		if (at && compare(c, x, q, at)) {
			item_clear(&x->it);
			graph_item(c->g, at, &x->it);
		} else {
			x->status = CHECK_NOT_FOUND;
			note_ref(x, NOTE_NOT_IN_VERSION, NULL, &x->cw, 1);
		}
	} else if (!compare(c, x, q, id) && x->status != CHECK_NOT_FOUND) {
		x->status = CHECK_NOT_FOUND;
		CheckNote *n = note_ref(x, NOTE_NOT_IN_PROVISION, x->it.ref, NULL, 1);
		n->matched = x->matched_words;
		n->words = x->quote_words;
		look_elsewhere(c, x, q, date, id);
		later_wording(c, x, q, id, date);
	} else {
		later_wording(c, x, q, id, date);
	}
}

/* "lovbekendtgørelse nr. 701 af 22. maj 2022": the version the citation names
** when it is another than the one in force on the date (ver, which the
** quotation is compared with); 0 when none. */
static long long named_version(Checker *c, const Target *t, long long ver) {
	long long named = 0;
	if (t->dst) free(check_prov_text(c, t->dst, NULL, &named));
	return named && named != ver ? named : 0;
}

void check_judge(Checker *c, CheckResult *x, const Target *t, CiteKind kind, const Toks *q,
                 const char *date) {
	const Acts *acts = graph_acts(c->g);
	const char *act = t->act;
	int known = act[0] && acts_known(acts, act);
	long long ver = known ? resolve_version(graph_resolver(c->g), act, date) : 0;
	if (!act[0]) {
		named_item(c, &x->it, t);
		x->status = CHECK_NOT_FOUND;
		check_note_only(x, NOTE_NO_ACT);
		return;
	}
	if (!known || doc_kind_is_guideline(doc_kind(acts_kind(acts, act))) || !ver ||
	    kind == CITE_PART) {
		judge_not_in_corpus(c, x, t, known, q);
		return;
	}
	check_version_of(c, ver, date, &x->cw);
	long long named = named_version(c, t, ver);
	long long id = 0;
	int repealed = 0;
	if (kind == CITE_SECTION) id = check_find_in(c, ver, t->section, t->stk, t->nr, &repealed);
	else if (kind == CITE_CHAPTER) id = read_chapter(c->rd, ver, t->chapter);
	if (kind == CITE_ACT && q) judge_act_quote(c, x, t, q, ver, date);
	else if (!id || repealed) judge_missing(c, x, t, kind, q, ver, id, repealed, date);
	else judge_found(c, x, kind, q, ver, id, date);
	note_act_repeal(c, x, act, ver, date);
	if (named) {
		CheckNote *n = check_note_add(x, NOTE_NAMES_VERSION);
		check_version_of(c, named, date, &n->version);
		n->date = xstrdup(date);
		check_version_copy(&n->other, &x->cw);
	}
}
