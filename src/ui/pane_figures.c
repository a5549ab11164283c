/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pane_figures.c - the figures panel: the hard numbers of the current
 * section (or of the whole report), one a row with its kind, what it
 * measures (its subject) and a short context.  Enter shows the figure in
 * the text. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "print.h"
#include "ui/pane.h"

#define KIND_WIDTH 9
/* The figure column is as wide as the widest figure listed, within
 * these bounds: 东人社〔2023〕36号 is not cut, a runaway one is. */
#define FIGURE_MIN_WIDTH 8
#define FIGURE_MAX_WIDTH 24
#define SUBJECT_WIDTH 16   /* display columns; a longer subject is cut with … */
#define CONTEXT_RADIUS 14

struct figures_pane {
	struct pane pane;
	size_t scroll;                  /* first row shown, from the first listed */
	unsigned listed;                /* the list it was scrolled in */
	int figure_width;               /* of the figure column, for that list */
};

static struct figures_pane *
figures_of(struct pane *pane)
{
	return (struct figures_pane *)pane;
}

static bool
figures_key(struct pane *pane, struct ui *ui, enum action action, int key)
{
	struct browse *b = ui->browse;
	long page = pane->height > 2 ? pane->height - 2 : 1;

	(void)key;
	switch (action) {
	case ACTION_DOWN: browse_move_figure(b, 1); return true;
	case ACTION_UP: browse_move_figure(b, -1); return true;
	case ACTION_PAGE_DOWN: browse_move_figure(b, page); return true;
	case ACTION_PAGE_UP: browse_move_figure(b, -page); return true;
	case ACTION_HALF_DOWN: browse_move_figure(b, page / 2 ? page / 2 : 1); return true;
	case ACTION_HALF_UP: browse_move_figure(b, -(page / 2 ? page / 2 : 1)); return true;
	case ACTION_TOP: browse_move_figure(b, -(long)ui->figures->count); return true;
	case ACTION_BOTTOM: browse_move_figure(b, (long)ui->figures->count); return true;
	case ACTION_EXPAND: browse_select_figure(b, b->figure_cursor); return true;
	default: return false;
	}
}

struct context_style {
	const struct ui *ui;
	const struct figure *figure;
	attr_t base;
};

static attr_t
context_style(void *context, size_t offset)
{
	struct context_style *c = context;

	if (offset >= c->figure->offset && offset < c->figure->offset + c->figure->length)
		return c->base | c->ui->theme.figure[c->figure->kind];
	return c->base;
}

static void
draw_header(struct figures_pane *fp, struct ui *ui)
{
	const struct browse *b = ui->browse;
	const struct glyphs *g = &ui->glyphs;
	WINDOW *win = fp->pane.win;
	int width = fp->pane.width, col = 0;
	char count[64];
	size_t listed = b->figure_last - b->figure_first;

	draw_fill(win, 0, 0, width, ui->theme.border);
	for (int c = 0; c < width; c++)
		draw_text(win, 0, c, 1, g->hline, strlen(g->hline), ui->theme.border);
	col = 1;
	col += draw_text(win, 0, col, width - col, " Figures ", 9, A_BOLD);
	if (!b->figures_listed_all && b->figure_section) {
		col += draw_heading(win, 0, col, (width - col) / 2, b->figure_section, A_BOLD, g);
	} else {
		col += draw_text(win, 0, col, width - col, "(all)", 5, A_BOLD);
	}
	if (listed && b->figure_cursor < b->figure_last)
		snprintf(count, sizeof count, " %zu/%zu  a: %s ", b->figure_cursor - b->figure_first + 1,
			 listed, b->figures_listed_all ? "this section" : "all");
	else
		snprintf(count, sizeof count, " none  a: %s ",
			 b->figures_listed_all ? "this section" : "all");
	draw_text(win, 0, col, width - col, count, strlen(count), A_NORMAL);
}

