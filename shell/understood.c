/*
** understood.c -- how a question was read, for scripts (the "understood" JSON
** object of `ask --json`) and for people ("refusing → afvise, afviser; ..."),
** from the accessors of an Understanding (query/understand.h).
*/
#include "understood.h"

#include <stdlib.h>
#include <string.h>

void render_understood_json(Buf *b, const Understanding *u) {
	buf_puts(b, "{\"language\":");
	buf_json_str(b, understanding_lang(u));
	buf_puts(b, ",\"concepts\":[");
	for (int i = 0; i < understanding_nconcepts(u); i++) {
		if (i) buf_putc(b, ',');
		buf_puts(b, "{\"words\":");
		buf_json_str(b, understanding_concept_words(u, i));
		buf_json_member(b, "source", understanding_concept_source(u, i));
		buf_puts(b, ",\"law\":[");
		for (int j = 0; j < understanding_concept_nlaw(u, i); j++) {
			if (j) buf_putc(b, ',');
			buf_json_str(b, understanding_concept_law(u, i, j));
		}
		buf_putc(b, ']');
		if (understanding_concept_scope(u, i)) buf_puts(b, ",\"asks\":\"scope\"");
		buf_puts(b, ",\"terms\":[");
		for (int j = 0; j < understanding_concept_nterms(u, i); j++) {
			char *t = xprintf("%s%s", understanding_concept_term(u, i, j, NULL),
			                  understanding_concept_term_prefix(u, i, j) ? "*" : "");
			if (j) buf_putc(b, ',');
			buf_json_str(b, t);
			free(t);
		}
		buf_puts(b, "]}");
	}
	buf_puts(b, "],\"stopwords\":[");
	for (int i = 0; i < understanding_nstopwords(u); i++) {
		if (i) buf_putc(b, ',');
		buf_json_str(b, understanding_stopword(u, i));
	}
	buf_puts(b, "],\"terms\":[");
	for (int i = 0; i < understanding_nterms(u); i++) {
		double w = 0;
		int prefix = 0;
		const char *t = understanding_term(u, i, &w, &prefix);
		if (i) buf_putc(b, ',');
		buf_puts(b, "{\"term\":");
		buf_json_str(b, t);
		buf_printf(b, ",\"weight\":%g,\"prefix\":%s,\"indexed\":%s}", w, prefix ? "true" : "false",
		           understanding_term_indexed(u, i) ? "true" : "false");
	}
	buf_puts(b, "],\"fts\":");
	buf_json_str(b, understanding_fts(u));
	buf_putc(b, '}');
}

void render_understood_text(Buf *b, const Understanding *u) {
	size_t start = b->n;
	for (int i = 0; i < understanding_nconcepts(u); i++) {
		const char *words = understanding_concept_words(u, i);
		if (b->n > start) buf_puts(b, "; ");
		buf_puts(b, words);
		if (understanding_concept_scope(u, i)) buf_puts(b, " (who or what it is for)");
		int shown = 0;
		for (int j = 0; j < understanding_concept_nlaw(u, i) && shown < 3; j++) {
			const char *law = understanding_concept_law(u, i, j);
			if (!strcmp(law, words)) continue;
			buf_puts(b, shown++ ? ", " : " → ");
			buf_puts(b, law);
		}
	}
	if (b->n == start) buf_puts(b, "nothing to search for");
}
