/*
** carry.c -- the act a citation that names none is read in (see carry.h).
*/
#include "carry.h"
#include "kind.h"

#include <stdio.h>
#include <string.h>

void carry_init(Carry *c, const Acts *acts) {
	memset(c, 0, sizeof *c);
	c->acts = acts;
}

void carry_forget_act(Carry *c) {
	c->act[0] = 0;
	c->act_known = 0;
}

void carry_forget_section(Carry *c) {
	c->sec[0] = 0;
	c->sec_act[0] = 0;
	c->sec_known = 0;
}

void carry_forget_guideline(Carry *c) { c->guide[0] = 0; }

const char *carry_act(const Carry *c) { return c->act; }

static int is_guideline(const Carry *c, const char *key) {
	return doc_kind_is_guideline(doc_kind(acts_kind(c->acts, key)));
}

void carry_cite(Carry *c, Cite *ci, unsigned flags) {
	if (ci->act[0]) {
		snprintf(c->act, sizeof c->act, "%s", ci->act);
		c->act_known = ci->act_known;
		if (ci->act_known && is_guideline(c, ci->act)) snprintf(c->guide, sizeof c->guide, "%s", ci->act);
	} else if ((ci->kind == CITE_SECTION || ci->kind == CITE_CHAPTER) && c->act[0]) {
		snprintf(ci->act, sizeof ci->act, "%s", c->act);
		ci->act_known = c->act_known;
	} else if (ci->kind == CITE_PART && c->guide[0]) {
		snprintf(ci->act, sizeof ci->act, "%s", c->guide);
		ci->act_known = 1;
	} else if ((flags & CARRY_SECTION) && ci->kind == CITE_STK && c->sec[0]) {
		ci->kind = CITE_SECTION;
		snprintf(ci->sec, sizeof ci->sec, "%s", c->sec);
		snprintf(ci->act, sizeof ci->act, "%s", c->sec_act);
		ci->act_known = c->sec_known;
	}
	if ((flags & CARRY_SECTION) && ci->kind == CITE_SECTION && !ci->sec_hi[0] && ci->act[0]) {
		snprintf(c->sec, sizeof c->sec, "%s", ci->sec);
		snprintf(c->sec_act, sizeof c->sec_act, "%s", ci->act);
		c->sec_known = ci->act_known;
	}
}
