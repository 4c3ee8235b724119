/*
** status.c -- a provision's state on a date, as JSON and as text (see status.h).
*/
#include "status.h"
#include "render.h"

#include <stdlib.h>
#include <string.h>

void status_doc(Buf *b, const DocRow *d) {
	if (d->type && d->number) buf_printf(b, "%s nr. %s", d->type, d->number);
	else buf_puts(b, d->name ? d->name : "?");
	if (d->date) buf_printf(b, " af %s", d->date);
}

static void doc_json(Buf *b, const DocRow *d) {
	render_doc_open(b, d->name, d->type, d->number, d->date, d->title);
}

static const char *how_name(TlRepealHow h) {
	return h == TL_HOW_MARKED ? "marked_repealed" : h == TL_HOW_DROPPED ? "not_in_version"
	       : h == TL_HOW_ACT ? "act_repealed" : NULL;
}

static const char *short_of(const Acts *acts, const char *act) {
	const char *s = act && acts_known(acts, act) ? acts_short(acts, act) : NULL;
	return s && *s ? s : act;
}

/* ,"in_force":{...} (null with "nearest" or "last" when none is in force) */
static void in_force_json(Buf *b, const TlState *s) {
	if (s->version.name) {
		buf_puts(b, ",\"in_force\":");
		if (!s->version_in_force)   /* none in force: the nearest one, or the last (repealed) */
			buf_puts(b, s->status == TL_REPEALED ? "null,\"last\":" : "null,\"nearest\":");
		doc_json(b, &s->version);
		buf_putc(b, '}');
	} else if (s->status != TL_AMENDMENT) {
		buf_puts(b, ",\"in_force\":null");
	}
	if (s->valid_from[0]) {
		buf_json_member(b, "valid_from", s->valid_from);
		if (s->valid_to[0]) buf_json_member(b, "valid_to", s->valid_to);
		else buf_puts(b, ",\"valid_to\":null");
	}
}

static void changes_json(Buf *b, const TlState *s) {
	buf_puts(b, ",\"changed_by\":[");
	for (int i = 0; i < s->n_changes; i++) {
		const TlChange *c = &s->changes[i];
		if (i) buf_putc(b, ',');
		doc_json(b, &c->by);
		buf_json_member(b, "text", c->text);
		buf_printf(b, ",\"of_section\":%s,\"certain\":%s,\"inserted\":%s}", render_bool(c->of_section),
		           render_bool(c->certain), render_bool(c->inserted));
	}
	buf_putc(b, ']');
}

static void repeal_json(Buf *b, const TlState *s) {
	if (!s->repealed_by.name) {
		buf_puts(b, ",\"repealed_by\":null");
		return;
	}
	buf_puts(b, ",\"repealed_by\":");
	doc_json(b, &s->repealed_by);
	if (s->repealed_from[0]) buf_json_member(b, "from", s->repealed_from);
	buf_json_member(b, "how", how_name(s->how));
	if (s->keeps) buf_json_member(b, "kept_by", s->keeps);
	buf_printf(b, ",\"later\":%s}", render_bool(s->repeal_later));
}

void status_json(Buf *b, const TlState *s, const Acts *acts) {
	const char *name = tl_status_name(s->status);
	if (!name) return;
	buf_json_member(b, "status", name);
	in_force_json(b, s);
	if (s->status != TL_AMENDMENT) {
		changes_json(b, s);
		repeal_json(b, s);
	}
	if (s->amends_act) {
		buf_puts(b, ",\"amends\":{\"act\":");
		buf_json_str(b, short_of(acts, s->amends_act));
		buf_json_member(b, "section", s->amends_section);
		buf_printf(b, ",\"certain\":%s,\"inserted\":%s}", render_bool(s->amends_certain),
		           render_bool(s->amends_inserted));
	}
}

