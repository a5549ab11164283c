/* SPDX-License-Identifier: GPL-3.0-or-later */
/* figure_rows.h - the rows of the figures panel without a terminal: the
 * figures of a range, kept to one kind and to those whose figure, subject
 * or section holds a text (folded as search folds it), in the order asked
 * for (where they stand, by value, by kind), with the count of each kind;
 * and the texts of a row's columns, which the panel draws and y copies. */
#ifndef BAOGAO_FIGURE_ROWS_H
#define BAOGAO_FIGURE_ROWS_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "figures.h"
#include "outline.h"
#include "status.h"

/* The orders o goes through, in turn. */
enum figure_order {
	FIGURE_BY_POSITION,     /* as they stand in the report */
	FIGURE_BY_VALUE,        /* the largest value first; those without one
	                           (dates, document numbers) last */
	FIGURE_BY_KIND,         /* kind by kind, in the order of t */
	FIGURE_ORDER_COUNT
};

/* The word for ORDER in the panel's header: "position", "value", "kind". */
const char *figure_order_name(enum figure_order order);

/* No kind: t shows every kind. */
#define FIGURE_ANY_KIND (-1)

/* t: the kind after KIND (FIGURE_ANY_KIND: every kind) in the cycle every
 * kind, money, percent, quantity, date, document number, every kind. */
int figure_kind_next(int kind);

/* Where KIND stands in the panel's header and in FIGURE_BY_KIND: money,
 * percent, quantity, duration, date, document number, ordinal (0 first). */
int figure_kind_rank(enum figure_kind kind);

/* What the rows are made of. */
struct figure_filter {
	enum figure_order order;
	int kind;               /* an enum figure_kind, or FIGURE_ANY_KIND */
	const char *text;       /* a figure, subject or section must hold it
	                           folded (ＧＤＰ finds gdp); NULL or "": any */
};

struct figure_rows {
	size_t *items;          /* indexes into the figure list, in order */
	size_t count;
	/* Of the figures that pass the text filter (whatever their kind):
	 * how many there are, and how many of each kind. */
	size_t total;
	size_t kind_counts[FIGURE_KIND_COUNT];
};

/* Makes *OUT the rows of FIGURES [FIRST, LAST) (document order; figures
 * of DOC) that FILTER lets through, in its order; ties keep document
 * order.  *OUT's items are owned by the caller (figure_rows_free) and
 * replaced (the old ones freed) only on success.  Returns BG_ERR_NOMEM
 * when memory runs out, *OUT untouched. */
enum bg_status figure_rows_make(const struct doc *doc, const struct figure_list *figures,
				size_t first, size_t last, const struct figure_filter *filter,
				struct figure_rows *out);

void figure_rows_free(struct figure_rows *rows);

/* The value of F as the panel shows it, its unit after a space: "20000
 * 元", "12.5 %", "66.6666666667 %"; a value not exact written out in full
 * (cut to SIZE); "" when F has none.  Returns BUF. */
const char *figure_value_text(const struct figure *f, char *buf, size_t size);

/* The section NODE as the panel shows it: the labels of its path and its
 * own title, 一、（三）加强普法宣传 (cut to SIZE at a character); "" for the
 * root.  Returns BUF. */
const char *figure_section_text(const struct outline_node *node, char *buf, size_t size);

/* The row of F (of DOC) as y copies it, its columns apart by tabs: kind,
 * figure, value, subject, section.  A new string of *LENGTH bytes owned
 * by the caller; NULL when out of memory. */
char *figure_row_text(const struct doc *doc, const struct figure *f, size_t *length);

#endif
