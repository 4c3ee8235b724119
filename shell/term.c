/*
** term.c -- the terminal lovgraf writes to: its width, and the display width
** of UTF-8 text on it (see term.h).
*/
#include "term.h"
#include "util.h"

#include <stdlib.h>
#include <sys/ioctl.h>
#include <unistd.h>

int term_width(FILE *f) {
	int fd = fileno(f);
	if (fd < 0 || !isatty(fd)) return 0;
	struct winsize ws;
	if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
	const char *c = getenv("COLUMNS");
	int n = c ? atoi(c) : 0;
	return n > 0 && n < 10000 ? n : 80;
}

/* The code point of the UTF-8 sequence at s of k bytes (k from utf8_seq). */
static unsigned code_point(const unsigned char *s, size_t k) {
	if (k == 1) return s[0];
	unsigned cp = s[0] & (0xFF >> (k + 1));
	for (size_t i = 1; i < k; i++) cp = (cp << 6) | (s[i] & 0x3F);
	return cp;
}

/* Columns one code point takes: 0 for combining marks and joiners, 2 for East
** Asian wide and fullwidth forms, else 1 (the ranges of wcwidth that occur). */
static int cp_columns(unsigned cp) {
	if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F) ||
	    (cp >= 0xFE20 && cp <= 0xFE2F))
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
	    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) ||
	    (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFD))
		return 2;
	return 1;
}

int term_columns(const char *s, size_t n) {
	int cols = 0;
	for (size_t i = 0; i < n;) {
		size_t k = utf8_seq(s + i, n - i);
		cols += k ? cp_columns(code_point((const unsigned char *)s + i, k)) : 1;
		i += k ? k : 1;
	}
	return cols;
}

size_t term_fit(const char *s, size_t n, int cols) {
	int used = 0;
	size_t i = 0;
	while (i < n) {
		size_t k = utf8_seq(s + i, n - i);
		int w = k ? cp_columns(code_point((const unsigned char *)s + i, k)) : 1;
		if (used + w > cols) break;
		used += w;
		i += k ? k : 1;
	}
	return i;
}