static void repeal_words(Buf *b, const TlState *s) {
	if (s->how == TL_HOW_MARKED) {
		buf_puts(b, "repealed: marked repealed since ");
		status_doc(b, &s->repealed_by);
	} else if (s->how == TL_HOW_DROPPED) {
		buf_puts(b, "repealed: not in the versions from ");
		status_doc(b, &s->repealed_by);
		buf_puts(b, " on");
	} else {
		buf_puts(b, "repealed: the whole document, by ");
		status_doc(b, &s->repealed_by);
		if (s->repealed_from[0]) buf_printf(b, ", from %s", s->repealed_from);
	}
}

char *status_words(const TlState *s, const char *date, const Acts *acts, int always) {
	if (s->status == TL_NONE || (s->status == TL_IN_FORCE && !always && !s->repeal_later))
		return NULL;
	Buf l = BUF_INIT;
	switch (s->status) {
	case TL_IN_FORCE:
		buf_printf(&l, "in force on %s (", date);
		status_doc(&l, &s->version);
		buf_putc(&l, ')');
		break;
	case TL_CHANGED:
	case TL_MAYBE_CHANGED:
		buf_puts(&l, s->status == TL_CHANGED ? "changed later by " : "possibly changed later by ");
		status_doc(&l, &s->changes[s->n_changes - 1].by);
		if (s->n_changes > 1) buf_printf(&l, " and %d earlier", s->n_changes - 1);
		buf_puts(&l, ", not yet consolidated");
		if (s->status == TL_MAYBE_CHANGED)
			buf_puts(&l, " (it amends several acts; the new text may be of another)");
		else if (!s->changes[s->n_changes - 1].certain) buf_puts(&l, " (attribution uncertain)");
		break;
	case TL_SUPERSEDED:
		buf_printf(&l, "superseded: the version of %s; in force on %s is ", s->valid_from, date);
		status_doc(&l, &s->version);
		break;
	case TL_REPEALED:
		repeal_words(&l, s);
		break;
	case TL_NOT_YET:
		buf_printf(&l, "not yet in force on %s: this version is of %s", date, s->valid_from);
		if (s->version_in_force) {
			buf_puts(&l, "; in force then is ");
			status_doc(&l, &s->version);
		}
		break;
	case TL_NO_VERSION:
		buf_printf(&l, "no version in force on %s: this is only the nearest, ", date);
		status_doc(&l, &s->version);
		break;
	case TL_AMENDMENT:
		buf_printf(&l, "a quoted new text of an amending act: %s %s § %s",
		           s->amends_inserted ? "inserts" : "new wording of",
		           short_of(acts, s->amends_act), s->amends_section);
		buf_puts(&l, s->amends_certain ? "" : " (attribution uncertain: it amends several acts)");
		break;
	case TL_NONE:
		break;
	}
	if (s->repeal_later && s->status != TL_REPEALED) {
		buf_puts(&l, "; to be repealed by ");
		status_doc(&l, &s->repealed_by);
		if (s->repealed_from[0]) buf_printf(&l, " from %s", s->repealed_from);
	}
	return buf_take(&l);
}

void status_line(Buf *b, const TlState *s, const char *date, const Acts *acts, int indent,
                 int always, int width) {
	char *words = status_words(s, date, acts, always);
	if (!words) return;
	char *line = xprintf("status: %s", words);
	render_wrap_hanging(b, line, strlen(line), indent, indent + 8, width);
	free(line);
	free(words);
}

void status_changes(Buf *b, const TlState *s, int indent, int width) {
	for (int i = 0; i < s->n_changes; i++) {
		const TlChange *c = &s->changes[i];
		Buf h = BUF_INIT;
		buf_puts(&h, !c->text ? "changed by " : c->inserted ? "inserted by " : "new wording by ");
		status_doc(&h, &c->by);
		buf_printf(&h, " (%s%s%s)%s", c->by.name ? c->by.name : "?",
		           c->certain ? "" : "; attribution uncertain",
		           c->of_section ? "; the new section has no such subsection or item" : "",
		           c->text ? ":" : "");
		render_wrap(b, h.s, h.n, indent, width);
		buf_free(&h);
		if (c->text) render_wrap(b, c->text, strlen(c->text), indent + 2, width);
	}
}
