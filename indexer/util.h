/*
** util.h -- small helpers shared by every module: allocation that never
** returns NULL, and Buf, a growable byte string.
**
** Ownership: every char* returned by an x*() function or taken from a Buf
** with buf_take() is malloc()ed; the caller frees it with free().
*/
#ifndef LOVGRAF_UTIL_H
#define LOVGRAF_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* Status codes shared by all library modules. Functions that can fail return
** one of these and leave a message for the caller (never print). */
enum { LG_OK = 0, LG_ERROR = 1, LG_NOTFOUND = 2, LG_USAGE = 3 };

void *xmalloc(size_t n);            /* aborts when memory is exhausted */
void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);       /* NULL in, NULL out */
char *xstrndup(const char *s, size_t n);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

typedef struct Buf {                /* value type: fields are public on purpose */
	char *s;                        /* always NUL-terminated when non-NULL */
	size_t n, cap;
} Buf;

#define BUF_INIT {NULL, 0, 0}
void buf_add(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_putc(Buf *b, char c);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
void buf_json_str(Buf *b, const char *s);         /* "..." with JSON escapes; NULL -> null;
                                                    bytes that are not UTF-8 as \ufffd */
void buf_json_strn(Buf *b, const char *s, size_t n);
void buf_json_member(Buf *b, const char *key, const char *val); /* ,"key":"val" */
char *buf_take(Buf *b);             /* returns the string (never NULL) and resets b */
void buf_reset(Buf *b);             /* n = 0, keeps memory */
void buf_free(Buf *b);

/* UTF-8 helpers */
int utf8_valid(const char *s, size_t n, size_t *bad_at /* OUT: offset of first bad byte */);
/* The edits (insert, delete, substitute a byte; swaps: also swap two neighbours)
** that make a into b; 99 when either is longer than 40 bytes. */
int edit_distance(const char *a, const char *b, int swaps);
/* The length of the valid UTF-8 sequence at s (of n bytes), or 0. */
size_t utf8_seq(const char *s, size_t n);
/* FNV-1a of s[0..n): for the small direct-mapped caches of the modules. */
unsigned hash_bytes(const char *s, size_t n);
double monotonic_seconds(void);   /* seconds on the monotonic clock */
size_t utf8_len(const char *s, size_t n);   /* number of code points */

/* Reads a whole file that must be a text document: a regular file, not empty,
** no NUL byte, valid UTF-8, no line longer than 16 MiB, at most 256 MiB.
** Returns the NUL-terminated text and *n, or NULL with *why saying why
** (malloc()ed, without the path). */
char *text_file_read(const char *path, size_t *n, char **why);
/* Why a file of this st_mode is not read: "a FIFO (named pipe), not a regular file", ... */
const char *file_type_why(unsigned mode);
/* The file name without folder and extension: "a/002_x.txt" -> "002_x". */
char *file_stem(const char *path);

#endif
