/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pane_detail.c - the detail pane: the whole report as one continuous
 * text, wrapped to the pane (browse_text.c wraps it), with the breadcrumb
 * of the current section on its first row. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"
#include "ui/pane.h"

/* What a row of the pane shows, kept from the last draw. */
struct row {
	size_t start, end;              /* doc->text offsets; start == end for a blank row */
	bool text;
};

struct detail {
	struct pane pane;
	struct row *rows;
	int row_count;
};

static struct detail *
detail_of(struct pane *pane)
{
	return (struct detail *)pane;
}

static int
text_rows(const struct detail *d)
{
	return d->pane.height > 1 ? d->pane.height - 1 : 0;
}

/* Styles: headings by depth, figures by kind, matches over all. */
struct style_context {
	struct ui *ui;
	size_t start, end;              /* the line */
	size_t heading_first, heading_last;   /* nodes overlapping the line: [first, last) */
	size_t figure_first, match_first, link_first;
	size_t selected_figure;
};

static attr_t
style_at(void *context, size_t offset)
{
	struct style_context *c = context;
	struct ui *ui = c->ui;
	const struct theme *t = &ui->theme;
	attr_t attr = A_NORMAL;

	for (size_t i = c->heading_first; i < c->heading_last; i++) {
		const struct outline_node *h = ui->outline->nodes[i];
		if (offset >= h->offset && offset < h->body) {
			attr = t->heading[h->depth >= 3 ? 2 : h->depth - 1 < 0 ? 0 : h->depth - 1];
			break;
		}
	}
	for (size_t i = c->figure_first; i < ui->figures->count; i++) {
		const struct figure *f = &ui->figures->items[i];
		if (f->offset >= c->end || f->offset > offset)
			break;
		if (offset < f->offset + f->length) {
			attr |= i == c->selected_figure ? t->selected_figure : t->figure[f->kind];
			break;
		}
	}
	for (size_t i = c->link_first; i < ui->doc->link_count; i++) {
		const struct doc_link *k = &ui->doc->links[i];
		if (k->offset >= c->end || k->offset > offset)
			break;
		if (offset < k->offset + k->length) {
			attr |= i == ui->link_shown ? t->selected_figure : A_UNDERLINE;
			break;
		}
	}
	for (size_t i = c->match_first; i < ui->browse->search.matches.count; i++) {
		const struct match *m = &ui->browse->search.matches.items[i];
		if (m->offset >= c->end || m->offset > offset)
			break;
		if (offset < m->offset + m->length) {
			attr = i == ui->browse->search.current_match ? t->current_match : (attr & A_BOLD) | t->match;
			break;
		}
	}
	return attr;
}

static void
style_line(struct style_context *c, struct ui *ui, size_t start, size_t end)
{
	const struct outline *o = ui->outline;
	/* headings are in text order and their [offset, body) ranges do not
	 * overlap: the ones on the line are just before the first one after it */
	size_t lo = outline_count_before(o, end);

	c->ui = ui;
	c->start = start;
	c->end = end;
	c->heading_last = lo;
	c->heading_first = lo;
	while (c->heading_first > 0 && lo - c->heading_first < 16 &&
	       o->nodes[c->heading_first - 1]->body > start)
		c->heading_first--;
	c->figure_first = browse_first_figure(ui->browse, start);
	c->match_first = browse_first_match(ui->browse, start);
	{
		const struct doc_link *k = doc_link_after(ui->doc, start);
		c->link_first = k ? (size_t)(k - ui->doc->links) : ui->doc->link_count;
	}
	c->selected_figure = ui->figures_shown && ui->focus == PANE_FIGURES
		? browse_selected_figure(ui->browse) : SIZE_MAX;
}

