/*
** status.h -- the state of a provision on a date (query/timeline.h) in the
** two output forms: JSON members for scripts and one short line for people.
*/
#ifndef LOVGRAF_STATUS_H
#define LOVGRAF_STATUS_H

#include "acts.h"
#include "timeline.h"
#include "util.h"

/* ,"status":"...", "in_force":{...}, "valid_from", "valid_to", "changed_by":[...],
** "repealed_by":{...}, "amends":{...}: the members that apply (none for TL_NONE). */
void status_json(Buf *b, const TlState *s, const Acts *acts);
/* "LBK nr. 280 af 2024-03-01" */
void status_doc(Buf *b, const DocRow *d);
/* The state on date in words ("changed later by LOV nr. 1657 af 2024-12-30,
** not yet consolidated"), malloc()ed; NULL for TL_NONE, and for TL_IN_FORCE
** unless always is set. */
char *status_words(const TlState *s, const char *date, const Acts *acts, int always);
/* The same as one line "status: ...", indented, wrapped, ending in a newline. */
void status_line(Buf *b, const TlState *s, const char *date, const Acts *acts, int indent,
                 int always, int width);
/* Each later change with its new text, wrapped (show). */
void status_changes(Buf *b, const TlState *s, int indent, int width);

#endif
