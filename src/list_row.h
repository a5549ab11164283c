/* SPDX-License-Identifier: GPL-3.0-or-later */
/* list_row.h - a report in a list of reports: what --list prints and the
 * browser's library view shows, one row per report. */
#ifndef BAOGAO_LIST_ROW_H
#define BAOGAO_LIST_ROW_H

#include <stdbool.h>
#include <stddef.h>

#include "report.h"

/* One report: its file, metadata (NULL: not known), kind (its title's
 * genre word, NULL: none), size in bytes, and its numbers of sections and
 * figures. */
struct list_row {
	char *file, *title, *issuer, *date;
	const char *kind;
	unsigned long long size;
	size_t sections, figures;
};

/* Fills ROW from REPORT, opened from FILE (copied; the figures found or
 * not, as they are).  False when out of memory, ROW then empty. */
bool list_row_fill(struct list_row *row, const char *file, const struct report *report);

/* Frees what ROW holds and empties it. */
void list_row_clear(struct list_row *row);

#endif