static void
draw_breadcrumb(struct detail *d, struct ui *ui)
{
	WINDOW *win = d->pane.win;
	const struct outline_node *path[64];
	size_t depth = ui->browse->section ? outline_path(ui->browse->section, path, 64) : 0;
	const struct theme *t = &ui->theme;
	int width = d->pane.width - 1, col = 1;

	draw_fill(win, 0, 0, d->pane.width, t->breadcrumb);
	if (ui->doc->paragraph_count > 0) {
		/* A heading that stands on the first line is not said again
		 * above it. */
		struct browse_line l = browse_line_at(ui->browse, &ui->browse->top);
		size_t end = l.offset + (l.length ? l.length : 1), title = ui->doc->title_paragraph;

		while (depth > 0 && path[depth - 1]->offset >= l.offset && path[depth - 1]->offset < end)
			depth--;
		if (depth == 0 && title != SIZE_MAX && ui->doc->paragraphs[title].offset >= l.offset &&
		    ui->doc->paragraphs[title].offset < end)
			return;
	}
	if (depth == 0) {
		const char *title = ui->doc->title ? ui->doc->title : ui->doc->name;
		if (title)
			draw_truncated(win, 0, col, width - col, title, strlen(title), t->breadcrumb,
				       &ui->glyphs);
		return;
	}
	for (size_t i = 0; i < depth && col < width; i++) {
		const struct outline_node *n = path[i];
		int room = width - col, share;
		int label = layout_width(n->label, strlen(n->label));
		int sep = layout_width(ui->glyphs.separator, strlen(ui->glyphs.separator));

		/* the section being read gets what is left; those above it
		 * are shortened to leave room for it, but keep their labels */
		share = i + 1 == depth ? room : room / 3 < 16 ? room / 3 : 16;
		if (share < label + 2)
			share = label + 2 < room ? label + 2 : room;
		col += draw_heading(win, 0, col, share, n, t->breadcrumb, &ui->glyphs);
		if (i + 1 < depth && col + sep < width)
			col += draw_text(win, 0, col, width - col, ui->glyphs.separator,
					 strlen(ui->glyphs.separator), t->breadcrumb);
	}
}

/* The source line number of the text row ROW that starts at OFFSET,
 * right-aligned in the margin, unless the row above began on the same
 * line (NUMBERED, returned for the next row). */
static size_t
draw_number(struct detail *d, struct ui *ui, int row, size_t offset, size_t numbered)
{
	char number[24];
	size_t line = browse_line_number(ui->browse, offset);
	int width = browse_number_width(ui->browse) - 1;

	if (line == numbered)
		return line;
	snprintf(number, sizeof number, "%*zu", width, line);
	draw_text(d->pane.win, row, 1, width, number, strlen(number), ui->theme.count);
	return line;
}

static void
detail_draw(struct pane *pane, struct ui *ui)
{
	struct detail *d = detail_of(pane);
	struct browse *b = ui->browse;
	WINDOW *win = pane->win;
	struct browse_pos pos = b->top;
	bool more = ui->doc->paragraph_count > 0;
	size_t bottom = 0, numbered = 0;
	int rows = text_rows(d), margin = browse_number_width(b);

	werase(win);
	draw_breadcrumb(d, ui);
	if (d->row_count < rows) {
		struct row *bigger = realloc(d->rows, (size_t)rows * sizeof *bigger);
		if (!bigger) {
			d->row_count = 0;
			return;
		}
		d->rows = bigger;
		d->row_count = rows;
	}
	for (int r = 0; r < rows; r++) {
		struct row *row = &d->rows[r];

		*row = (struct row){ SIZE_MAX, SIZE_MAX, false };
		if (!more)
			continue;
		struct browse_line l = browse_line_at(b, &pos);

		struct browse_cells cells;
		if (l.text && pos.piece == 0 && browse_table_row(b, pos.paragraph, &cells)) {
			/* a line of a table row: each cell's part of it at the
			 * start of its column */
			browse_table_cells_line(b, &cells, pos.line);
			for (size_t k = 0; k < cells.count; k++) {
				struct style_context c;
				int col = 1 + cells.column[k];

				style_line(&c, ui, cells.offset[k], cells.offset[k] + cells.length[k]);
				draw_styled(win, r + 1, col, b->wrap_width + 1 - col,
					    ui->doc->text + cells.offset[k], cells.length[k], cells.offset[k],
					    style_at, &c);
			}
			*row = (struct row){ l.offset, l.offset + l.length, true };
		} else if (l.text) {
			struct style_context c;
			int col = 1 + margin + l.indent;

			if (margin > 0)
				numbered = draw_number(d, ui, r + 1, l.offset, numbered);
			style_line(&c, ui, l.offset, l.offset + l.length);
			draw_styled(win, r + 1, col, b->wrap_width + 1 + margin - col,
				    ui->doc->text + l.offset, l.length, l.offset, style_at, &c);
			*row = (struct row){ l.offset, l.offset + l.length, true };
		} else {
			*row = (struct row){ l.offset, l.offset, false };
		}
		bottom = l.offset + l.length;
		more = browse_next_line(b, &pos);
	}
	if (!more)
		bottom = ui->doc->text_length;
	ui->percent = ui->doc->text_length ? bottom * 100 / ui->doc->text_length : 100;
}

