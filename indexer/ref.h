/*
** ref.h -- the canonical written form of a provision reference, the one used in
** every output and in provisions.ref: "LAS § 69, stk. 2", "LAB § 6, nr. 1",
** "LAB kapitel 11", "VEJ-FP afsnit 4.1".
**
** Ownership: ref_format() returns a malloc()ed string; the caller frees it.
*/
#ifndef LOVGRAF_REF_H
#define LOVGRAF_REF_H

/* Any of chapter, section, nr, litra, part may be NULL or ""; stk 0 = none.
** An empty short_name (the act is not known) writes the rest alone: "§ 5".
** A section wins over a chapter (a section's chapter is not written). */
char *ref_format(const char *short_name, const char *chapter, const char *section,
                 int stk, const char *nr, const char *litra, const char *part);

#endif
