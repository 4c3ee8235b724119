/*
** verify_cmd.c -- `lovgraf verify`: is the index sound? (query/verify.h)
*/
#include "graph.h"
#include "render.h"
#include "shell.h"
#include "verify.h"

#include <sqlite3.h>
#include <stdlib.h>

int cmd_verify(Opts *o) {
	if (o->nargs) {
		errorf(o, "verify takes no arguments (the index is --db FILE), not '%s'", o->args[0]);
		return EXIT_USAGE;
	}
	int rc = EXIT_OK;
	Graph *g = open_graph_as(o, &rc, 1);
	if (!g) return rc;
	VerifyReport r;
	verify_run(g, o->db, watch_work, o, &r);
	if (r.interrupted) {   /* no verdict: run_command sets the status */
		errorf(o, o->timed_out ? "verify: stopped by --timeout; no verdict" : "verify: interrupted; "
		       "no verdict");
		o->faulted = SQLITE_INTERRUPT;
		verify_report_free(&r);
		close_graph(o, g);
		return EXIT_FAIL;
	}
	Buf b = BUF_INIT;
	if (o->json) {
		buf_puts(&b, "{\"db\":");
		buf_json_str(&b, o->db);
		buf_printf(&b, ",\"sound\":%s,\"checks\":[", r.failed ? "false" : "true");
		for (int i = 0; i < r.n; i++) {
			buf_puts(&b, i ? ",{\"check\":" : "{\"check\":");
			buf_json_str(&b, r.v[i].what);
			buf_printf(&b, ",\"ok\":%s,\"skipped\":%s", r.v[i].ok ? "true" : "false",
			           r.v[i].skipped ? "true" : "false");
			buf_json_member(&b, "detail", r.v[i].detail);
			buf_putc(&b, '}');
		}
		buf_puts(&b, "]}\n");
	} else {
		for (int i = 0; i < r.n; i++) {
			buf_printf(&b, "%s %s", r.v[i].skipped ? "○" : r.v[i].ok ? "✓" : "✗", r.v[i].what);
			if (r.v[i].detail) buf_printf(&b, ": %s", r.v[i].detail);
			buf_putc(&b, '\n');
		}
		if (r.failed)
			buf_printf(&b, "the index %s is damaged (%d of %d checks failed); rebuild it: lovgraf "
			           "index\n", o->db, r.failed, r.n);
		else buf_printf(&b, "the index %s is sound (%d checks)\n", o->db, r.n);
	}
	print_buf(o, &b);
	if (r.failed) rc = EXIT_NODB;
	verify_report_free(&r);
	close_graph(o, g);
	return rc;
}
