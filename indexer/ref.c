/*
** ref.c -- formats canonical provision references (see ref.h).
*/
#include "ref.h"
#include "util.h"

char *ref_format(const char *short_name, const char *chapter, const char *section,
                 int stk, const char *nr, const char *litra, const char *part) {
	Buf b = BUF_INIT;
	const char *name = short_name ? short_name : "?";
	const char *sep = *name ? " " : "";   /* no act known: "afsnit 4", not " afsnit 4" */
	buf_puts(&b, name);
	if (section && *section) {
		buf_printf(&b, "%s§ %s", sep, section);
		if (stk) buf_printf(&b, ", stk. %d", stk);
		if (nr && *nr) buf_printf(&b, ", nr. %s", nr);
		if (litra && *litra) buf_printf(&b, ", litra %s", litra);
	} else if (chapter && *chapter) {
		buf_printf(&b, "%skapitel %s", sep, chapter);
	} else if (part && *part) {
		buf_printf(&b, "%s%s", sep, part);
	}
	return buf_take(&b);
}
