/*
** render.h -- turns result items into the two output forms: compact JSON for
** scripts (stable field order: ref, doc, doc_title, section, subsection, item,
** chapter, text, then the rest) and wrapped text for people on an 80-column
** terminal. Builds into a Buf; the caller prints it.
*/
#ifndef LOVGRAF_RENDER_H
#define LOVGRAF_RENDER_H

#include "graph.h"
#include "item.h"
#include "util.h"

void render_item_json(Buf *b, const Item *it);          /* {...} */
void render_items_json(Buf *b, const Items *l);         /* [...] */
const char *render_bool(int v);                         /* "true" or "false" */
/* A document as a JSON object, left open for more members:
** {"document":...,"type":...,"number":...,"date":...,"title":... */
void render_doc_open(Buf *b, const char *document, const char *type, const char *number,
                     const char *date, const char *title);
/* "ref" heading, the wrapped text (at most max_chars of it; 0 = all), and where it comes from */
void render_item_text(Buf *b, const Item *it, const Parts *parts, size_t max_chars, int width);
/* The text given (at most max_chars bytes, 0: all), wrapped at 78 columns and
** indented, then the citation (document, version) and ELI address on lines
** of their own. */
/* parts (may be NULL): where its subsections and items begin in it->text, each
** then starting a line of its own; text may be it->text with **marks**. */
void render_body(Buf *b, const Item *it, const char *text, const Parts *parts, size_t max_chars,
                 int indent, int width);
/* a one-line reference: "  LAB § 6, nr. 1 — cites “§ 6, nr. 1-3”" */
/* A citation found in a text: its span, the text, what it resolves to. */
void render_cite_line(Buf *b, const Item *it, int width);
void render_ref_line(Buf *b, const Item *it, const char *arrow, int width);
/* "cite as: § 53, stk. 4, i lov om ..., jf. ...", wrapped (--cite); nothing
** when it has no citation string. */
void render_cite_as(Buf *b, const Item *it, int indent, int width);
/* One line: "  LAB § 112  Beskæftigelsesministeren fastsætter …", the ref and
** the first words of the text, cut to width columns. */
void render_first_words(Buf *b, const Item *it, int indent, int width);
/* text wrapped to width columns, every line indented by indent spaces; width 0:
** not wrapped (one line; output to a pipe) */
void render_wrap(Buf *b, const char *text, size_t n, int indent, int width);
/* The same, the first line indented by first and the others by rest. */
void render_wrap_hanging(Buf *b, const char *text, size_t n, int first, int rest, int width);

#endif
