/*
** statute.h -- parses statutes and executive orders (../shared/corpus/statutes
** format: "Key: value" header, blank line, body; or a plain body without header)
** into a Doc: Kapitel -> § -> Stk. -> nr. -> litra, each node with its exact text
** span. "Stk. 1" is the text before "Stk. 2."; "(Ophævet)" sections and
** "§§ 14-16. (Ophævet)" ranges are marked repealed (a range gives one node per
** section number that the range names: 14, 15, 16).
*/
#ifndef LOVGRAF_STATUTE_H
#define LOVGRAF_STATUTE_H

#include <stddef.h>
#include "doc.h"
#include "lexicon.h"

/* 1 when buf looks like a statute: a "Title:" header, or a body with a line
** starting "§ 1." or "Kapitel 1". */
int statute_sniff(const char *buf, size_t n);

/* Parses buf[0..n) (valid UTF-8, checked by the caller). name is the document id
** used when the header has no ELI (the file stem). Returns LG_OK and *out, or
** LG_ERROR and *err (malloc()ed, says what is wrong; the caller adds the path). */
int statute_parse(const Lexicon *lex, const char *name, const char *path, const char *buf,
                  size_t n, Doc **out, char **err);

#endif
