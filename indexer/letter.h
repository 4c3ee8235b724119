/*
** letter.h -- parses parliamentary answers, ministers' letters and annex
** tables extracted from PDFs (../shared/corpus/seeds) into Docs.
**
** Repairs PDF artefacts first (words hyphenated across lines, doubled blank
** lines, page furniture, stray spaces), then reads the committee, question
** number and case (alm. del, B 13, L 53), the letter's date, asker and party,
** the signing minister, the question and the answer's paragraphs. A file that
** holds several documents (an annex, a letter to the mayors, a letter to the
** committee) yields one Doc each. An annex ("Bilag 1") yields one NODE_ROW per
** table row (label: the topic heading) with a NODE_PARA per cell paragraph, and
** one Quote per quotation with its attribution ("Det fremgår af LAB § 53, at").
**
** The words the parser reacts to (month names, "Venlig hilsen", "Svar:", the
** nouns that name a source ...) come from the lexicon (corpus/lexicon.tsv,
** section "letter parser"); its patterns are compiled once, in
** letter_parser_new().
**
** Ownership: a LetterParser keeps pointers into the Lexicon it was made with,
** which must outlive it. It holds the state of its matches, so one parser
** parses one file at a time.
*/
#ifndef LOVGRAF_LETTER_H
#define LOVGRAF_LETTER_H

#include <stddef.h>
#include "doc.h"
#include "lexicon.h"

typedef struct LetterParser LetterParser;

/* Makes a parser: looks its lists up in lx and compiles every pattern, with
** JIT. Returns NULL and *err (malloc()ed) when the lexicon lacks a list or a
** pattern does not compile. */
LetterParser *letter_parser_new(const Lexicon *lx, char **err /* OUT */);
void letter_parser_free(LetterParser *p);   /* accepts NULL */

/* Parses buf[0..n) (valid UTF-8). name: the file stem, used as document id (with
** "-1", "-2", ... appended when the file holds several documents). Returns LG_OK
** with *out a malloc()ed array of *n_out Docs (the caller frees each and the
** array), or LG_ERROR with *err. */
int letter_parse(LetterParser *p, const char *name, const char *path, const char *buf, size_t n,
                 Doc ***out /* OUT */, int *n_out /* OUT */, char **err /* OUT */);

#endif
