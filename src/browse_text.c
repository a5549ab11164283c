/* SPDX-License-Identifier: GPL-3.0-or-later */
/* browse_text.c - the report's text wrapped to the text pane: lines as
 * (paragraph, piece, line) positions, scrolling, the end of the report.
 *
 * Work is proportional to the screen: a paragraph is wrapped only when a
 * line of it is about to be shown, and kept in a cache by width.  A
 * paragraph longer than PIECE bytes (a whole book on one line) is wrapped
 * a piece at a time. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "browse.h"
#include "sorted.h"

#define PIECE ((size_t)1 << 16)
#define INDENT 4

static size_t
piece_start(const struct doc *doc, size_t paragraph, size_t piece)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t end = p->offset + p->length, at;

	if (piece == 0)
		return p->offset;
	if (piece > p->length / PIECE)
		return end;
	at = p->offset + piece * PIECE;
	while (at < end && ((unsigned char)doc->text[at] & 0xc0) == 0x80)
		at++;
	return at;
}

static size_t
piece_count(const struct doc *doc, size_t paragraph)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t count = p->length <= PIECE ? 1 : (p->length + PIECE - 1) / PIECE;

	while (count > 1 && piece_start(doc, paragraph, count - 1) >= p->offset + p->length)
		count--;
	return count;
}

static size_t
piece_at(const struct doc *doc, size_t paragraph, size_t offset)
{
	const struct paragraph *p = &doc->paragraphs[paragraph];
	size_t count = piece_count(doc, paragraph), piece;

	if (offset <= p->offset)
		return 0;
	piece = (offset - p->offset) / PIECE;
	if (piece >= count)
		piece = count - 1;
	while (piece > 0 && piece_start(doc, paragraph, piece) > offset)
		piece--;
	return piece;
}

/* The heading that starts exactly at OFFSET, or NULL. */
static const struct outline_node *
heading_at(const struct outline *outline, size_t offset)
{
	size_t i = outline_count_before(outline, offset);

	return i < outline->count && outline->nodes[i]->offset == offset ? outline->nodes[i] : NULL;
}

/* Official documents indent every paragraph by two characters; the title
 * and headings that stand alone on their line are not indented, and a
 * blank line sets off top-level headings and what the source set off. */
static void
paragraph_style(const struct browse *b, size_t paragraph, bool *blank, int *indent)
{
	const struct doc *doc = b->doc;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	const struct outline_node *h = heading_at(b->outline, p->offset);
	bool alone = h && h->body >= p->offset + p->length;

	*blank = paragraph > 0 && (p->blank_before || (h && h->depth == 1) ||
				   paragraph == doc->title_paragraph + 1);
	*indent = alone || paragraph == doc->title_paragraph || p->md_level ? 0 : INDENT;
}

/* The cells of the table row HINT (of a paragraph ending at END): their
 * text, white space cut at the ends, into OFFSET and LENGTH; their count,
 * or 0 when there are more than BROWSE_CELLS_MAX. */
static size_t
row_cells(const struct doc *doc, const struct doc_hint *hint, size_t end, size_t *offset,
	  size_t *length)
{
	if (hint->cell_count > BROWSE_CELLS_MAX)
		return 0;
	for (uint32_t k = 0; k < hint->cell_count; k++) {
		size_t a = hint->cells[k], b = k + 1 < hint->cell_count ? hint->cells[k + 1] : end;
		while (b > a && (doc->text[b - 1] == ' ' || doc->text[b - 1] == '\t'))
			b--;
		while (a < b && doc->text[a] == ' ')
			a++;
		offset[k] = a;
		length[k] = b - a;
	}
	return hint->cell_count;
}

/* Measures the columns of the table whose first row is the paragraph
 * HEADER, hint H of the document: each as wide as its widest cell. */
static void
measure_table(struct browse *br, const struct doc_hint *h)
{
	const struct doc *doc = br->doc;
	const struct doc_hint *end = doc->hints + doc->hint_count;
	size_t offset[BROWSE_CELLS_MAX], length[BROWSE_CELLS_MAX];
	uint32_t table = h->table;

	br->table_doc = doc;
	br->table_header = h->paragraph;
	br->table_columns = 0;
	br->table_fitted_wrap = 0;
	for (; h < end && h->cell_count > 0 && h->table == table; h++) {
		const struct paragraph *p = &doc->paragraphs[h->paragraph];
		size_t n = row_cells(doc, h, p->offset + p->length, offset, length);
		for (size_t k = 0; k < n; k++) {
			int w = layout_width(doc->text + offset[k], length[k]);
			if (k >= br->table_columns)
				br->table_widths[br->table_columns++] = 0;
			if (w > br->table_widths[k])
				br->table_widths[k] = w;
		}
	}
}

