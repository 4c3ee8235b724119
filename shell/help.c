/*
** help.c -- `lovgraf help [COMMAND]`, `lovgraf COMMAND --help`, `--version`, and the
** nearest command to a mistyped one.
*/
#include "shell.h"
#include "render.h"
#include "graph.h"
#include "read.h"

#include <stdlib.h>
#include <string.h>

typedef struct Help {
	const char *name;
	const char *usage;      /* the command line, options in brackets */
	const char *about;      /* what it does, in a sentence or two */
	const char *examples;   /* one per line */
} Help;

static const Help HELP[] = {
	{"index", "index [--force] [--quiet] [PATH...]",
	 "Builds the index from files and folders (every *.txt and *.pdf below them; a PDF is "
	 "read with pdftotext, of poppler-utils); without paths from "
	 "corpus/ and ../shared/corpus. The previous index is kept until the new one is complete; "
	 "--force replaces a --db file that is not a lovgraf index.",
	 "lovgraf index\nlovgraf --db dk.db index ../shared/corpus/statutes"},
	{"show", "show [--as-of DATE] [--history] [--all-versions] REF",
	 "A provision in force on the date (default today): its text, state, versions and the "
	 "references out of it and into it; --history: every version with word diffs.",
	 "lovgraf show 'LAB § 53, stk. 4'\nlovgraf show --as-of 2022-06-03 'LAB § 112, stk. 2'\n"
	 "lovgraf show --history 'LAB § 109'"},
	{"refs", "refs (--from REF | --to REF) [--as-of DATE] [--all-versions]",
	 "The provisions REF cites (--from), or those of the law in force that cite it (--to; "
	 "--all-versions: from every version).",
	 "lovgraf refs --to 'LAB § 113, stk. 3'\nlovgraf refs --json --from 'LAB § 53, stk. 4'"},
	{"graph", "graph [--depth N] [--dot | --svg] [--as-of DATE] [--all-versions] REF",
	 "A picture of the provision's neighbourhood: what it cites and what cites it, N steps out "
	 "and in (1 to 3, default 1), as Graphviz DOT (--dot, the default), SVG drawn by Graphviz's "
	 "dot (--svg; Debian package graphviz) or --json nodes and edges. Consecutive provisions in "
	 "the same place are one node (LAB § 6, nr. 1-5), the many citers of one act one node with "
	 "their count; each kind of reference has its line style.",
	 "lovgraf graph 'LAB § 53, stk. 4' > lab53.dot\n"
	 "lovgraf graph --svg --depth 2 'LAB § 53, stk. 4' > lab53.svg\n"
	 "lovgraf graph --json 'LAB § 6, nr. 1'"},
	{"cite", "cite [--in REF] TEXT",
	 "The citations in TEXT, resolved to provisions (--in: the provision TEXT stands in, for "
	 "\"stk. 2\" and \"§ 6\" alone).",
	 "lovgraf cite --in 'LAB § 53, stk. 2' 'omfattet af § 6, nr. 1 og 2'"},
	{"ask", "ask [--limit N] [--as-of DATE] [--bm25] QUESTION",
	 "The rules that apply, ranked, each quoted and cited; Danish or English; at most 2000 "
	 "characters.",
	 "lovgraf ask 'which rules apply to a citizen in ressourceforløb refusing surgery'\n"
	 "lovgraf ask --json --limit 5 'Hvem kan få et ressourceforløb?'"},
	{"check", "check [--as-of DATE] [--no-restated] FILE|DOCUMENT  or  check --summary FILE|DIR...",
	 "Are a letter's or answer's quotations and citations right, on its date? Also the rules "
	 "it does not mention, and those of the committee's question (marked so); a drafted "
	 "provision is proposed, not an error; the rules a paragraph restates without citing them "
	 "(of the acts it names or its subject ranks first; --no-restated: not looked for). FILE is "
	 "text or a PDF (read with pdftotext, of "
	 "poppler-utils). Exit 1 when a quotation differs or is not found. --summary: one line "
	 "per document of many files (a folder: its *.txt and *.pdf files), its date, committee, "
	 "question and counts by status; a file that cannot be checked is named, the others still "
	 "checked (exit 2).",
	 "lovgraf check svar.txt\nlovgraf check svar.pdf\nlovgraf check --json 002_72278e173f068d6f-1\n"
	 "lovgraf check --summary svar/"},
	{"sql", "sql [--json|--csv|--box|--tabs] [--timeout SECONDS] (QUERY | --file FILE | < FILE)",
	 "Read-only SQL on the index (lovgraf tables and schema show what it holds): a box table on "
	 "a terminal and tab-separated lines in a pipe (--box, --tabs choose), --csv (RFC 4180), "
	 "--json (an object per statement: columns, and each row an object); stops after 60 s "
	 "unless --timeout is given, and at 256 MiB of memory.",
	 "lovgraf sql \"SELECT ref FROM provisions WHERE act='LAS' AND section='69'\"\n"
	 "lovgraf --csv sql -f query.sql > out.csv\nlovgraf sql --json 'SELECT key, value FROM meta'"},
	{"tables", "tables",
	 "The tables and views of the index, each with what it holds (.tables in the shell).",
	 "lovgraf tables\nlovgraf --json tables"},
	{"schema", "schema [TABLE]",
	 "The CREATE statements of the index, with their comments, or those of one table or view "
	 "and its indexes (.schema in the shell).",
	 "lovgraf schema edges\nlovgraf schema"},
	{"stats", "stats [--limit N]",
	 "Citations found and unresolved, and the act names cited most often without a target.",
	 "lovgraf stats --limit 10"},
	{"verify", "verify",
	 "Is the index sound? SQLite's and FTS5's integrity checks and lovgraf's invariants; exit "
	 "3 if not.",
	 "lovgraf verify"},
	{"shell", "shell",
	 "The interactive shell (also lovgraf alone); from a pipe it runs one command per line. A "
	 "line of plain words is a question; json and text switch the output; quit ends.",
	 "lovgraf\nprintf 'show LAB § 6\\n' | lovgraf"},
	{"help", "help [COMMAND]", "What the commands do, or what one does, with examples.",
	 "lovgraf help show\nlovgraf show --help"},
};
enum { N_HELP = sizeof HELP / sizeof *HELP };

