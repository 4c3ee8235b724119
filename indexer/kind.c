/*
** kind.c -- document kinds and their predicates (see kind.h).
*/
#include "kind.h"

#include <string.h>

static const char *const NAMES[] = {
	[DOC_LOV] = "LOV", [DOC_LBK] = "LBK", [DOC_BEK] = "BEK", [DOC_CIR] = "CIR",
	[DOC_VEJ] = "VEJ", [DOC_SKR] = "SKR", [DOC_SVAR] = "SVAR", [DOC_BREV] = "BREV",
	[DOC_BILAG] = "BILAG", [DOC_EXT] = "EXT",
};

DocKind doc_kind(const char *type) {
	if (!type) return DOC_OTHER;
	for (int k = DOC_LOV; k <= DOC_EXT; k++)
		if (!strcmp(type, NAMES[k])) return (DocKind)k;
	return DOC_OTHER;
}

const char *doc_kind_name(DocKind k) { return k > DOC_OTHER && k <= DOC_EXT ? NAMES[k] : NULL; }

int doc_kind_is_letter(DocKind k) { return k == DOC_SVAR || k == DOC_BREV || k == DOC_BILAG; }
int doc_kind_is_guideline(DocKind k) { return k == DOC_VEJ || k == DOC_SKR || k == DOC_CIR; }
int doc_kind_is_act(DocKind k) { return k == DOC_LOV || k == DOC_LBK; }

char doc_kind_class(DocKind k) {
	switch (k) {
	case DOC_LOV: case DOC_LBK: return 'L';
	case DOC_BEK: return 'B';
	case DOC_VEJ: return 'V';
	case DOC_SKR: case DOC_CIR: return 'S';
	default: return 'O';
	}
}
