/*
** understood.h -- renders how a question was understood: the JSON object
** ({"language", "concepts", "stopwords", "terms", "fts"}) and the line for people.
*/
#ifndef LOVGRAF_UNDERSTOOD_H
#define LOVGRAF_UNDERSTOOD_H

#include "understand.h"
#include "util.h"

void render_understood_json(Buf *b, const Understanding *u);
/* "refusing → afvise, afslå, undlade; surgery → operation", or "nothing to search for" */
void render_understood_text(Buf *b, const Understanding *u);

#endif