static const Help *find_help(const char *name) {
	for (int i = 0; i < N_HELP; i++)
		if (!strcmp(HELP[i].name, name)) return &HELP[i];
	return NULL;
}

const char *nearest_command(const char *word) {
	const char *best = NULL;
	int bd = 3;
	for (int i = 0; i < N_HELP; i++) {
		int e = edit_distance(word, HELP[i].name, 1);
		if (e < bd && e <= (strlen(HELP[i].name) > 4 ? 2 : 1)) {
			bd = e;
			best = HELP[i].name;
		}
	}
	return best;
}

static void topic_text(Buf *b, const Help *h) {
	buf_printf(b, "usage: lovgraf %s\n\n", h->usage);
	render_wrap(b, h->about, strlen(h->about), 0, 78);
	buf_puts(b, "\nexamples:\n");
	const char *e = h->examples;
	while (*e) {
		size_t k = strcspn(e, "\n");
		buf_printf(b, "  %.*s\n", (int)k, e);
		e += k + (e[k] == '\n');
	}
}

static void topic_json(Buf *b, const Help *h) {
	buf_puts(b, "{\"command\":");
	buf_json_str(b, h->name);
	buf_json_member(b, "usage", h->usage);
	buf_json_member(b, "about", h->about);
	buf_puts(b, ",\"examples\":[");
	const char *e = h->examples;
	for (int k = 0; *e; k++) {
		size_t n = strcspn(e, "\n");
		if (k) buf_putc(b, ',');
		buf_json_strn(b, e, n);
		e += n + (e[n] == '\n');
	}
	buf_puts(b, "]}");
}

