/*
** term.h -- what lovgraf knows of the terminal it writes to: whether it is one,
** how wide it is, whether to colour (--color, NO_COLOR), and the pager that
** long output goes through ($PAGER, default `less -FRX`; --no-pager).
*/
#ifndef LOVGRAF_TERM_H
#define LOVGRAF_TERM_H

#include <stdio.h>
#include "util.h"

/* Columns of the terminal f writes to ($COLUMNS when set and the ioctl says
** nothing); 0 when f is not a terminal. */
int term_width(FILE *f);

/* Display columns of s[0..n): code points, combining marks zero, East Asian
** wide and fullwidth forms two. */
int term_columns(const char *s, size_t n);

/* The byte length of the longest prefix of s[0..n) that fits in cols columns. */
size_t term_fit(const char *s, size_t n, int cols);

/* Whether to colour output to f: setting 1 (--color=always) or 0 (never); -1
** (auto): f is a terminal, $NO_COLOR is unset or empty and $TERM is not dumb. */
int term_use_color(int setting, FILE *f);

/* Appends s[0..n) styled for a colour terminal: **word** (ask's matched words)
** bold, the marks ✓ green, ✗ red, ≈ ○ ! yellow, headings ("refers to (3):",
** "history:") and ranked hits (" 1. LAB § 53") bold. s holds no escape
** sequences of its own (they were neutralised before). */
void term_style(Buf *out, const char *s, size_t n);

/* The pager for output to the terminal tty: $PAGER (a shell command, as git
** runs it; empty or "cat": none), else `less -FRX` when less is installed; its
** standard input, or NULL for none (*missing: the $PAGER that cannot be run).
** $LESS is set to FRX when unset. */
FILE *term_pager_open(FILE *tty, const char **missing);
/* Waits for the pager to end (the user leaves it); Ctrl-C meanwhile is the
** pager's. */
void term_pager_close(FILE *pager);

#endif
