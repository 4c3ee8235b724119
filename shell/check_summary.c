/*
** check_summary.c -- `lovgraf check --summary FILE|DIR...`: for staff who review
** many answers, one line per document (its date, committee, question and the
** counts of its results by status), or with --json one list of them
** ({"documents": [...], "failed": [...]}). A folder stands for its *.txt and
** *.pdf files; a file that cannot be checked is named on standard error and the
** others are still checked. The status is the worst of them: 4 when one could
** not be read for want of pdftotext (or in time), 2 when one cannot be checked,
** 1 when a quotation differs or is not found, else 0.
*/
#include "check.h"
#include "shell.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>


/* "spm. 212 (alm. del)", or "–" when the document names no question. Caller frees. */
static char *question_label(const CheckDoc *d) {
	if (!d->number) return xstrdup(d->case_ ? d->case_ : "–");
	return d->case_ ? xprintf("spm. %s (%s)", d->number, d->case_) : xprintf("spm. %s", d->number);
}

static void doc_text(Buf *b, const CheckReport *r, const CheckDoc *d) {
	char *q = question_label(d);
	buf_printf(b, "%s  %s  %s  %s", d->date ? d->date : "–", d->committee ? d->committee : "–",
	           q, r->path ? r->path : r->input);
	if (r->n_docs > 1) buf_printf(b, " (%s)", d->name);   /* a letter and its annex */
	buf_puts(b, ": ");
	free(q);
	check_counts_text(b, d->counts);
	if (d->date_from == DATE_FROM_TODAY) buf_puts(b, " (no date: read as of today)");
	buf_putc(b, '\n');
}

static void doc_json(Buf *b, const CheckReport *r, const CheckDoc *d, int first) {
	buf_puts(b, first ? "{\"path\":" : ",{\"path\":");
	buf_json_str(b, r->path ? r->path : r->input);
	buf_json_member(b, "name", d->name);
	buf_json_member(b, "type", d->type);
	buf_json_member(b, "title", d->title);
	buf_json_member(b, "date", d->date);
	buf_printf(b, ",\"date_from\":\"%s\"", check_date_from_name(d->date_from));
	buf_json_member(b, "committee", d->committee);
	buf_json_member(b, "question", d->number);
	buf_json_member(b, "case", d->case_);
	buf_puts(b, ",\"summary\":");
	check_counts_json(b, d->counts);
	buf_putc(b, '}');
}

/* The worse of two statuses: the exit codes rise with what went wrong. */
static int worse(int rc, int other) { return other > rc ? other : rc; }

/* Checks one file into out (text or JSON) and failed (JSON); returns its status. */
static int summarise_file(Opts *o, Checker *c, const char *file, Buf *out, Buf *failed,
                          int *n_docs, int *n_failed) {
	CheckReport *r = NULL;
	char *err = NULL;
	int rc = check_run(c, file, o->as_of, &r, &err);
	if (rc != LG_OK) {
		errorf(o, "%s", err ? err : "cannot check");
		if (o->json) {
			buf_puts(failed, (*n_failed)++ ? ",{\"path\":" : "{\"path\":");
			buf_json_str(failed, file);
			buf_json_member(failed, "error", err ? err : "cannot check");
			buf_putc(failed, '}');
		}
		free(err);
		return rc == LG_USAGE ? EXIT_USAGE : EXIT_FAIL;
	}
	for (int i = 0; i < r->n_docs; i++) {
		if (o->json) doc_json(out, r, &r->docs[i], *n_docs == 0);
		else doc_text(out, r, &r->docs[i]);
		(*n_docs)++;
	}
	rc = r->counts[CHECK_DIFFERS] || r->counts[CHECK_NOT_FOUND] ? EXIT_FINDINGS : EXIT_OK;
	check_report_free(r);
	return rc;
}

int check_summary(Opts *o, Checker *c) {
	Buf out = BUF_INIT, failed = BUF_INIT;
	int rc = EXIT_OK, n_docs = 0, n_failed = 0;
	for (int a = 0; a < o->nargs && !o->out_closed; a++) {
		char **files = NULL, *err = NULL;
		int n = 0;
		if (check_files(o->args[a], &files, &n, &err) != LG_OK || n == 0) {
			if (!err) err = xprintf("cannot check '%s': the folder holds no *.txt or *.pdf file",
			                        o->args[a]);
			errorf(o, "%s", err);
			if (o->json) {
				buf_puts(&failed, n_failed++ ? ",{\"path\":" : "{\"path\":");
				buf_json_str(&failed, o->args[a]);
				buf_json_member(&failed, "error", err);
				buf_putc(&failed, '}');
			}
			free(err);
			rc = worse(rc, EXIT_USAGE);
		}
		for (int i = 0; i < n; i++) {
			if (!watch_work(o))
				rc = worse(rc, summarise_file(o, c, files[i], &out, &failed, &n_docs, &n_failed));
			free(files[i]);
		}
		free(files);
	}
	Buf b = BUF_INIT;
	if (o->json) {
		buf_puts(&b, "{\"documents\":[");
		if (out.s) buf_add(&b, out.s, out.n);
		buf_puts(&b, "],\"failed\":[");
		if (failed.s) buf_add(&b, failed.s, failed.n);
		buf_puts(&b, "]}\n");
	} else if (out.s)
		buf_add(&b, out.s, out.n);
	buf_free(&out);
	buf_free(&failed);
	if (b.n) print_buf(o, &b);
	else buf_free(&b);
	return rc;
}
