/* SPDX-License-Identifier: GPL-3.0-or-later */
/* figures.h - the hard numbers of a report: quantities, money, percents,
 * dates and document numbers, each tied to its place and section. */
#ifndef BAOGAO_FIGURES_H
#define BAOGAO_FIGURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "outline.h"
#include "status.h"

/* X-macro list: name, the word used on the command line and in output. */
#define FIGURE_KIND_LIST(X) \
	X(FIGURE_QUANTITY, "quantity") \
	X(FIGURE_DURATION, "duration") \
	X(FIGURE_MONEY, "money") \
	X(FIGURE_PERCENT, "percent") \
	X(FIGURE_DATE, "date") \
	X(FIGURE_DOCNO, "docno") \
	X(FIGURE_ORDINAL, "ordinal")

enum figure_kind {
#define FIGURE_KIND_ENUM(name, word) name,
	FIGURE_KIND_LIST(FIGURE_KIND_ENUM)
#undef FIGURE_KIND_ENUM
	FIGURE_KIND_COUNT
};

#define FIGURE_KINDS_DEFAULT \
	((1u << FIGURE_QUANTITY) | (1u << FIGURE_DURATION) | (1u << FIGURE_MONEY) | \
	 (1u << FIGURE_PERCENT) | \
	 (1u << FIGURE_DATE) | (1u << FIGURE_DOCNO))

/* (The words first, then the narrow fields, with no padding between: a
 * large report has hundreds of thousands of figures.) */
struct figure {
	size_t offset;          /* doc->text offset of the figure as written */
	size_t length;          /* bytes */
	double value;           /* normalised: 2万元 -> 20000, 12.5% -> 12.5,
	                           三分之二 -> 66.67 (%), a range 3—5年 -> 5 */
	char *decimal;          /* when not EXACT: the value written out in
	                           full, "300000000000000000000"; NULL when it
	                           is not known.  Owned by the list. */
	const char *unit;       /* static or owned by the unit table: "人", "元", "%", "年" ...;
	                           NULL when none (dates, docnos, 6000万) */
	const struct outline_node *section;  /* deepest section holding it (root if none) */
	/* In a cell of a table: the headers of its row and its column
	 * (table.h), places in doc->text; length 0: none known. */
	size_t row_header, row_header_length;
	size_t column_header, column_header_length;
	/* What it measures (subject.h): a noun phrase of doc->text, the
	 * row's header in a table, or the subject of the figure before it
	 * that it shares (年均增长7.1%); length 0: none known (always for
	 * dates, durations, document numbers and ordinals).  Its source
	 * place as LINE and COLUMN are the figure's. */
	size_t subject, subject_length;
	uint32_t line, column;  /* 1-based source place, column in characters */
	uint32_t subject_line, subject_column;
	enum figure_kind kind : 8;
	bool has_value;         /* false for dates and document numbers */
	bool exact;             /* VALUE is the number written (a quotient such
	                           as 三分之二 rounded once); false past 2^53 or
	                           beyond 15 significant digits */
	bool change;            /* a change (增长5.4%, 比上年提高0.4个百分点),
	                           not a level (5.2万亿元, 提高到58.5%) */
};

struct figure_list {
	struct figure *items;
	size_t count;
};

struct unit_table;

/* Loads the unit list and patterns from the data file at PATH (format in
 * data/units).  *OUT is owned by the caller (figures_free_units). */
enum bg_status figures_load_units(const char *path, struct unit_table **out, struct bg_error *err);
/* The same from TEXT (NUL-terminated, the format of data/units).  On a bad
 * line returns BG_ERR_RULES with "line N: why" in ERR's detail. */
enum bg_status figures_parse_units(const char *text, struct unit_table **out,
				   struct bg_error *err);
void figures_free_units(struct unit_table *units);

/* A bit of figures_extract's KINDS: the figures are only counted (a
 * library's rows), so their places, table headers and subjects are not
 * looked for. */
#define FIGURES_COUNT_ONLY (1u << 31)

/* Text length (bytes) from which figures_extract scans in two threads
 * when its caller passes 0. */
#define FIGURES_THREAD_MIN ((size_t)1 << 20)

/* Extracts the figures of DOC whose kind bit is set in KINDS (1u << kind),
 * in document order.  OUTLINE gives sections (and heading labels to skip);
 * it may be NULL (no sections).  From THREAD_MIN bytes of text on (0:
 * FIGURES_THREAD_MIN; SIZE_MAX: never) two threads scan it, with the same
 * result: the browser, whose figures are found beside the keys, keeps a
 * core for the keys, and tests force two on small texts.  OUT->items is
 * owned by the caller (figures_free).  Returns BG_ERR_NOMEM when memory
 * runs out. */
enum bg_status figures_extract(const struct doc *doc, const struct outline *outline,
			       const struct unit_table *units, unsigned kinds, size_t thread_min,
			       struct figure_list *out);

/* Takes a run of figures (borrowed for the call); false to stop. */
typedef bool figures_each_fn(void *arg, const struct figure_list *run);

/* figures_extract's figures of DOC, given to EACH in runs, in document
 * order: each run the figures of a stretch of STRETCH bytes of text or a
 * little more (to a paragraph's end, or further when a figure runs on
 * over it), found as the whole text's scan finds them.  Only a run's
 * figures are in memory at once.  Returns BG_ERR_CANCELLED when EACH said
 * to stop, BG_ERR_NOMEM when memory ran out. */
enum bg_status figures_extract_each(const struct doc *doc, const struct outline *outline,
				    const struct unit_table *units, unsigned kinds, size_t stretch,
				    size_t thread_min, figures_each_fn *each, void *arg);

void figures_free(struct figure_list *list);

/* The word for KIND ("quantity"), and the kind for a word (-1 if none). */
const char *figure_kind_name(enum figure_kind kind);
int figure_kind_from_name(const char *name, size_t length);

#endif
