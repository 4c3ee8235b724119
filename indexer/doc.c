/*
** doc.c -- construction and destruction of the Doc model (see doc.h).
*/
#include "doc.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

Doc *doc_new(const char *name, const char *path) {
	Doc *d = xcalloc(1, sizeof *d);
	d->name = xstrdup(name);
	d->path = xstrdup(path);
	d->text = xstrdup("");
	doc_add_node(d, NODE_DOC, -1, NULL, 0, 0);
	return d;
}

void doc_free(Doc *d) {
	if (!d) return;
	char **fields[] = {&d->name, &d->type, &d->title, &d->number, &d->date, &d->eli,
	                   &d->accession, &d->path, &d->committee, &d->question, &d->case_, &d->bill,
	                   &d->asker, &d->party, &d->minister, &d->journal, &d->date_month, &d->text};
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) free(*fields[i]);
	for (int i = 0; i < d->n_nodes; i++) free(d->nodes[i].label);
	free(d->nodes);
	free(d->quotes);
	free(d);
}

void doc_set(char **field, const char *value) {
	free(*field);
	*field = xstrdup(value);
}

void doc_set_text(Doc *d, const char *text, size_t n) {
	free(d->text);
	d->text = xstrndup(text, n);
	d->text_len = n;
	d->nodes[0].start = 0;
	d->nodes[0].end = n;
}

int doc_add_node(Doc *d, NodeKind kind, int parent, const char *label, size_t start, size_t end) {
	if (d->n_nodes == d->cap_nodes) {
		d->cap_nodes = d->cap_nodes ? d->cap_nodes * 2 : 64;
		d->nodes = xrealloc(d->nodes, (size_t)d->cap_nodes * sizeof *d->nodes);
	}
	Node *n = &d->nodes[d->n_nodes];
	n->kind = kind;
	n->parent = parent;
	n->label = xstrdup(label);
	n->start = start;
	n->end = end;
	n->repealed = 0;
	return d->n_nodes++;
}

int doc_add_quote(Doc *d, int node, size_t start, size_t end, size_t attr_start, size_t attr_end) {
	if (d->n_quotes == d->cap_quotes) {
		d->cap_quotes = d->cap_quotes ? d->cap_quotes * 2 : 16;
		d->quotes = xrealloc(d->quotes, (size_t)d->cap_quotes * sizeof *d->quotes);
	}
	Quote *q = &d->quotes[d->n_quotes];
	q->node = node;
	q->start = start;
	q->end = end;
	q->attr_start = attr_start;
	q->attr_end = attr_end;
	return d->n_quotes++;
}

const char *node_kind_name(NodeKind k) {
	static const char *const names[] = {"document", "chapter", "section", "stk", "nr", "litra",
	                                    "pkt", "question", "answer", "paragraph", "row", "part"};
	return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

int doc_line_at(const Doc *d, size_t pos) {
	int line = 1;
	for (size_t i = 0; i < pos && i < d->text_len; i++) line += d->text[i] == '\n';
	return line;
}