bool
detail_pane_shows(struct pane *pane, size_t offset)
{
	struct detail *d = detail_of(pane);

	for (int r = 0; r < text_rows(d) && r < d->row_count; r++)
		if (d->rows[r].text && offset >= d->rows[r].start && offset < d->rows[r].end)
			return true;
	return false;
}

static bool
detail_key(struct pane *pane, struct ui *ui, enum action action, int key)
{
	struct browse *b = ui->browse;
	int rows = text_rows(detail_of(pane));
	int page = rows > 2 ? rows - 1 : 1, half = rows > 1 ? rows / 2 : 1;

	(void)key;
	if (ui->doc->paragraph_count == 0)
		return false;
	switch (action) {
	case ACTION_DOWN: browse_scroll(b, 1, rows); return true;
	case ACTION_UP: browse_scroll(b, -1, rows); return true;
	case ACTION_PAGE_DOWN: browse_scroll(b, page, rows); return true;
	case ACTION_PAGE_UP: browse_scroll(b, -page, rows); return true;
	case ACTION_HALF_DOWN: browse_scroll(b, half, rows); return true;
	case ACTION_HALF_UP: browse_scroll(b, -half, rows); return true;
	case ACTION_BOTTOM: browse_bottom(b, rows); return true;
	default: return false;
	}
}

static void
detail_resize(struct pane *pane, struct ui *ui)
{
	int width = pane->width - 2 - browse_number_width(ui->browse);

	if (width < 1)
		width = 1;
	/* a line of a wide pane is hard to follow back: --width caps it (the
	 * line numbers stand beside it) */
	if (ui->options->width > 0 && width > ui->options->width)
		width = ui->options->width;
	browse_set_width(ui->browse, width);
}

static void
detail_mouse(struct pane *pane, struct ui *ui, int row, int col, mmask_t buttons)
{
	(void)row;
	(void)col;
	if (ui->doc->paragraph_count == 0)
		return;
	if (buttons & BUTTON4_PRESSED)
		browse_scroll(ui->browse, -3, text_rows(detail_of(pane)));
#ifdef BUTTON5_PRESSED
	else if (buttons & BUTTON5_PRESSED)
		browse_scroll(ui->browse, 3, text_rows(detail_of(pane)));
#endif
}

static void
detail_reset(struct pane *pane, struct ui *ui)
{
	(void)ui;
	/* the rows drawn were the old document's */
	detail_of(pane)->row_count = 0;
}

static void
detail_destroy(struct pane *pane)
{
	struct detail *d = detail_of(pane);

	free(d->rows);
	free(d);
}

static const struct pane_ops detail_ops = {
	N_("text"), detail_draw, detail_key, detail_resize, detail_mouse, detail_reset,
	detail_destroy
};

struct pane *
detail_pane_new(struct ui *ui)
{
	struct detail *d = calloc(1, sizeof *d);

	(void)ui;
	if (!d)
		return NULL;
	d->pane.ops = &detail_ops;
	return &d->pane;
}
