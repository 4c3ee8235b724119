/*
** ref.h -- the canonical written form of a provision reference, the one used in
** every output and in provisions.ref: "LAS § 69, stk. 2", "LAB § 6, nr. 1",
** "LAB kapitel 11", "VEJ-FP afsnit 4.1".
**
** Also the canonical forms of section labels: "18a", "18 A" -> "18 a", and
** their sort key (provisions.sec_key), used by the grammar, the store and the
** resolver alike.
**
** Ownership: ref_format() returns a malloc()ed string; the caller frees it.
*/
#ifndef LOVGRAF_REF_H
#define LOVGRAF_REF_H

#include <stddef.h>

/* Any of chapter, section, nr, litra, part may be NULL or ""; stk 0 = none.
** An empty short_name (the act is not known) writes the rest alone: "§ 5".
** A section wins over a chapter (a section's chapter is not written). */
char *ref_format(const char *short_name, const char *chapter, const char *section,
                 int stk, const char *nr, const char *litra, const char *part);

/* Section labels in one canonical form: "18a" "18 a" "18 A" -> "18 a". Writes at
** most cap bytes. Returns 0 if s[0..n) is not a section number. */
int ref_norm_section(const char *s, size_t n, char *out, size_t cap);
/* Sort key of a section label: "69 k" -> 69*1000 + 11*10 (for ranges). */
long ref_section_key(const char *label);

#endif
