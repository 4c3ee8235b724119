/*
** ref.c -- formats canonical provision references (see ref.h).
*/
#include "ref.h"
#include "util.h"

char *ref_format(const char *short_name, const char *chapter, const char *section,
                 int stk, const char *nr, const char *litra, const char *part) {
	Buf b = BUF_INIT;
	buf_puts(&b, short_name ? short_name : "?");
	if (section && *section) {
		buf_printf(&b, " § %s", section);
		if (stk) buf_printf(&b, ", stk. %d", stk);
		if (nr && *nr) buf_printf(&b, ", nr. %s", nr);
		if (litra && *litra) buf_printf(&b, ", litra %s", litra);
	} else if (chapter && *chapter) {
		buf_printf(&b, " kapitel %s", chapter);
	} else if (part && *part) {
		buf_printf(&b, " %s", part);
	}
	return buf_take(&b);
}
