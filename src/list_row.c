/* SPDX-License-Identifier: GPL-3.0-or-later */
/* list_row.c - a report's row in a list of reports (--list, the library
 * view). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>

#include "genre.h"
#include "list_row.h"

static char *
copy_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

bool
list_row_fill(struct list_row *row, const char *file, const struct report *report)
{
	const struct doc *doc = report_doc(report);
	struct stat st;

	memset(row, 0, sizeof *row);
	row->file = strdup(file);
	row->title = copy_or_null(doc->title);
	row->issuer = copy_or_null(doc->issuer);
	row->date = copy_or_null(doc->date);
	if (!row->file || (doc->title && !row->title) || (doc->issuer && !row->issuer) ||
	    (doc->date && !row->date)) {
		list_row_clear(row);
		return false;
	}
	row->kind = genre_of_title(doc->title);
	/* Standard input (a pipe has no size to ask for): the bytes read. */
	if (strcmp(file, "-") == 0)
		row->size = doc->source_size;
	else
		row->size = stat(file, &st) == 0 ? (unsigned long long)st.st_size : 0;
	row->sections = report_outline(report)->count;
	row->figures = report_figures(report)->count;
	return true;
}

void
list_row_clear(struct list_row *row)
{
	free(row->file);
	free(row->title);
	free(row->issuer);
	free(row->date);
	memset(row, 0, sizeof *row);
}