static void
figures_draw(struct pane *pane, struct ui *ui)
{
	struct figures_pane *fp = figures_of(pane);
	const struct browse *b = ui->browse;
	const struct doc *doc = ui->doc;
	WINDOW *win = pane->win;
	size_t rows = pane->height > 1 ? (size_t)pane->height - 1 : 0;
	size_t at = b->figure_cursor - b->figure_first;
	bool focused = ui->focus == PANE_FIGURES;

	if (fp->listed != b->figures_listed || fp->figure_width == 0) {
		fp->listed = b->figures_listed;
		fp->scroll = 0;
		fp->figure_width = FIGURE_MIN_WIDTH;
		for (size_t i = b->figure_first; i < b->figure_last; i++) {
			const struct figure *f = &ui->figures->items[i];
			int w = layout_width(doc->text + f->offset, f->length);
			if (w > fp->figure_width)
				fp->figure_width = w < FIGURE_MAX_WIDTH ? w : FIGURE_MAX_WIDTH;
		}
	}
	werase(win);
	draw_header(fp, ui);
	if (b->figure_cursor < b->figure_last) {
		if (at < fp->scroll)
			fp->scroll = at;
		else if (rows && at >= fp->scroll + rows)
			fp->scroll = at - rows + 1;
	}
	for (size_t r = 0; r < rows; r++) {
		size_t i = b->figure_first + fp->scroll + r;
		int col = 1, width = pane->width - 1;
		attr_t attr = A_NORMAL;

		if (i >= b->figure_last)
			break;
		const struct figure *f = &ui->figures->items[i];
		const char *kind = figure_kind_name(f->kind);
		size_t start, end;

		if (i == b->figure_cursor)
			attr = focused ? ui->theme.row_focused : ui->theme.row_unfocused;
		draw_fill(win, (int)r + 1, 0, pane->width, attr);
		draw_text(win, (int)r + 1, col, width - col, kind, strlen(kind), attr);
		col += KIND_WIDTH;
		if (col >= width)
			continue;
		draw_truncated(win, (int)r + 1, col,
			       fp->figure_width < width - col ? fp->figure_width : width - col,
			       doc->text + f->offset, f->length, attr | ui->theme.figure[f->kind],
			       &ui->glyphs);
		col += fp->figure_width + 1;
		if (col >= width)
			continue;
		if (f->subject_length > 0)
			draw_truncated(win, (int)r + 1, col,
				       SUBJECT_WIDTH < width - col ? SUBJECT_WIDTH : width - col,
				       doc->text + f->subject, f->subject_length, attr, &ui->glyphs);
		col += SUBJECT_WIDTH + 1;
		if (col >= width)
			continue;
		print_context_range(doc, f->offset, f->length, CONTEXT_RADIUS, &start, &end);
		struct context_style c = { ui, f, attr };
		draw_styled(win, (int)r + 1, col, width - col, doc->text + start, end - start, start,
			    context_style, &c);
	}
	if (b->figure_first == b->figure_last)
		draw_text(win, 1, 1, pane->width - 2, "no figures here", 15, A_NORMAL);
}

static void
figures_mouse(struct pane *pane, struct ui *ui, int row, int col, mmask_t buttons)
{
	struct figures_pane *fp = figures_of(pane);
	struct browse *b = ui->browse;
	size_t i = b->figure_first + fp->scroll + (size_t)row - 1;

	if (fp->listed != b->figures_listed) {
		fp->listed = b->figures_listed;
		fp->scroll = 0;
		i = b->figure_first + (size_t)row - 1;
	}

	(void)col;
	if (buttons & BUTTON4_PRESSED) {
		fp->scroll = fp->scroll > 3 ? fp->scroll - 3 : 0;
		return;
	}
#ifdef BUTTON5_PRESSED
	if (buttons & BUTTON5_PRESSED) {
		if (b->figure_first + fp->scroll + 3 < b->figure_last)
			fp->scroll += 3;
		return;
	}
#endif
	if (row < 1 || i >= b->figure_last)
		return;
	browse_select_figure(b, i);
}

static void
figures_resize(struct pane *pane, struct ui *ui)
{
	(void)pane;
	(void)ui;
}

static void
figures_reset(struct pane *pane, struct ui *ui)
{
	(void)ui;
	figures_of(pane)->scroll = 0;
}

static void
figures_destroy(struct pane *pane)
{
	free(figures_of(pane));
}

static const struct pane_ops figures_ops = {
	"figures", figures_draw, figures_key, figures_resize, figures_mouse,
	figures_reset, figures_destroy
};

struct pane *
figures_pane_new(struct ui *ui)
{
	struct figures_pane *fp = calloc(1, sizeof *fp);

	if (!fp)
		return NULL;
	fp->pane.ops = &figures_ops;
	fp->listed = ui->browse ? ui->browse->figures_listed : 0;
	return &fp->pane;
}
