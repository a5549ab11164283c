/* SPDX-License-Identifier: GPL-3.0-or-later */
/* table.h - the tables of a document: for a place in its text, the cell
 * that holds it and the headers of that cell's row and column, from the
 * table rows the format's reader said (doc.h's struct doc_hint). */
#ifndef BAOGAO_TABLE_H
#define BAOGAO_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "doc.h"

/* A cell of a table and its headers, as places in doc->text.  A header
 * of length 0 is not known (the cell is in the first column or row, the
 * header cell is empty or missing). */
struct table_cell {
	uint32_t table;          /* as the reader counted them, from 0 */
	uint32_t row;            /* 0: the first row (the column headers) */
	uint32_t column;         /* the cell's index in its row, from 0 */
	size_t offset, length;   /* the cell's text, white space cut */
	size_t row_header_offset, row_header_length;       /* its row's first cell */
	size_t column_header_offset, column_header_length; /* its column's first row */
};

/* True when OFFSET in DOC's text is in a cell of a table; then *CELL says
 * which, with its headers.  False, *CELL untouched, otherwise. */
bool table_cell_at(const struct doc *doc, size_t offset, struct table_cell *cell);

/* What table_text_row_header read of the paragraph it was last asked
 * about: the figures of one row, asked about in turn, do not each read
 * the whole paragraph again (a row of thousands of cells would be read
 * thousands of times).  TABLE_TEXT_MEMO_INIT before the first call. */
struct table_text_memo {
	size_t paragraph;       /* SIZE_MAX: none read yet */
	bool sentence;          /* it holds a sentence's mark (，。；) */
	size_t indent;          /* the bytes of white space it opens with */
};
#define TABLE_TEXT_MEMO_INIT { SIZE_MAX, false, 0 }

/* True when OFFSET in DOC's text starts a cell of a plain text's table
 * row, one that no reader said (a paragraph of one line whose cells stand
 * two spaces or more apart, as pdftotext -layout sets a page's table):
 * then *HEADER and *LENGTH are its row's first cell, a name (Han text),
 * without the 其中： or # that makes the row a part of the one above.  A
 * paragraph with a sentence's marks in it (，。；) is no row.  MEMO (or
 * NULL) keeps what was read of the paragraph for the next call.
 * False, nothing set, otherwise. */
bool table_text_row_header(const struct doc *doc, size_t offset, struct table_text_memo *memo,
			   size_t *header, size_t *length);

#endif