/* A column narrowed to fit is at least this wide: two ideographs. */
enum { NARROWEST_COLUMN = 4 };

/* Fits the measured columns of the table into ROOM columns (gaps left
 * out): each column keeps its width when it is no wider than an even
 * share of what the columns kept leave; the others share the rest.  False
 * when not even NARROWEST_COLUMN each fits. */
static bool
fit_table(struct browse *br, int room)
{
	size_t n = br->table_columns, left = n;
	bool kept[BROWSE_CELLS_MAX] = { false }, changed = true;
	int share;

	if (room < (int)n * NARROWEST_COLUMN)
		return false;
	while (changed && left > 0) {
		changed = false;
		share = room / (int)left;
		for (size_t k = 0; k < n; k++)
			if (!kept[k] && br->table_widths[k] <= share) {
				br->table_fitted[k] = br->table_widths[k];
				room -= br->table_widths[k];
				kept[k] = true;
				left--;
				changed = true;
			}
	}
	for (size_t k = 0, given = 0; k < n && left > 0; k++) {
		if (kept[k])
			continue;
		/* the first columns take what an even split leaves over */
		br->table_fitted[k] = room / (int)left + (given < (size_t)(room % (int)left) ? 1 : 0);
		given++;
	}
	return true;
}

/* How many lines the cell S (N bytes) takes in a column WIDTH wide; 0
 * when out of memory. */
static size_t
cell_lines(const char *s, size_t n, int width)
{
	struct layout_line *lines;
	size_t count;

	if (layout_width(s, n) <= width)
		return 1;
	if (!layout_wrap(s, n, width, 0, &lines, &count))
		return 0;
	free(lines);
	return count;
}

void
browse_table_cells_line(const struct browse *br, struct browse_cells *cells, size_t line)
{
	const char *text = br->doc->text;

	for (size_t k = 0; k < cells->count; k++) {
		struct layout_line *lines;
		size_t count;
		if (layout_width(text + cells->offset[k], cells->length[k]) <= cells->widths[k]) {
			if (line > 0)
				cells->length[k] = 0;
			continue;
		}
		if (!layout_wrap(text + cells->offset[k], cells->length[k], cells->widths[k], 0, &lines,
				 &count)) {
			cells->length[k] = line == 0 ? cells->length[k] : 0;
			continue;
		}
		if (line < count) {
			cells->offset[k] += lines[line].offset;
			cells->length[k] = lines[line].length;
		} else {
			cells->length[k] = 0;
		}
		free(lines);
	}
}

bool
browse_table_row(struct browse *br, size_t paragraph, struct browse_cells *cells)
{
	const struct doc *doc = br->doc;
	const struct doc_hint *h = doc_hint_of(doc, paragraph), *first;
	const struct paragraph *p = &doc->paragraphs[paragraph];
	int column = INDENT;            /* as the paragraphs around it */

	if (!h || h->cell_count == 0 || h->header == SIZE_MAX)
		return false;
	cells->count = row_cells(doc, h, p->offset + p->length, cells->offset, cells->length);
	if (cells->count == 0)
		return false;
	if (br->table_doc != doc || br->table_header != h->header) {
		first = doc_hint_of(doc, h->header);
		if (!first || first->table != h->table)
			return false;
		measure_table(br, first);
	}
	if (cells->count > br->table_columns)
		return false;
	{
		int natural = INDENT - 2;
		for (size_t k = 0; k < br->table_columns; k++)
			natural += br->table_widths[k] + 2;
		if (natural <= br->wrap_width) {
			memcpy(br->table_fitted, br->table_widths, sizeof br->table_fitted);
			br->table_fitted_wrap = br->wrap_width;
		} else if (br->table_fitted_wrap != br->wrap_width) {
			if (!fit_table(br, br->wrap_width - INDENT - 2 * ((int)br->table_columns - 1)))
				return false;
			br->table_fitted_wrap = br->wrap_width;
		}
	}
	cells->lines = 1;
	for (size_t k = 0; k < cells->count; k++) {
		size_t lines = cell_lines(doc->text + cells->offset[k], cells->length[k], br->table_fitted[k]);
		cells->column[k] = column;
		cells->widths[k] = br->table_fitted[k];
		column += br->table_fitted[k] + 2;
		if (lines > cells->lines)
			cells->lines = lines;
	}
	cells->width = column - 2;
	return cells->width <= br->wrap_width;
}

