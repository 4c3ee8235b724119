/*
** neighbourhood.h -- the neighbourhood of a provision, for a picture: what it
** cites and what that cites, what cites it and what cites that, to a depth;
** then made readable: consecutive provisions of one act that stand in the same
** place of the picture (the same references in and out) become one node ("LAB
** § 6, nr. 1-5"), and the many provisions of one act that only cite a
** provision cited often become one node with their count ("LAB: 76
** provisions").
**
** The walk follows references out of the provision outwards and references
** into it inwards (not the other provisions that cite what it cites): the
** references out and in are graph_refs_from() and graph_refs_to(), so a picture
** shows what `refs --from` and `refs --to` list, from the law in force on the
** date (or every version).
**
** Ownership: a Neighbourhood owns its nodes, their items and strings, and its
** edges; nb_free() frees it all.
*/
#ifndef LOVGRAF_NEIGHBOURHOOD_H
#define LOVGRAF_NEIGHBOURHOOD_H

#include "graph.h"
#include "item.h"

enum { NB_MAX_DEPTH = 3 };     /* deeper pictures of this graph are all of it */
enum { NB_MAX_NODES = 1500 };  /* provisions walked at most; the others are counted */
enum { NB_GROUP_AT = 12 };     /* a provision cited by more than this many: its citers grouped */

typedef enum NbKind {
	NB_PROVISION,   /* one provision of the index */
	NB_TARGET,      /* a citation's target that is not in the index (unresolved) */
	NB_RANGE,       /* consecutive provisions of one act: "LAB §§ 6-9", "LAB § 6, nr. 1-5" */
	NB_ACT_GROUP    /* provisions of one act that only cite a provision cited often */
} NbKind;

typedef struct NbNode {
	NbKind kind;
	Item it;           /* the provision (a range's or group's first member) */
	int depth;         /* steps from the provision asked for (0: it) */
	char *label;       /* the reference: ref, a range's "LAB §§ 6-9", a group's act */
	int n_members;     /* a range's or group's provisions (1 for the others) */
	char **members;    /* their references within the act ("§ 9, stk. 1"), in order */
} NbNode;

typedef struct NbEdge {
	int from, to;      /* indices of nodes: from cites (quotes, amends ...) to */
	char *kind;        /* edges.kind: cites, quotes, amends, repeals, same_text */
	int count;         /* the references it stands for (a group's, a range's) */
	char *match;       /* the citing text of the first of them */
} NbEdge;

typedef struct Neighbourhood {
	NbNode *nodes;     /* nodes[0] is the provision asked for */
	int n_nodes;
	NbEdge *edges;
	int n_edges;
	int depth;
	int left_out;      /* references not drawn: their provisions were over NB_MAX_NODES */
	int not_in_force;  /* referring provisions left out: not of the law on the date */
} Neighbourhood;

/* The neighbourhood of provision id to depth (1 to NB_MAX_DEPTH); references
** into a provision only from the law of date (NULL: from every version).
** Returns LG_OK and *out (the caller's: nb_free), or LG_ERROR when a read
** failed (graph_fault says why). */
int nb_walk(Graph *g, long long id, int depth, const char *date, Neighbourhood **out);
void nb_free(Neighbourhood *nb);   /* accepts NULL */

#endif
