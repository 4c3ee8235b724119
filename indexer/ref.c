/*
** ref.c -- formats canonical provision references and section labels (see ref.h).
*/
#include "ref.h"
#include "util.h"

#include <string.h>

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

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

int ref_norm_section(const char *s, size_t n, char *out, size_t cap) {
	size_t i = 0, d;
	while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
	d = i;
	while (i < n && is_digit(s[i])) i++;
	if (i == d || i - d > 5) return 0;
	size_t nd = i - d;
	while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
	char letter = 0;
	if (i < n && is_alpha(s[i])) {
		letter = s[i] | 0x20;
		i++;
	}
	while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
	if (i != n || cap < nd + (letter ? 3 : 1)) return 0;
	memcpy(out, s + d, nd);
	if (letter) {
		out[nd++] = ' ';
		out[nd++] = letter;
	}
	out[nd] = 0;
	return 1;
}

long ref_section_key(const char *label) {
	long k = 0;
	const char *s = label;
	while (is_digit(*s)) k = k * 10 + (*s++ - '0');
	k *= 1000;
	while (*s == ' ') s++;
	if (is_alpha(*s)) k += ((*s | 0x20) - 'a' + 1) * 10;
	return k;
}
