/*
** check.c -- the Checker and one run of it (see check.h): what the argument
** names is read (check_input.c), parsed into its documents with letter_parse,
** and each document is checked on its date (check_walk.c).
*/
#include "check_int.h"
#include "letter.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

Checker *checker_new(Graph *g, const char *corpus_dir, char **err) {
	Checker *c = xcalloc(1, sizeof *c);
	c->g = g;
	static const char *const NAMES[] = {
		"subsection_heading", "quote_lead", "abbreviation", "salutation", "closing",
		"answer_label", "question_intro", "question_formula", "number_label", "draft_marker",
		"amending_title", NULL};
	const LexList *l[sizeof NAMES / sizeof *NAMES];
	if (lexicon_lists(graph_lexicon(g), NAMES, l, err) != LG_OK) {
		checker_free(c);
		return NULL;
	}
	c->words = (WordLists){l[0], l[1]};
	c->abbreviation = l[2];
	c->salutation = l[3];
	c->closing = l[4];
	c->answer_label = l[5];
	c->question_intro = l[6];
	c->question_formula = l[7];
	c->number_label = l[8];
	c->draft_marker = l[9];
	c->amending_title = l[10];
	c->rd = graph_reader(g);     /* shared, owned by the Graph */
	if (!(c->lp = letter_parser_new(graph_lexicon(g), err))) {
		checker_free(c);
		return NULL;
	}
	/* without the thesaurus, "not mentioned" is left out; the check itself works */
	c->asker = asker_new(g, corpus_dir, &c->ask_err);
	/* nor without the stop words or the stemmer, "restated" */
	c->stop = stopwords_load(corpus_dir, NULL);
	c->stem = stemmer_new();
	return c;
}

void checker_restated(Checker *c, int on) { c->restated = on; }

void checker_watch(Checker *c, int (*cancelled)(void *ctx), void *ctx) {
	c->cancelled = cancelled;
	c->cancel_ctx = ctx;
}

void checker_free(Checker *c) {
	if (!c) return;
	asker_free(c->asker);
	stopwords_free(c->stop);
	stemmer_free(c->stem);
	letter_parser_free(c->lp);
	free(c->ask_err);
	free(c);
}

/* The date document d is read on, and where it comes from, into cd. */
static void doc_date(Checker *c, CheckDoc *cd, const Doc *d, const char *as_of, const char *path) {
	if (as_of) {
		cd->date = xstrdup(as_of);
		cd->date_from = DATE_FROM_OPTION;
	} else if (d->date) {
		cd->date = xstrdup(d->date);
		if (d->date_asked) cd->date_from = DATE_FROM_QUESTION;
		if (d->date_month) {
			cd->date_from = DATE_FROM_MONTH;
			cd->date_month = xstrdup(d->date_month);
		}
	} else if ((cd->date = check_indexed_date(c, d->name, path)) != NULL) {
		cd->date_from = DATE_FROM_INDEX;
	} else {
		cd->date = xstrdup(graph_today(c->g));
		cd->date_from = DATE_FROM_TODAY;
	}
}

/* Checks the documents of the input (only the one it names, if any) into a new
** report; NULL and *err when the input no longer holds the document named. */
static CheckReport *check_docs(Checker *c, const char *arg, const CheckInput *in, Doc **docs,
                               int nd, const char *as_of, char **err) {
	CheckReport *r = xcalloc(1, sizeof *r);
	r->input = xstrdup(arg);
	r->path = xstrdup(in->path);
	r->docs = xcalloc((size_t)nd, sizeof *r->docs);
	for (int i = 0; i < nd; i++) {
		const Doc *d = docs[i];
		if (in->only && strcmp(d->name, in->only)) continue;
		CheckDoc *cd = &r->docs[r->n_docs++];
		cd->name = xstrdup(d->name);
		cd->type = xstrdup(d->type);
		cd->title = xstrdup(d->title);
		cd->committee = xstrdup(d->committee);
		cd->number = xstrdup(d->question);
		cd->case_ = xstrdup(d->case_);
		cd->bill = xstrdup(d->bill);
		cd->asker = xstrdup(d->asker);
		cd->party = xstrdup(d->party);
		doc_date(c, cd, d, as_of, in->path);
		cd->unclosed = d->n_unclosed;
		cd->unclosed_line = d->n_unclosed ? doc_line_at(d, d->first_unclosed) : 0;
		check_doc(c, r, cd, d);
	}
	if (in->only && r->n_docs == 0) {
		*err = xprintf("cannot check '%s': its file %s no longer holds it; re-index", arg, in->path);
		check_report_free(r);
		return NULL;
	}
	return r;
}

int check_run(Checker *c, const char *arg, const char *as_of, CheckReport **out, char **err) {
	*out = NULL;
	CheckInput in;
	int rc = check_input_open(c, arg, &in, err);
	if (rc != LG_OK) {
		check_input_clear(&in);
		return rc;
	}
	const char *path = in.path, *buf = in.text;
	size_t n = in.n;
	char *stem = file_stem(path);
	Doc **docs = NULL;
	int nd = 0;
	char *why = NULL;
	if (letter_parse(c->lp, stem, path, buf, n, &docs, &nd, &why) != LG_OK || nd == 0) {
		*err = xprintf("cannot check '%s': %s", arg, why ? why : "no letter, answer or annex in it");
		rc = LG_USAGE;
	}
	if (rc == LG_OK && !(*out = check_docs(c, arg, &in, docs, nd, as_of, err))) rc = LG_USAGE;
	for (int i = 0; i < nd; i++) doc_free(docs[i]);
	free(docs);
	free(why);
	free(stem);
	check_input_clear(&in);
	return rc;
}
