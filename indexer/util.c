/*
** util.c -- allocation, growable strings (Buf), JSON string escaping, UTF-8 checks.
*/
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

void *xmalloc(size_t n) {
	void *p = malloc(n ? n : 1);
	if (!p) abort();
	return p;
}

void *xcalloc(size_t n, size_t sz) {
	void *p = calloc(n ? n : 1, sz ? sz : 1);
	if (!p) abort();
	return p;
}

void *xrealloc(void *p, size_t n) {
	p = realloc(p, n ? n : 1);
	if (!p) abort();
	return p;
}

char *xstrdup(const char *s) {
	return s ? xstrndup(s, strlen(s)) : NULL;
}

char *xstrndup(const char *s, size_t n) {
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *xprintf(const char *fmt, ...) {
	Buf b = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	return buf_take(&b);
}

static void buf_grow(Buf *b, size_t extra) {
	if (b->n + extra + 1 <= b->cap) return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->n + extra + 1) cap *= 2;
	b->s = xrealloc(b->s, cap);
	b->cap = cap;
}

void buf_add(Buf *b, const char *s, size_t n) {
	buf_grow(b, n);
	if (n) memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = 0;
}

void buf_puts(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

void buf_putc(Buf *b, char c) { buf_add(b, &c, 1); }

void buf_vprintf(Buf *b, const char *fmt, va_list ap) {
	if (!fmt) return;   /* also tells GCC's -O1 UBSan build that fmt is set (no false warning) */
	va_list ap2;
	va_copy(ap2, ap);
	int k = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (k < 0) return;
	buf_grow(b, (size_t)k);
	vsnprintf(b->s + b->n, (size_t)k + 1, fmt, ap);
	b->n += (size_t)k;
}

void buf_printf(Buf *b, const char *fmt, ...) {
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void buf_json_member(Buf *b, const char *key, const char *val) {
	buf_printf(b, ",\"%s\":", key);
	buf_json_str(b, val);
}

void buf_json_strn(Buf *b, const char *s, size_t n) {
	buf_putc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': buf_puts(b, "\\\""); break;
		case '\\': buf_puts(b, "\\\\"); break;
		case '\n': buf_puts(b, "\\n"); break;
		case '\r': buf_puts(b, "\\r"); break;
		case '\t': buf_puts(b, "\\t"); break;
		default:
			if (c < 0x20 || c == 0x7F) buf_printf(b, "\\u%04x", c);
			else if (c < 0x80) buf_putc(b, (char)c);
			else {   /* valid UTF-8 as it is; a byte that is not: U+FFFD, so JSON stays valid */
				size_t len = utf8_seq(s + i, n - i);
				if (len) buf_add(b, s + i, len);
				else buf_puts(b, "\\ufffd");
				i += len ? len - 1 : 0;
			}
		}
	}
	buf_putc(b, '"');
}

void buf_json_str(Buf *b, const char *s) {
	if (!s) buf_puts(b, "null");
	else buf_json_strn(b, s, strlen(s));
}

char *buf_take(Buf *b) {
	char *s = b->s ? b->s : xstrdup("");
	b->s = NULL;
	b->n = b->cap = 0;
	return s;
}

void buf_reset(Buf *b) {
	b->n = 0;
	if (b->s) b->s[0] = 0;
}

void buf_free(Buf *b) {
	free(b->s);
	b->s = NULL;
	b->n = b->cap = 0;
}

size_t utf8_seq(const char *s, size_t n) {
	const unsigned char *p = (const unsigned char *)s;
	if (n == 0) return 0;
	unsigned c = p[0], min;
	size_t len;
	if (c < 0x80) return 1;
	else if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; c &= 0x1F; }
	else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; c &= 0x0F; }
	else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; c &= 0x07; }
	else return 0;
	if (len > n) return 0;
	for (size_t k = 1; k < len; k++) {
		if ((p[k] & 0xC0) != 0x80) return 0;
		c = (c << 6) | (p[k] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
	return len;
}

int utf8_valid(const char *s, size_t n, size_t *bad_at) {
	size_t i = 0;
	while (i < n) {
		size_t len = utf8_seq(s + i, n - i);
		if (!len) {
			if (bad_at) *bad_at = i;
			return 0;
		}
		i += len;
	}
	return 1;
}

size_t utf8_len(const char *s, size_t n) {
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80) k++;
	return k;
}