static const char OVERVIEW[] =
	"lovgraf — Danish law as a graph of provisions\n"
	"\n"
	"  index [PATH...]          build the index (default: corpus/, ../shared/corpus);\n"
	"                           --force: replace a --db file that is not an index\n"
	"  show [--as-of DATE] REF  a provision in force on the date, its state, versions,\n"
	"                           references in and out\n"
	"      show 'LAB § 53, stk. 4'\n"
	"  show --history REF       every version of it, with word diffs, and later changes\n"
	"  refs --from REF          the provisions REF cites\n"
	"  refs --to REF            the provisions of the law in force that cite REF\n"
	"      refs --to 'LAB § 113, stk. 3'   (--all-versions: from every version)\n"
	"  graph [--depth N] REF    a picture of what REF cites and what cites it: DOT\n"
	"                           (--dot), SVG (--svg, by Graphviz) or --json\n"
	"  cite [--in REF] TEXT     the citations in TEXT, resolved\n"
	"      cite --in 'LAB § 53, stk. 2' 'omfattet af § 6, nr. 1 og 2'\n"
	"  ask [--limit N] QUESTION the rules that apply, ranked, quoted and cited\n"
	"      ask 'which rules apply to a citizen in ressourceforløb refusing surgery'\n"
	"  check FILE|DOCUMENT      are a letter's quotations and citations right?\n"
	"      check svar.txt; check --summary svar/   (one line per answer)\n"
	"  sql QUERY                read-only SQL on the graph (--json, --csv, --box)\n"
	"      sql \"SELECT ref FROM provisions WHERE act='LAS' AND section='69'\"\n"
	"  tables, schema [TABLE]   what the index's tables hold; their CREATE statements\n"
	"  stats [--limit N]        citations found and unresolved, the act names unresolved most\n"
	"  verify                   is the index sound? (SQLite's and lovgraf's checks; exit 3 if not)\n"
	"  shell                    the interactive shell (also: lovgraf alone);\n"
	"                           from a pipe it runs one command per line\n"
	"  help [COMMAND]           this, or one command's usage with examples (also: COMMAND --help)\n"
	"\n"
	"On the command line, write lovgraf before a command. In the shell a line of\n"
	"plain words is a question; json and text switch the output; quit ends.\n"
	"Options: --json (one JSON object), --db FILE (or $LOVGRAF_DB),\n"
	"--as-of YYYY-MM-DD, --limit N, --bm25 (plain BM25 ranking, for comparison),\n"
	"--timeout SECONDS, --version. Text output: --full (whole texts), --cite\n"
	"(citation strings), --color=auto|always|never, --no-pager, --width N.\n"
	"REF is written as people write it: 'LAB § 53, stk. 4', '§ 18 a i lov om\n"
	"social pension', 'lov om sygedagpenge § 21 a', 'lta-2022-701 § 53'.\n"
	"Exit status: 0 done, 1 done with findings, 2 bad input, 3 no index (or a\n"
	"damaged one), 4 failure, 128+N stopped by signal N (Ctrl-C: 130).\n";

int cmd_help(Opts *o) {
	Buf b = BUF_INIT;
	if (o->nargs > 1) {
		errorf(o, "help takes one command, not '%s %s'", o->args[0], o->args[1]);
		return EXIT_USAGE;
	}
	const Help *h = o->nargs ? find_help(o->args[0]) : NULL;
	if (o->nargs && !h) {
		const char *near = nearest_command(o->args[0]);
		if (near) errorf(o, "no command '%s'; did you mean %s? (lovgraf help lists them)",
		                 o->args[0], near);
		else errorf(o, "no command '%s'; lovgraf help lists them", o->args[0]);
		return EXIT_USAGE;
	}
	if (o->json) {
		if (h) topic_json(&b, h);
		else {
			buf_puts(&b, "{\"commands\":[");
			for (int i = 0; i < N_HELP; i++) {
				if (i) buf_putc(&b, ',');
				topic_json(&b, &HELP[i]);
			}
			buf_puts(&b, "]}");
		}
		buf_putc(&b, '\n');
	} else if (h) topic_text(&b, h);
	else buf_puts(&b, OVERVIEW);
	print_buf(o, &b);
	return EXIT_OK;
}

int cmd_version(Opts *o) {
	Buf b = BUF_INIT;
	buf_printf(&b, "lovgraf %s\n", LOVGRAF_VERSION);
	char *err = NULL;
	Graph *g = graph_open_db(o->db, &err);
	if (!g) buf_printf(&b, "index: %s\n", err);
	else {
		Reader *r = graph_reader(g);
		char *built = read_meta(r, "built"), *docs = read_meta(r, "documents");
		char *from = read_meta(r, "corpus");
		buf_printf(&b, "index: %s, schema %s, built %s, %s documents from %s\n", o->db,
		           LG_SCHEMA_VERSION, built ? built : "(date not recorded)", docs ? docs : "?",
		           from ? from : "(not recorded)");
		free(built);
		free(docs);
		free(from);
		graph_close(g);
	}
	free(err);
	print_buf(o, &b);
	return EXIT_OK;
}
