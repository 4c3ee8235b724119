/*
** ask_cmd.c -- `lovgraf ask`: the rules that apply to a question, ranked,
** quoted and cited.
*/
#include "ask.h"
#include "render.h"
#include "shell.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

int cmd_ask(Opts *o) {
	if (o->nargs == 0) {
		errorf(o, "ask needs a question, as in: lovgraf ask 'which rules apply to a citizen "
		          "in ressourceforløb refusing surgery'");
		return EXIT_USAGE;
	}
	char *err = NULL;
	int rc = EXIT_OK;
	Graph *g = open_graph(o, &rc);
	if (!g) return rc;
	char *dir = xprintf("%s/corpus", o->root);
	Asker *a = asker_new(g, dir, &err);
	free(dir);
	if (!a) {
		errorf(o, "%s", err ? err : "cannot load the thesaurus");
		free(err);
		graph_close(g);
		return EXIT_FAIL;
	}
	char *q = joined_args(o);
	Items res = {0};
	char *understood = NULL;
	int limit = o->limit ? o->limit : 10;
	if (ask(a, q, o->as_of, limit, o->bm25 ? RANK_BM25 : RANK_FULL, &res, &understood,
	        &err) != LG_OK) {
		errorf(o, "%s", err ? err : "cannot answer");
		free(err);
		rc = EXIT_FAIL;
	} else {
		Buf b = BUF_INIT;
		if (o->json) {
			buf_puts(&b, "{\"question\":");
			buf_json_str(&b, q);
			buf_json_member(&b, "as_of", o->as_of ? o->as_of : graph_today(g));
			buf_printf(&b, ",\"understood\":%s,\"results\":", understood ? understood : "null");
			render_items_json(&b, &res);
			buf_puts(&b, "}\n");
		} else {
			buf_printf(&b, "%d rule%s for: %s\n", res.n, res.n == 1 ? "" : "s", q);
			char *read = ask_read_as(a, q);
			if (read) {
				Buf r = BUF_INIT;
				buf_printf(&r, "read as: %s", read);
				render_wrap_hanging(&b, r.s, r.n, 0, 4, 78);
				buf_free(&r);
				free(read);
			}
			if (!res.n) buf_puts(&b, "  (nothing in the index matches; try other words)\n");
			for (int i = 0; i < res.n; i++) {
				Item *it = &res.v[i];
				buf_printf(&b, "\n%2d. %s%s\n", i + 1, it->ref, it->repealed ? "  (ophævet)" : "");
				render_body(&b, it, it->marked ? it->marked : it->text, 700, 4);
				for (const char *l = it->notes; l && *l;) {
					const char *nl = strchr(l, '\n');
					size_t ln = nl ? (size_t)(nl - l) : strlen(l);
					render_wrap(&b, l, ln, 4, 78);
					l += ln + (nl != NULL);
				}
			}
		}
		fwrite(b.s, 1, b.n, o->out);
		buf_free(&b);
	}
	free(understood);
	items_free(&res);
	free(q);
	asker_free(a);
	graph_close(g);
	return rc;
}
