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

#include <string.h>

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

/* The length of the run of two or more ASCII spaces at S (N bytes), or
 * of one ideographic space or more; 0 for none. */
static size_t
cell_gap(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && s[k] == ' ')
		k++;
	if (k >= 2)
		return k;
	k = 0;
	while (k + 3 <= n && memcmp(s + k, "\u3000", 3) == 0)
		k += 3;
	return k;
}

/* Where the first cell of a row S ends when it is one Han character set
 * apart from the next one as a table sets a short name letter-spaced (林
 * 业, #粮   食): the first cell read so far is S[START, END), a gap of
 * GAP bytes after it; LIMIT bounds the row.  Else END. */
static size_t
letter_spaced_end(const char *s, size_t start, size_t end, size_t gap, size_t limit)
{
	enum { LETTER_GAP_MAX = 6 };
	uint32_t c;
	size_t n = utf8_decode(s + start, end - start, &c), next = end + gap, k;

	if (n != end - start || !utf8_is_han(c) || gap > LETTER_GAP_MAX || next >= limit)
		return end;
	k = utf8_decode(s + next, limit - next, &c);
	if (k == 0 || !utf8_is_han(c) || !cell_gap(s + next + k, limit - next - k))
		return end;
	return next + k;
}

bool
table_text_row_header(const struct doc *doc, size_t offset, struct table_text_memo *memo,
		       size_t *header, size_t *length)
{
	enum { HEADER_CHARS_MAX = 24 };
	static const char part_of[] = "其中：";
	/* (a first cell of more bytes than 其中： and HEADER_CHARS_MAX
	 * characters of four bytes is too long: its gap is not looked for
	 * past them) */
	enum { HEADER_BYTES_MAX = sizeof part_of - 1 + 4 * HEADER_CHARS_MAX + 1 };
	struct table_text_memo own = TABLE_TEXT_MEMO_INIT;
	const struct paragraph *p;
	const char *s;
	size_t i, first_end = SIZE_MAX, start, end, gap, look, han = 0;

	if (doc->paragraph_count == 0)
		return false;
	if (!memo)
		memo = &own;
	i = doc_paragraph_at(doc, offset);
	p = &doc->paragraphs[i];
	if (p->span_count > 0 || offset <= p->offset || offset > p->offset + p->length)
		return false;
	s = doc->text + p->offset;
	if (memo->paragraph != i) {
		/* a row holds no sentence (pdftotext -layout spaces prose's
		 * words out too: 收入  170.3  亿元，完成…) */
		memo->paragraph = i;
		memo->sentence = memmem(s, p->length, "，", 3) || memmem(s, p->length, "。", 3) ||
				 memmem(s, p->length, "；", 3);
		memo->indent = utf8_spaces(s, p->length);
	}
	if (memo->sentence)
		return false;
	/* the figure opens a cell: a gap stands right before it */
	end = offset - p->offset;
	gap = 0;
	while (gap < end && s[end - gap - 1] == ' ')
		gap++;
	if (gap < 2 && !(end >= 3 && memcmp(s + end - 3, "\u3000", 3) == 0))
		return false;
	start = memo->indent < end ? memo->indent : end;   /* (an indent the text kept) */
	look = end - start > HEADER_BYTES_MAX ? start + HEADER_BYTES_MAX : end;
	for (size_t k = start; k < look; k++)
		if ((gap = cell_gap(s + k, end - k)) > 0) {
			first_end = k;
			break;
		}
	if (first_end == SIZE_MAX || first_end == start)
		return false;
	if (first_end > start + sizeof part_of - 1 && memcmp(s + start, part_of, sizeof part_of - 1) == 0)
		start += sizeof part_of - 1;
	else if (s[start] == '#')   /* #粮食: the statistics' mark of a part */
		start++;
	first_end = letter_spaced_end(s, start, first_end, gap, end);
	if (utf8_count(s + start, first_end - start) > HEADER_CHARS_MAX)
		return false;
	for (size_t k = start; k < first_end;) {
		uint32_t c;
		size_t n = utf8_decode(s + k, first_end - k, &c);
		han += utf8_is_han(c);
		k += n ? n : 1;
	}
	if (han == 0)
		return false;
	*header = p->offset + start;
	*length = first_end - start;
	return true;
}
