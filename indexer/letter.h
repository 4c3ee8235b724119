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
*/
#ifndef LOVGRAF_LETTER_H
#define LOVGRAF_LETTER_H

#include <stddef.h>
#include "doc.h"

/* Parses buf[0..n) (valid UTF-8). name: the file stem, used as document id (with
** "-1", "-2", ... appended when the file holds several documents). Returns LG_OK
** with *out a malloc()ed array of *n_out Docs (the caller frees each and the
** array), or LG_ERROR with *err. */
int letter_parse(const char *name, const char *path, const char *buf, size_t n,
                 Doc ***out, int *n_out, char **err);

#endif
