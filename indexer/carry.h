/*
** carry.h -- the act a citation that names none is read in. In a letter, a §
** that names no act is of the act named last before it ("Det følger af LAB
** § 53, stk. 4, at ... § 6, nr. 1-3" cites LAB § 6); "vejledningens afsnit 4.2"
** is of the guideline named last, possibly paragraphs before; and, where the
** caller asks for it, "stk. 2" alone is of the section named before it. The
** linker (index.c) and the check of letters (query/check*.c) read citations
** the same way through these functions; each decides when to forget what was
** named (a new text, a new paragraph, a new document).
**
** A Carry is a small value the caller owns; it borrows the act table.
*/
#ifndef LOVGRAF_CARRY_H
#define LOVGRAF_CARRY_H

#include "acts.h"
#include "cite.h"

typedef struct Carry {
	const Acts *acts;
	char act[ACT_KEY_MAX];       /* the act named last, "" when none */
	int act_known;
	char guide[ACT_KEY_MAX];     /* the guideline (VEJ, SKR, CIR) named last, "" when none */
	char sec[16];        /* the section named last, for "stk. N" alone; "" when none */
	char sec_act[ACT_KEY_MAX];   /* ... and its act */
	int sec_known;
} Carry;

enum {
	CARRY_SECTION = 1   /* "stk. N" alone becomes "§ <the section named before>, stk. N" */
};

void carry_init(Carry *c, const Acts *acts);   /* nothing named yet */
void carry_forget_act(Carry *c);               /* forgets the act named */
void carry_forget_section(Carry *c);           /* forgets the section named */
void carry_forget_guideline(Carry *c);         /* forgets the guideline named */

/* The act named last, "" when none. */
const char *carry_act(const Carry *c);

/* Reads ci in what was named before it (it gets the act, the guideline or the
** section it is of), then remembers what ci names. flags: CARRY_*. */
void carry_cite(Carry *c, Cite *ci, unsigned flags);

#endif