#define MAX_FILE (256u << 20)  /* larger files are not documents */
#define MAX_LINE (16u << 20)   /* the longest section of Danish law is far below this */

const char *file_type_why(unsigned mode) {
	if (S_ISFIFO(mode)) return "a FIFO (named pipe), not a regular file";
	if (S_ISSOCK(mode)) return "a socket, not a regular file";
	if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device, not a regular file";
	if (S_ISDIR(mode)) return "a folder, not a file";
	return "not a regular file";
}

/* UTF-16 text: a byte-order mark, or NUL in every other byte of its start. */
static int utf16_like(const char *b, size_t n) {
	const unsigned char *u = (const unsigned char *)b;
	if (n >= 4 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) return 1;
	size_t m = n < 64 ? n & ~(size_t)1 : 64, zeros = 0;
	for (size_t i = 0; i < m; i += 2) zeros += (u[i] == 0) != (u[i + 1] == 0);
	return m >= 8 && zeros == m / 2;
}

char *text_file_read(const char *path, size_t *n, char **why) {
	/* O_NONBLOCK: opening a FIFO does not wait for a writer; it is refused below */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		*why = xprintf("cannot open: %s", strerror(errno));
		return NULL;
	}
	struct stat st;
	int fail = fstat(fd, &st) != 0;
	if (fail || !S_ISREG(st.st_mode)) {
		*why = fail ? xprintf("cannot read: %s", strerror(errno)) : xstrdup(file_type_why(st.st_mode));
		close(fd);
		return NULL;
	}
	FILE *f = fdopen(fd, "rb");
	if (!f) {
		*why = xprintf("cannot open: %s", strerror(errno));
		close(fd);
		return NULL;
	}
	if ((unsigned long long)st.st_size > MAX_FILE) {
		*why = xprintf("file is %lld bytes; documents are at most %u MiB",
		               (long long)st.st_size, MAX_FILE >> 20);
		fclose(f);
		return NULL;
	}
	char *buf = xmalloc((size_t)st.st_size + 1);
	size_t got = fread(buf, 1, (size_t)st.st_size, f);
	int bad = ferror(f);
	fclose(f);
	if (bad) {
		*why = xstrdup("read error");
		free(buf);
		return NULL;
	}
	buf[got] = 0;
	*n = got;
	size_t at = 0, line = 1, line_start = 0;
	const char *nul = memchr(buf, 0, got);
	if (got == 0 || strspn(buf, " \t\r\n") == got) *why = xstrdup("empty file: no text");
	else if (utf16_like(buf, got))
		*why = xstrdup("UTF-16 text; convert the file to UTF-8 (iconv -f UTF-16 -t UTF-8)");
	else if (nul) *why = xprintf("binary file (NUL byte at offset %zu), not a text document",
	                              (size_t)(nul - buf));
	else if (!utf8_valid(buf, got, &at)) {
		for (size_t i = 0; i < at; i++)
			if (buf[i] == '\n') line++;
		*why = xprintf("invalid UTF-8 at byte %zu (line %zu); convert the file to UTF-8", at, line);
	} else {
		for (size_t i = 0; i <= got && !*why; i++) {
			if (i == got || buf[i] == '\n') {
				if (i - line_start > MAX_LINE)
					*why = xprintf("line %zu is %zu bytes long (at most %u MiB): not a document",
					               line, i - line_start, MAX_LINE >> 20);
				line++;
				line_start = i + 1;
			}
		}
	}
	if (*why) {
		free(buf);
		return NULL;
	}
	return buf;
}

char *file_stem(const char *path) {
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	return xstrndup(base, dot && dot > base ? (size_t)(dot - base) : strlen(base));
}

int edit_distance(const char *a, const char *b, int swaps) {
	size_t m = strlen(a), n = strlen(b);
	if (m > 40 || n > 40) return 99;
	int d[41][41];
	for (size_t i = 0; i <= m; i++) d[i][0] = (int)i;
	for (size_t j = 0; j <= n; j++) d[0][j] = (int)j;
	for (size_t i = 1; i <= m; i++)
		for (size_t j = 1; j <= n; j++) {
			int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < best) best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
			if (swaps && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[m][n];
}

unsigned hash_bytes(const char *s, size_t n) {
	unsigned h = 2166136261u;
	for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

double monotonic_seconds(void) {
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
