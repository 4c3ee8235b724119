/*
** term.h -- what lovgraf knows of the terminal it writes to: whether it is one,
** how wide it is, whether to colour (--color, NO_COLOR), and the pager that
** long output goes through ($PAGER, default `less -FRX`; --no-pager).
*/
#ifndef LOVGRAF_TERM_H
#define LOVGRAF_TERM_H

#include <stdio.h>

/* Columns of the terminal f writes to ($COLUMNS when set and the ioctl says
** nothing); 0 when f is not a terminal. */
int term_width(FILE *f);

/* Display columns of s[0..n): code points, combining marks zero, East Asian
** wide and fullwidth forms two. */
int term_columns(const char *s, size_t n);

/* The byte length of the longest prefix of s[0..n) that fits in cols columns. */
size_t term_fit(const char *s, size_t n, int cols);

#endif