/* The figures in [START, END) of the text, as runs of that piece that a
 * line break keeps whole: *COUNT of them, malloc'd (NULL when there are
 * none, or no memory: the text then wraps as it comes). */
static struct layout_keep *
figure_runs(const struct browse *br, size_t start, size_t end, size_t *count)
{
	const struct figure_list *f = br->figures;
	struct layout_keep *runs;
	size_t first, last;

	*count = 0;
	if (!f || f->count == 0)
		return NULL;
	/* the figures begin in offset order; one that begins before START
	 * may run into the piece, and is left out as the piece cuts it */
	first = SORTED_UPPER(f->items, f->count, offset, start);
	if (first > 0 && f->items[first - 1].offset == start)
		first--;
	last = SORTED_UPPER(f->items, f->count, offset, end);
	if (last <= first || !(runs = malloc((last - first) * sizeof *runs)))
		return NULL;
	for (size_t i = first; i < last; i++) {
		const struct figure *g = &f->items[i];
		if (g->offset >= start && g->offset + g->length <= end)
			runs[(*count)++] = (struct layout_keep){ g->offset - start,
								 g->offset + g->length - start };
	}
	return runs;
}

static struct browse_block *
block_get(struct browse *br, size_t paragraph, size_t piece)
{
	size_t slot = (paragraph * 31 + piece) % BROWSE_CACHE_SLOTS;
	struct browse_block *b = &br->cache[slot];
	const struct doc *doc = br->doc;
	size_t start, end, count, run_count;
	struct layout_line *lines;
	struct layout_keep *runs;
	bool blank = false, wrapped;
	int indent = 0;

	if (b->valid && b->paragraph == paragraph && b->piece == piece && b->width == br->wrap_width)
		return b;
	start = piece_start(doc, paragraph, piece);
	end = piece + 1 < piece_count(doc, paragraph) ? piece_start(doc, paragraph, piece + 1)
		: doc->paragraphs[paragraph].offset + doc->paragraphs[paragraph].length;
	if (piece == 0)
		paragraph_style(br, paragraph, &blank, &indent);
	if (indent >= br->wrap_width / 2)
		indent = 0;
	free(b->lines);
	b->lines = NULL;
	b->valid = false;
	struct browse_cells cells;
	if (piece == 0 && browse_table_row(br, paragraph, &cells) &&
	    (lines = malloc(cells.lines * sizeof *lines))) {
		/* a table row in aligned columns, a line for each line of its
		 * tallest cell; each line spans the text its cells show there */
		for (size_t i = 0; i < cells.lines; i++) {
			struct browse_cells on = cells;
			size_t from = SIZE_MAX, to = 0;
			browse_table_cells_line(br, &on, i);
			for (size_t k = 0; k < on.count; k++) {
				if (on.length[k] == 0)
					continue;
				if (on.offset[k] < from)
					from = on.offset[k];
				if (on.offset[k] + on.length[k] > to)
					to = on.offset[k] + on.length[k];
			}
			if (from == SIZE_MAX)
				from = to = cells.offset[0];
			lines[i] = (struct layout_line){ from, to - from, cells.width };
		}
		*b = (struct browse_block){ true, paragraph, piece, br->wrap_width, lines, cells.lines, 0, 0 };
		return b;
	}
	runs = figure_runs(br, start, end, &run_count);
	wrapped = layout_wrap_keeping(doc->text + start, end - start, br->wrap_width, indent, runs,
				      run_count, &lines, &count);
	free(runs);
	if (!wrapped) {
		browse_message(br, true, _("out of memory"));
		br->empty_line = (struct layout_line){ start, 0, 0 };
		br->empty = (struct browse_block){ true, paragraph, piece, br->wrap_width, &br->empty_line,
						   1, 0, 0 };
		return &br->empty;
	}
	if (blank) {
		struct layout_line *more = realloc(lines, (count + 1) * sizeof *more);
		if (more) {
			memmove(more + 1, more, count * sizeof *more);
			more[0] = (struct layout_line){ 0, 0, 0 };
			lines = more;
			count++;
		} else {
			blank = false;
		}
	}
	for (size_t i = 0; i < count; i++)
		lines[i].offset += start;
	if (blank)
		lines[0].offset = start;
	*b = (struct browse_block){ true, paragraph, piece, br->wrap_width, lines, count, blank ? 1 : 0,
				    indent };
	return b;
}

static void
cache_clear(struct browse *b)
{
	for (size_t i = 0; i < BROWSE_CACHE_SLOTS; i++) {
		free(b->cache[i].lines);
		b->cache[i].lines = NULL;
		b->cache[i].valid = false;
	}
}

