/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table.c - cells and headers of a document's tables.  A table row is a
 * paragraph, its cells two spaces apart:
 *
 *     指标  2024年  2025年                 row 0: the column headers
 *     地区生产总值  5.0万亿元  5.2万亿元    row 1
 *
 * 5.2万亿元 is in row 1, column 2: its row header is 地区生产总值, its
 * column header 2025年. */
#include <config.h>

#include "sorted.h"
#include "table.h"
#include "utf8.h"

/* The text of cell K of the row HINT gives (paragraph P), white space cut
 * at both ends, as *OFFSET and *LENGTH. */
static void
cell_text(const struct doc *doc, const struct doc_hint *hint, uint32_t k, size_t *offset,
	  size_t *length)
{
	const struct paragraph *p = &doc->paragraphs[hint->paragraph];
	size_t start = hint->cells[k];
	size_t end = k + 1 < hint->cell_count ? hint->cells[k + 1] : p->offset + p->length;
	size_t n;

	start += utf8_spaces(doc->text + start, end - start);
	while ((n = utf8_space_before(doc->text + start, doc->text + end)) > 0)
		end -= n;
	*offset = start;
	*length = end - start;
}

/* Sets CELL's row header from the first cell of its row, paragraph I with
 * HINT; when that cell is empty, a cell merged down from the rows above
 * stands there: the nearest first cell above with text, in the table's
 * rows below its header row. */
static void
row_header(const struct doc *doc, size_t i, const struct doc_hint *hint, struct table_cell *cell)
{
	enum { LOOK_UP = 100 };
	const struct doc_hint *h = hint;

	for (size_t up = 0;; up++) {
		cell_text(doc, h, 0, &cell->row_header_offset, &cell->row_header_length);
		if (cell->row_header_length > 0 || up == LOOK_UP || i == 0)
			return;
		h = doc_hint_of(doc, --i);
		if (!h || h->cell_count == 0 || h->table != hint->table || h->row == 0 ||
		    h->row >= hint->row) {
			cell->row_header_length = 0;
			return;
		}
	}
}

bool
table_cell_at(const struct doc *doc, size_t offset, struct table_cell *cell)
{
	const struct doc_hint *hint, *header;
	size_t i, k;

	if (doc->hint_count == 0 || doc->paragraph_count == 0)
		return false;
	i = doc_paragraph_at(doc, offset);
	hint = doc_hint_of(doc, i);
	if (!hint || hint->cell_count == 0 || offset < hint->cells[0] ||
	    offset > doc->paragraphs[i].offset + doc->paragraphs[i].length)
		return false;
	k = sorted_upper(hint->cells, hint->cell_count, sizeof *hint->cells, 0, offset) - 1;
	*cell = (struct table_cell){ .table = hint->table, .row = hint->row, .column = (uint32_t)k };
	cell_text(doc, hint, (uint32_t)k, &cell->offset, &cell->length);
	if (k > 0)
		row_header(doc, i, hint, cell);
	header = hint->row > 0 && hint->header != SIZE_MAX ? doc_hint_of(doc, hint->header) : NULL;
	if (header && k < header->cell_count) {
		/* An empty header cell past the first column is a column a
		 * merged header spans: its header is the cell the merge starts
		 * in, to the left. */
		for (size_t h = k;; h--) {
			cell_text(doc, header, (uint32_t)h, &cell->column_header_offset,
				  &cell->column_header_length);
			if (cell->column_header_length > 0 || h <= 1)
				break;
		}
	}
	return true;
}
