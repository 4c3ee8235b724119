/*
** dot.h -- Graphviz's `dot` program as a child process: DOT text in, a picture
** (SVG) out, through pipes, without a shell. Graphviz is optional: without it
** the call says which Debian package to install.
**
** Ownership: the picture is appended to the caller's Buf; *err is malloc()ed
** and the caller's.
*/
#ifndef LOVGRAF_DOT_H
#define LOVGRAF_DOT_H

#include <stddef.h>
#include "util.h"

/* Runs `dot -TFORMAT` on src[0..n) and appends what it writes to *out.
** stop(ctx) is asked now and then; nonzero ends dot (Ctrl-C, --timeout).
** Returns LG_OK; LG_NOTFOUND when there is no dot program (*err names the
** package); LG_ERROR when dot failed or was stopped (*err says why). */
int dot_render(const char *src, size_t n, const char *format, int (*stop)(void *ctx), void *ctx,
               Buf *out, char **err);

#endif
