/*
** citation.c -- a provision's citation string (see citation.h): where it is
** (§, stk., nr., kapitel), the act's title, and the version by type, number and
** date, the date written out ("1. marts 2024").
*/
#include "citation.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* "2024-03-01" as "1. marts 2024" (the month's name from the lexicon). */
static void date_words(Buf *b, const Lexicon *lx, const char *date) {
	const LexList *months = lexicon_list(lx, "month");
	int m = atoi(date + 5), d = atoi(date + 8);
	const char *name = NULL;
	for (int i = 0; months && i < months->n && !name; i++)
		if (atoi(months->v[i].value) == m) name = months->v[i].word;
	if (name) buf_printf(b, "%d. %s %.4s", d, name, date);
	else buf_puts(b, date);
}

/* Where it is in its act: "§ 53, stk. 4, nr. 2", "kapitel 19"; "" for the act.
** w: the words of citation_word. */
static void place(Buf *b, const LexList *w, const Item *it) {
	if (it->kind && !strcmp(it->kind, "chapter") && it->chapter) {
		buf_printf(b, "%s %s", lexlist_value(w, "chapter"), it->chapter);
		return;
	}
	if (!it->section) return;
	buf_printf(b, "§ %s", it->section);
	if (it->subsection) buf_printf(b, ", %s %s", lexlist_value(w, "subsection"), it->subsection);
	if (it->item)
		buf_printf(b, ", %s %s",
		           lexlist_value(w, it->kind && !strcmp(it->kind, "litra") ? "litra" : "item"),
		           it->item);
}

/* The version's title without a consolidation's lead ("Bekendtgørelse af lov
** om X" -> "lov om X") and with a small first letter. */
static char *plain_title(const Lexicon *lx, const char *title) {
	const LexList *lead = lexicon_list(lx, "consolidation_lead");
	size_t k = lead ? lexlist_prefix(lead, title, strlen(title), LEX_CASELESS, NULL) : 0;
	const char *t = title + k;
	while (*t == ' ') t++;
	char *s = xstrdup(t);
	if (s[0] >= 'A' && s[0] <= 'Z') s[0] = (char)(s[0] - 'A' + 'a');
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\n' || s[n - 1] == ' ')) s[--n] = 0;
	return s;
}

char *citation_of(const Lexicon *lx, const Item *it) {
	const LexList *nouns = lexicon_list(lx, "citation_noun"), *w = lexicon_list(lx, "citation_word");
	if (!it->id || !it->version_type || !it->version_title || !it->version_number ||
	    !it->version_date || strlen(it->version_date) < 10 || !nouns || !w)
		return NULL;
	int at = lexlist_find(nouns, it->version_type, strlen(it->version_type), LEX_EXACT);
	if (at < 0) return NULL;
	const char *v = nouns->v[at].value, *sp = strchr(v, ' ');
	if (!sp) return NULL;
	size_t noun_n = (size_t)(sp - v);
	int jf = !strcmp(sp + 1, "jf");
	char *title = plain_title(lx, it->version_title);
	Buf b = BUF_INIT;
	const char *in = lexlist_value(w, "in"), *nr = lexlist_value(w, "number"),
	           *of = lexlist_value(w, "of");
	place(&b, w, it);
	if (b.n) buf_printf(&b, "%s %s ", strchr(b.s, ',') ? "," : "", in);
	if (jf) {   /* "i lov om X, jf. lovbekendtgørelse nr. 280 af 1. marts 2024" */
		buf_printf(&b, "%s, %s %.*s %s %s %s ", title, lexlist_value(w, "see"), (int)noun_n, v, nr,
		           it->version_number, of);
		date_words(&b, lx, it->version_date);
	} else {   /* "i bekendtgørelse nr. 2409 af 13. december 2021 om Y" */
		const char *rest = title;
		if (!strncasecmp(rest, v, noun_n) && rest[noun_n] == ' ') rest += noun_n + 1;
		buf_printf(&b, "%.*s %s %s %s ", (int)noun_n, v, nr, it->version_number, of);
		date_words(&b, lx, it->version_date);
		if (*rest) buf_printf(&b, " %s", rest);
	}
	free(title);
	return buf_take(&b);
}
