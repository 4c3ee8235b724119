/*
** tests/fuzz/fuzz.c -- libFuzzer targets for lovgraf's parsers (./build.sh fuzz).
**
** One program; the name it is run by (fuzz-cite, ...) picks the target:
**   cite     the citation extractor (cite_extract) on any text
**   statute  the statute parser (statute_parse) on a whole file
**   letter   the letter parser (letter_parse: blocks, metadata, quotations)
**   ref      the reference reader (graph_find) on the test index
**   align    the quotation aligner: quotation, a NUL byte, the provision's text
**   pdflayout the repair of pdftotext -layout text (pdf_layout_repair)
**
** Every target also checks its time per byte: an input of more than 64 KiB that
** takes more than 40 microseconds a byte (and a second in all) aborts as a
** finding -- super-linear work, the kind a file of quotation marks once caused.
** The data files are read from LOVGRAF_ROOT (the repository; default "."), the
** index of target 4 from LOVGRAF_FUZZ_DB.
*/
#include "acts.h"
#include "check_words.h"
#include "cite.h"
#include "doc.h"
#include "graph.h"
#include "letter.h"
#include "pdf.h"
#include "lexicon.h"
#include "statute.h"
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { T_CITE = 1, T_STATUTE, T_LETTER, T_REF, T_ALIGN, T_PDFLAYOUT };
static const char *const TARGETS[] = {"", "cite", "statute", "letter", "ref", "align", "pdflayout"};

typedef struct World {          /* made once per process: the fuzzer's fixture */
	int target;
	Lexicon *lex;
	Acts *acts;
	CiteParser *cp;
	LetterParser *lp;
	Graph *g;
	WordLists wl;
} World;

/* libFuzzer's interface has no context pointer: the fixture is the one static
** here, made by LLVMFuzzerInitialize from the program's name. */
static World *world(void) {
	static World w;
	return &w;
}

static void make_world(World *w, const char *name) {
	const char *root = getenv("LOVGRAF_ROOT") ? getenv("LOVGRAF_ROOT") : ".";
	char *err = NULL;
	char *lex = xprintf("%s/corpus/lexicon.tsv", root), *acts = xprintf("%s/corpus/acts.tsv", root);
	char *dir = xprintf("%s/corpus", root);
	const char *base = strrchr(name, '/') ? strrchr(name, '/') + 1 : name;
	for (int i = 1; i <= T_PDFLAYOUT; i++)
		if (!strncmp(base, "fuzz-", 5) && !strcmp(base + 5, TARGETS[i])) w->target = i;
	if (!w->target) {
		fprintf(stderr, "fuzz: run me as fuzz-cite, fuzz-statute, fuzz-letter, fuzz-ref, "
		                "fuzz-align or fuzz-pdflayout, not %s\n", base);
		exit(2);
	}
	if (lexicon_load(lex, &w->lex, &err) != LG_OK || !(w->acts = acts_new(w->lex, &err)) ||
	    acts_load(w->acts, acts, &err) != LG_OK || !(w->cp = cite_parser_new(w->acts, w->lex, &err)) ||
	    !(w->lp = letter_parser_new(w->lex, &err))) {
		fprintf(stderr, "fuzz: cannot load the data files: %s\n", err ? err : "?");
		exit(2);
	}
	static const char *const LISTS[] = {"subsection_heading", "quote_lead", NULL};
	const LexList *l[2];
	if (lexicon_lists(w->lex, LISTS, l, &err) != LG_OK) exit(2);
	w->wl.subsection_heading = l[0];
	w->wl.quote_lead = l[1];
	const char *db = getenv("LOVGRAF_FUZZ_DB");
	if (w->target == T_REF && (!db || !(w->g = graph_open(db, dir, &err)))) {
		fprintf(stderr, "fuzz: cannot open the index (LOVGRAF_FUZZ_DB): %s\n", err ? err : "unset");
		exit(2);
	}
	free(lex);
	free(acts);
	free(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
	(void)argc;
	make_world(world(), (*argv)[0]);
	return 0;
}

static double now(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void run(World *w, const char *s, size_t n) {
	char *why = NULL;
	switch (w->target) {
	case T_CITE: {
		Cite *c = NULL;
		cite_extract(w->cp, s, n, &c);
		free(c);
		break;
	}
	case T_STATUTE: {
		Doc *d = NULL;
		statute_parse(w->lex, "fuzz", "fuzz.txt", s, n, &d, &why);
		doc_free(d);
		break;
	}
	case T_LETTER: {
		Doc **docs = NULL;
		int nd = 0;
		letter_parse(w->lp, "fuzz", "fuzz.txt", s, n, &docs, &nd, &why);
		for (int i = 0; i < nd; i++) doc_free(docs[i]);
		free(docs);
		break;
	}
	case T_REF: {
		long long id = 0;
		graph_find(w->g, s, NULL, &id, &why);
		break;
	}
	case T_PDFLAYOUT: {
		size_t on = 0;
		free(pdf_layout_repair(s, n, &on));
		break;
	}
	case T_ALIGN: {
		size_t qn = strlen(s);   /* the quotation, then (after a NUL) the provision's text */
		Toks q = {0};
		Align a = {0};
		tokenize(&q, s, qn, 0, &w->wl);
		align_text(&q, qn < n ? s + qn + 1 : "", &w->wl, &a);
		align_clear(&a);
		toks_free(&q);
		break;
	}
	}
	free(why);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n) {
	World *w = world();
	char *s = xmalloc(n + 1);   /* the parsers read NUL-terminated text */
	memcpy(s, data, n);
	s[n] = 0;
	double t0 = now();
	run(w, s, n);
	double t = now() - t0;
	if (n > 65536 && t > 1.0 && t / (double)n > 40e-6) {
		fprintf(stderr, "fuzz: %zu bytes took %.2f s (%.1f us a byte): super-linear\n", n, t,
		        1e6 * t / (double)n);
		abort();
	}
	free(s);
	return 0;
}
