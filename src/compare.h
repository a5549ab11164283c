/* SPDX-License-Identifier: GPL-3.0-or-later */
/* compare.h - this year's report against last year's: sections aligned in
 * order by heading similarity, level by level; in each aligned pair the
 * figures paired by subject (国内生产总值 增长 6.5%左右 → 6%－6.5%) and
 * the sentences one has and the other has not.  No curses. */
#ifndef BAOGAO_COMPARE_H
#define BAOGAO_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "figures.h"
#include "outline.h"
#include "status.h"

/* One report as compare_reports reads it (nothing is copied: all three
 * must outlive the comparison). */
struct compare_side {
	const struct doc *doc;
	const struct outline *outline;
	const struct figure_list *figures;
};

/* A piece of one side's doc->text. */
struct compare_text {
	size_t offset;
	size_t length;
};

/* How a section or a figure differs, in the words of the output. */
#define COMPARE_STATE_LIST(X) \
	X(COMPARE_SAME, "same") \
	X(COMPARE_CHANGED, "changed") \
	X(COMPARE_ADDED, "added") \
	X(COMPARE_REMOVED, "removed") \
	X(COMPARE_UP, "up") \
	X(COMPARE_DOWN, "down")

enum compare_state {
#define COMPARE_STATE_ENUM(name, word) name,
	COMPARE_STATE_LIST(COMPARE_STATE_ENUM)
#undef COMPARE_STATE_ENUM
};

/* A figure of the old section and the figure of the new one that
 * measures the same thing (either NULL when the other side has none).
 * TEXT is the figure as shown: a range 6%－6.5% and a qualifier 左右,
 * 以上, 以内 that follow it are part of it.  VERB is the word between the
 * subject and the figure (增长, 涨幅), length 0 when none; SUBJECT and
 * VERB are on the new side when there is one, else on the old. */
struct compare_figure {
	const struct figure *old, *new;
	struct compare_text old_text, new_text;
	struct compare_text subject, verb;
	bool subject_new;        /* SUBJECT and VERB are in the new doc's text */
	enum compare_state state; /* same, up, down, changed, added, removed */
};

/* One row of the comparison: a section of the old report, of the new or
 * of both, in the order of the new report with removed sections where
 * they stood.  Its own text is the text after its heading up to its first
 * child; its sentences are those of its own text; its figures, of a pair,
 * those of both own texts and of the sections under them without a
 * partner (whose rows then list none), of a top-level section on one side
 * only, those of all under it, and else none. */
struct compare_section {
	const struct outline_node *old, *new;   /* NULL: not on that side */
	double similarity;       /* of the headings, 0 to 1 (0 when one side) */
	int depth;               /* 1 = top level */
	enum compare_state state; /* same, changed, added or removed */
	struct compare_figure *figures;
	size_t figure_count;
	/* Sentences of the new own text the old has not, and of the old
	 * own text the new has not, in their order (pairs only). */
	struct compare_text *added, *dropped;
	size_t added_count, dropped_count;
};

struct comparison {
	struct compare_section *sections;
	size_t count;
};

/* The Dice coefficient of the character bigrams of A (A_LENGTH bytes of
 * UTF-8) and B: 2 × shared bigrams / all bigrams, from 0 to 1.  White
 * space and punctuation are left out and a run of digits counts as one
 * character, so 2018年工作 and 2019年工作 are alike (1).  Two texts of
 * fewer than two characters are 1 when equal, else 0. */
double compare_similarity(const char *a, size_t a_length, const char *b, size_t b_length);

/* The similarity of two headings: their titles' compare_similarity, with
 * a quarter of the weight on the labels being the same (一、 and 一、). */
double compare_heading_similarity(const struct outline_node *old, const struct outline_node *new);

/* One step of an alignment: OLD and NEW are indices, SIZE_MAX when the
 * item is on one side only. */
struct compare_step {
	size_t old, new;
};

/* The order-preserving alignment of OLD_COUNT items with NEW_COUNT items
 * (Needleman-Wunsch with no cost for a gap): the pairs whose similarity
 * (SIMILARITY[i * new_count + j]) is at least THRESHOLD, chosen so that
 * their total similarity is the largest, and every other item alone, in
 * order (of two items alone side by side, the old one first).  *STEPS is
 * malloc'd (the caller frees it), *COUNT steps.  BG_ERR_NOMEM when memory
 * runs out. */
enum bg_status compare_align(const double *similarity, size_t old_count, size_t new_count,
			     double threshold, struct compare_step **steps, size_t *count);

/* The sentences of TEXT [OFFSET, END) of DOC, split after 。！？； and at
 * line ends, white space trimmed, empty ones left out, in *OUT
 * (malloc'd, *COUNT of them).  BG_ERR_NOMEM when memory runs out. */
enum bg_status compare_sentences(const struct doc *doc, size_t offset, size_t end,
				 struct compare_text **out, size_t *count);

/* Pairs the figures with a subject of OLD's section OLD_NODE (its own,
 * not its children's) with NEW's in NEW_NODE (either NULL: that side has
 * none): same subject, same change-or-level and same unit first, then a
 * subject that holds the other (调查失业率 in 城镇调查失业率), each in
 * document order.  *OUT is malloc'd in the new section's order with the
 * old figures left over where they stood; *COUNT of them. */
enum bg_status compare_figures(const struct compare_side *old, const struct outline_node *old_node,
			       const struct compare_side *new, const struct outline_node *new_node,
			       struct compare_figure **out, size_t *count);

/* Compares OLD with NEW: their top-level sections aligned, then the
 * children of each aligned pair, and so on down; a section on one side
 * only is added or removed with all under it.  *OUT is the caller's
 * (compare_free).  BG_ERR_NOMEM when memory runs out. */
enum bg_status compare_reports(const struct compare_side *old, const struct compare_side *new,
			       struct comparison *out);

void compare_free(struct comparison *comparison);

/* The word for STATE ("same", "added" …). */
const char *compare_state_name(enum compare_state state);

/* The mark of a section's STATE in text and in the compare view: + added,
 * - removed, ~ changed, a space the same. */
char compare_state_mark(enum compare_state state);

/* Where NODE's own text ends: where its first child begins, else where
 * it ends.  Its own text starts at node->body. */
size_t compare_own_end(const struct outline_node *node);

#endif
