/*
** cmds.c -- the foundation's commands: index, cite, stats.
*/
#include "dbfile.h"
#include "graph.h"
#include "index.h"
#include "render.h"
#include "shell.h"
#include "signals.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* What the progress of an index build looks like on o->err: on a terminal one
** line, rewritten at most five times a second; else a line per phase. */
typedef struct Progress {
	Opts *o;
	int tty, phase, shown;
	struct timespec start, phase_start, last;
} Progress;

static double since(const struct timespec *a, const struct timespec *b) {
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

static void report(void *ctx, int level, const char *msg) {
	Progress *p = ctx;
	if (level == 0 || (level == 2 && p->o->quiet)) return;
	if (p->tty && p->shown) fputs("\r\033[K", p->o->err);   /* the error on a line of its own */
	p->shown = 0;
	errorf(p->o, "%s", msg);
}

static void progress(void *ctx, const IndexProgress *ip) {
	static const char *const WHAT[] = {"reading file", "creating the indexes",
	                                   "linking the citations of provision", "finishing the index"};
	static const char *const LOG[] = {"reading %lld files", "creating the indexes",
	                                  "linking the citations of %lld provisions",
	                                  "finishing the index"};
	Progress *p = ctx;
	if (p->o->quiet) return;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	int new_phase = (int)ip->phase != p->phase;
	if (new_phase) {
		p->phase = (int)ip->phase;
		p->phase_start = now;
	}
	if (!p->tty) {   /* a log: each phase once */
		if (new_phase) {
			fputs("index: ", p->o->err);
			fprintf(p->o->err, LOG[ip->phase], ip->total);
			fputc('\n', p->o->err);
		}
		return;
	}
	if (!new_phase && since(&p->last, &now) < 0.2) return;
	p->last = now;
	double t = since(&p->phase_start, &now);
	fprintf(p->o->err, "\rindex: %s", WHAT[ip->phase]);
	if (ip->total) {
		fprintf(p->o->err, " %lld of %lld (%.0f %%)", ip->done, ip->total,
		        100.0 * (double)ip->done / (double)ip->total);
		if (ip->done > 0 && t > 1) {
			double rate = (double)ip->done / t, left = (double)(ip->total - ip->done) / rate;
			fprintf(p->o->err, ", %.0f/s, %d:%02d left", rate, (int)left / 60, (int)left % 60);
		}
	}
	fprintf(p->o->err, ", %.0f s in all\033[K", since(&p->start, &now));
	fflush(p->o->err);
	p->shown = 1;
}

int cmd_index(Opts *o) {
	char **paths = NULL;
	int n = 0;
	char *own[3] = {0};
	if (o->nargs > 0) {
		paths = o->args;
		n = o->nargs;
	} else {
		own[n++] = corpus_path(o, NULL);
		char *seeds = xprintf("%s/../shared/corpus/seeds", o->root);
		char *stat = xprintf("%s/../shared/corpus/statutes", o->root);
		if (access(seeds, R_OK) == 0) own[n++] = seeds; else free(seeds);
		if (access(stat, R_OK) == 0) own[n++] = stat; else free(stat);
		if (n == 1 && !o->quiet)   /* an installed lovgraf, or no ../shared beside it */
			fprintf(o->err, "lovgraf: note: %s/../shared/corpus is not there: only %s is indexed "
			        "(give the folders to index: lovgraf index PATH...)\n", o->root, own[0]);
		paths = own;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	Progress pg = {.o = o, .tty = isatty(fileno(o->err)), .phase = -1, .start = t0};
	IndexStats st;
	char *err = NULL;
	char *dir = corpus_path(o, NULL);
	IndexHooks hooks = {.report = report, .progress = progress, .cancelled = signals_cancelled,
	                    .ctx = &pg, .force = o->force};
	int had_file = access(o->db, F_OK) == 0, had_index = had_file && dbfile_is_index(o->db);
	int rc = index_build(o->db, dir, paths, n, &hooks, &st, &err);
	int sig = signals_caught();   /* run_command catches them */
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (pg.tty && pg.shown) fputs("\r\033[K", o->err);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	free(dir);
	for (int i = 0; i < 3; i++) free(own[i]);
	if (rc != LG_OK) {
		const char *kept = had_index ? "; the previous index is kept"
		                   : had_file ? "" : "; no index was written";
		if (sig) {
			errorf(o, "interrupted (%s)%s", strsignal(sig), kept);
			free(err);
			return 128 + sig;
		}
		errorf(o, "%s%s", err ? err : "indexing failed", kept);
		free(err);
		return rc == LG_USAGE ? EXIT_USAGE : EXIT_FAIL;
	}
	if (sig) signals_clear();   /* it came after the new index was in place: done */
	if (o->json) {
		Buf b = BUF_INIT;
		buf_puts(&b, "{\"db\":");
		buf_json_str(&b, o->db);
		buf_printf(&b, ",\"files\":%d,\"documents\":%d,\"skipped\":%d,\"failed\":%d,"
		           "\"provisions\":%lld,\"edges\":%lld,\"unresolved\":%lld,\"quotations\":%lld,"
		           "\"seconds\":%.2f}\n", st.files, st.documents, st.skipped, st.failed,
		           st.provisions, st.edges, st.unresolved, st.quotes, secs);
		print_buf(o, &b);
	} else {
		Buf b = BUF_INIT;
		buf_printf(&b, "indexed %d documents from %d files into %s in %.1f s: %lld provisions, "
		               "%lld edges (%lld citations unresolved), %lld quotations%s\n",
		           st.documents, st.files, o->db, secs, st.provisions, st.edges, st.unresolved,
		           st.quotes, st.failed ? "; some files could not be indexed (see above)" : "");
		print_buf(o, &b);
	}
	return st.failed ? EXIT_FINDINGS : EXIT_OK;
}

int cmd_cite(Opts *o) {
	if (o->nargs == 0) {
		errorf(o, "cite needs a text, as in: lovgraf cite 'jf. § 113, stk. 3, i lov om en aktiv beskæftigelsesindsats'");
		return EXIT_USAGE;
	}
	int rc = EXIT_OK;
	Graph *g = open_graph(o, &rc);
	if (!g) return rc;
	char *text = joined_args(o);
	Items res = {0}, unres = {0};
	char *err = NULL;
	if (graph_cite(g, o->in, text, &res, &unres, &err) != LG_OK) {
		errorf(o, "--in: %s", err ? err : "reference not found");
		free(err);
		rc = EXIT_USAGE;
	} else {
		Buf b = BUF_INIT;
		if (o->json) {
			buf_puts(&b, "{\"text\":");
			buf_json_str(&b, text);
			buf_json_member(&b, "in", o->in);
			buf_puts(&b, ",\"results\":");
			render_items_json(&b, &res);
			buf_puts(&b, ",\"unresolved\":");
			render_items_json(&b, &unres);
			buf_puts(&b, "}\n");
		} else {
			if (!res.n && !unres.n) buf_puts(&b, "no citations found\n");
			for (int i = 0; i < res.n; i++) render_cite_line(&b, &res.v[i], o->width);
			for (int i = 0; i < unres.n; i++) render_cite_line(&b, &unres.v[i], o->width);
		}
		print_buf(o, &b);
	}
	items_free(&res);
	items_free(&unres);
	free(text);
	close_graph(o, g);
	return rc;
}

int cmd_stats(Opts *o) {
	int rc = EXIT_OK;
	Graph *g = open_graph(o, &rc);
	if (!g) return rc;
	ReadStats s;
	ReadStrings top = {0};
	int limit = o->limit ? o->limit : 20;
	const LexList *annex = lexicon_list(graph_lexicon(g), "annex_label");
	const char *label = annex && annex->n ? annex->v[0].word : NULL;
	if (read_stats(graph_reader(g), label, &s) != LG_OK ||
	    read_unresolved_acts(graph_reader(g), limit, label, &top) != LG_OK) {
		errorf(o, "stats: %s", reader_errmsg(graph_reader(g)));
		close_graph(o, g);
		return EXIT_FAIL;
	}
	double share = s.cites ? 100.0 * (double)s.cites_unresolved / (double)s.cites : 0;
	/* annexes: the corpus holds no annex text, so their citations cannot resolve */
	long long rest = s.cites - s.annexes_unresolved;
	double bare = rest ? 100.0 * (double)(s.cites_unresolved - s.annexes_unresolved) / (double)rest : 0;
	/* ... nor an amending act's own instructions ("§ 1, nr. 5" of an amending act) */
	long long rest2 = rest - s.amending_unresolved;
	double held = rest2 ? 100.0 * (double)(s.cites_unresolved - s.annexes_unresolved -
	                                       s.amending_unresolved) / (double)rest2 : 0;
	Buf b = BUF_INIT;
	if (o->json) {
		buf_printf(&b, "{\"documents\":%lld,\"provisions\":%lld,\"cites\":%lld,"
		           "\"unresolved\":%lld,\"unresolved_share\":%.4f,\"quotes\":%lld,"
		           "\"amends\":%lld,\"repeals\":%lld,\"changes\":%lld,\"changes_uncertain\":%lld,"
		           "\"changes_inserted\":%lld,\"sections_changed_later\":%lld,"
		           "\"unresolved_annexes\":%lld,\"unresolved_share_without_annexes\":%.4f,"
		           "\"unresolved_amending_instructions\":%lld,"
		           "\"unresolved_share_of_texts_held\":%.4f,\"unresolved_acts\":[",
		           s.documents, s.provisions, s.cites, s.cites_unresolved, share / 100, s.quotes,
		           s.amends, s.repeals, s.changes, s.changes_uncertain, s.changes_inserted, s.pending,
		           s.annexes_unresolved, bare / 100, s.amending_unresolved, held / 100);
		for (int i = 0; i < top.n; i++) {
			char *tab = strchr(top.v[i], '\t');
			buf_puts(&b, i ? ",{\"act\":" : "{\"act\":");
			buf_json_strn(&b, top.v[i], tab ? (size_t)(tab - top.v[i]) : strlen(top.v[i]));
			buf_printf(&b, ",\"citations\":%s}", tab ? tab + 1 : "0");
		}
		buf_puts(&b, "]}\n");
	} else {
		buf_printf(&b, "%lld documents, %lld provisions\n%lld citations (cites edges), %lld of"
		           " them unresolved (%.1f %%); %lld quotations, %lld amends, %lld repeals\n",
		           s.documents, s.provisions, s.cites, s.cites_unresolved, share, s.quotes,
		           s.amends, s.repeals);
		char *ch = xprintf("%lld quoted new texts of amending acts attributed to a section (%lld"
		                   " of them uncertain, %lld inserting one); %lld sections changed later"
		                   " than their act's latest version", s.changes, s.changes_uncertain,
		                   s.changes_inserted, s.pending);
		render_wrap(&b, ch, strlen(ch), 0, o->width);
		free(ch);
		if (s.annexes_unresolved)
			buf_printf(&b, "%lld of the unresolved cite annexes, whose text the corpus does not hold;"
			           " without them %.1f %% are unresolved\n", s.annexes_unresolved, bare);
		if (s.amending_unresolved)
			buf_printf(&b, "%lld more cite an amending act's own instructions (\"§ 1, nr. 5\"), of"
			           " which the corpus holds only the quoted new texts; without them too %.1f %%"
			           " are unresolved\n", s.amending_unresolved, held);
		if (top.n)
			buf_printf(&b, "the %d act names cited most often without a target (annexes apart):\n",
			           top.n);
		for (int i = 0; i < top.n; i++) {
			char *tab = strchr(top.v[i], '\t');
			buf_printf(&b, "%8s  %.*s\n", tab ? tab + 1 : "", tab ? (int)(tab - top.v[i]) : 0,
			           top.v[i]);
		}
	}
	print_buf(o, &b);
	read_strings_clear(&top);
	close_graph(o, g);
	return rc;
}