bool
browse_next_line(struct browse *br, struct browse_pos *pos)
{
	struct browse_block *b;

	if (br->doc->paragraph_count == 0)
		return false;
	b = block_get(br, pos->paragraph, pos->piece);
	if (pos->line + 1 < b->count) {
		pos->line++;
		return true;
	}
	if (pos->piece + 1 < piece_count(br->doc, pos->paragraph)) {
		pos->piece++;
		pos->line = 0;
		return true;
	}
	if (pos->paragraph + 1 < br->doc->paragraph_count) {
		pos->paragraph++;
		pos->piece = 0;
		pos->line = 0;
		return true;
	}
	return false;
}

static bool
prev_line(struct browse *b, struct browse_pos *pos)
{
	if (pos->line > 0) {
		pos->line--;
		return true;
	}
	if (pos->piece > 0)
		pos->piece--;
	else if (pos->paragraph > 0) {
		pos->paragraph--;
		pos->piece = piece_count(b->doc, pos->paragraph) - 1;
	} else
		return false;
	pos->line = block_get(b, pos->paragraph, pos->piece)->count - 1;
	return true;
}

/* The position of the text line holding OFFSET. */
static struct browse_pos
position_at(struct browse *br, size_t offset)
{
	struct browse_pos pos = { 0, 0, 0 };
	struct browse_block *b;
	size_t lo, hi;

	if (br->doc->paragraph_count == 0)
		return pos;
	pos.paragraph = doc_paragraph_at(br->doc, offset);
	pos.piece = piece_at(br->doc, pos.paragraph, offset);
	b = block_get(br, pos.paragraph, pos.piece);
	lo = b->first_text;
	hi = b->count;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (b->lines[mid].offset <= offset)
			lo = mid;
		else
			hi = mid;
	}
	pos.line = lo < b->count ? lo : 0;
	return pos;
}

struct browse_line
browse_line_at(struct browse *br, const struct browse_pos *pos)
{
	struct browse_block *b = block_get(br, pos->paragraph, pos->piece);
	const struct layout_line *l = &b->lines[pos->line];
	bool text = pos->line >= b->first_text;

	return (struct browse_line){ l->offset, l->length, text,
				     text && pos->line == b->first_text && pos->piece == 0 ? b->indent : 0 };
}

static void
report_top(struct browse *b)
{
	if (b->doc->paragraph_count == 0)
		return;
	browse_scrolled(b, browse_line_at(b, &b->top).offset);
}

/* Scrolls down by N lines, but not so far that the end of the text
 * leaves the bottom row, unless it is there already. */
static void
scroll_down(struct browse *b, int n, int rows)
{
	struct browse_pos pos = b->top;
	int after = 0;

	while (after < n + rows - 1 && browse_next_line(b, &pos))
		after++;
	/* AFTER lines follow the top line (up to what we need to know) */
	if (after >= n + rows - 1)
		after = n;
	else
		after = after - (rows - 1) > 0 ? after - (rows - 1) : 0;
	for (int i = 0; i < after; i++)
		browse_next_line(b, &b->top);
	report_top(b);
}

static void
scroll_up(struct browse *b, int n)
{
	for (int i = 0; i < n && prev_line(b, &b->top); i++)
		;
	report_top(b);
}

void
browse_scroll(struct browse *b, int by, int rows)
{
	if (by > 0)
		scroll_down(b, by, rows);
	else
		scroll_up(b, -by);
}

void
browse_bottom(struct browse *b, int rows)
{
	const struct doc *doc = b->doc;
	struct browse_pos pos;

	if (doc->paragraph_count == 0)
		return;
	pos.paragraph = doc->paragraph_count - 1;
	pos.piece = piece_count(doc, pos.paragraph) - 1;
	pos.line = block_get(b, pos.paragraph, pos.piece)->count - 1;
	for (int i = 1; i < rows && prev_line(b, &pos); i++)
		;
	browse_goto(b, browse_line_at(b, &pos).offset, true);
	b->top = pos;   /* a blank line may stand first: keep it */
}

void
browse_text_follow(struct browse *b)
{
	b->top = position_at(b, b->anchor);
}

void
browse_set_width(struct browse *b, int width)
{
	if (width != b->wrap_width) {
		cache_clear(b);
		b->wrap_width = width;
	}
	/* the line holding the reading position comes back to the top */
	browse_text_follow(b);
}

void
browse_text_rewrap(struct browse *b)
{
	cache_clear(b);
	browse_text_follow(b);
}

void
browse_text_reset(struct browse *b)
{
	cache_clear(b);
	b->table_doc = NULL;
	b->top = (struct browse_pos){ 0, 0, 0 };
}
