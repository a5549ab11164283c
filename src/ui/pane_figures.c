/* pane_figures.c - the figures panel: the hard numbers of the current
 * section (or of the whole report), one a row with its kind and a short
 * context.  Enter shows the figure in the text. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "print.h"
#include "ui/pane.h"

#define KIND_WIDTH 9
#define FIGURE_WIDTH 16
#define CONTEXT_RADIUS 14

struct figures_pane {
	struct pane pane;
	const struct outline_node *section;     /* whose figures are listed */
	bool all;
	size_t first, last;             /* the figures listed: [first, last) */
	size_t cursor;                  /* index in ui->figures */
	size_t scroll;                  /* first row shown, from FIRST */
	bool following;                 /* the move is ours: keep the list */
};

static struct figures_pane *
figures_of(struct pane *pane)
{
	return (struct figures_pane *)pane;
}

static void
list_section(struct figures_pane *fp, struct ui *ui)
{
	const struct outline_node *s = ui->section;

	fp->section = s;
	fp->all = ui->figures_all || !s || s->depth == 0;
	if (fp->all) {
		fp->first = 0;
		fp->last = ui->figures->count;
	} else {
		fp->first = ui_first_figure(ui, s->offset);
		fp->last = ui_first_figure(ui, s->end);
	}
	fp->scroll = 0;
	fp->cursor = ui_first_figure(ui, ui->anchor);
	if (fp->cursor < fp->first || fp->cursor >= fp->last)
		fp->cursor = fp->first;
}

static void
figures_select(struct pane *pane, struct ui *ui)
{
	struct figures_pane *fp = figures_of(pane);
	bool all = ui->figures_all || !ui->section || ui->section->depth == 0;

	if (fp->following) {
		fp->following = false;
		return;
	}
	if (fp->section != ui->section || fp->all != all)
		list_section(fp, ui);
}

size_t
ui_selected_figure(const struct ui *ui)
{
	struct figures_pane *fp = figures_of(ui->panes[PANE_FIGURES]);

	if (!ui->figures_shown || ui->focus != PANE_FIGURES || fp->cursor >= fp->last)
		return SIZE_MAX;
	return fp->cursor;
}

static void
show_figure(struct figures_pane *fp, struct ui *ui)
{
	if (fp->cursor >= fp->last)
		return;
	fp->following = true;
	ui_goto(ui, ui->figures->items[fp->cursor].offset, true);
	fp->following = false;
}

static void
move_cursor(struct figures_pane *fp, struct ui *ui, long by)
{
	long at = (long)fp->cursor + by;

	if (fp->first == fp->last)
		return;
	if (at < (long)fp->first)
		at = (long)fp->first;
	if (at >= (long)fp->last)
		at = (long)fp->last - 1;
	fp->cursor = (size_t)at;
	show_figure(fp, ui);
}

static bool
figures_key(struct pane *pane, struct ui *ui, enum action action, int key)
{
	struct figures_pane *fp = figures_of(pane);
	long page = pane->height > 2 ? pane->height - 2 : 1;

	(void)key;
	switch (action) {
	case ACTION_DOWN: move_cursor(fp, ui, 1); return true;
	case ACTION_UP: move_cursor(fp, ui, -1); return true;
	case ACTION_PAGE_DOWN: move_cursor(fp, ui, page); return true;
	case ACTION_PAGE_UP: move_cursor(fp, ui, -page); return true;
	case ACTION_HALF_DOWN: move_cursor(fp, ui, page / 2 ? page / 2 : 1); return true;
	case ACTION_HALF_UP: move_cursor(fp, ui, -(page / 2 ? page / 2 : 1)); return true;
	case ACTION_TOP: move_cursor(fp, ui, -(long)ui->figures->count); return true;
	case ACTION_BOTTOM: move_cursor(fp, ui, (long)ui->figures->count); return true;
	case ACTION_EXPAND: show_figure(fp, ui); return true;
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
	const struct glyphs *g = &ui->glyphs;
	WINDOW *win = fp->pane.win;
	int width = fp->pane.width, col = 0;
	char count[64];
	size_t listed = fp->last - fp->first;

	draw_fill(win, 0, 0, width, ui->theme.border);
	for (int c = 0; c < width; c++)
		draw_text(win, 0, c, 1, g->hline, strlen(g->hline), ui->theme.border);
	col = 1;
	col += draw_text(win, 0, col, width - col, " Figures ", 9, A_BOLD);
	if (!fp->all && fp->section) {
		col += draw_heading(win, 0, col, (width - col) / 2, fp->section, A_BOLD, g);
	} else {
		col += draw_text(win, 0, col, width - col, "(all)", 5, A_BOLD);
	}
	if (listed && fp->cursor < fp->last)
		snprintf(count, sizeof count, " %zu/%zu  a: %s ", fp->cursor - fp->first + 1, listed,
			 fp->all ? "this section" : "all");
	else
		snprintf(count, sizeof count, " none  a: %s ", fp->all ? "this section" : "all");
	draw_text(win, 0, col, width - col, count, strlen(count), A_NORMAL);
}

static void
figures_draw(struct pane *pane, struct ui *ui)
{
	struct figures_pane *fp = figures_of(pane);
	const struct doc *doc = ui->doc;
	WINDOW *win = pane->win;
	size_t rows = pane->height > 1 ? (size_t)pane->height - 1 : 0;
	size_t at = fp->cursor - fp->first;
	bool focused = ui->focus == PANE_FIGURES;

	werase(win);
	draw_header(fp, ui);
	if (fp->cursor < fp->last) {
		if (at < fp->scroll)
			fp->scroll = at;
		else if (rows && at >= fp->scroll + rows)
			fp->scroll = at - rows + 1;
	}
	for (size_t r = 0; r < rows; r++) {
		size_t i = fp->first + fp->scroll + r;
		int col = 1, width = pane->width - 1;
		attr_t attr = A_NORMAL;

		if (i >= fp->last)
			break;
		const struct figure *f = &ui->figures->items[i];
		const char *kind = figure_kind_name(f->kind);
		size_t start, end;

		if (i == fp->cursor)
			attr = focused ? ui->theme.row_focused : ui->theme.row_unfocused;
		draw_fill(win, (int)r + 1, 0, pane->width, attr);
		draw_text(win, (int)r + 1, col, width - col, kind, strlen(kind), attr);
		col += KIND_WIDTH;
		if (col >= width)
			continue;
		draw_truncated(win, (int)r + 1, col, FIGURE_WIDTH < width - col ? FIGURE_WIDTH : width - col,
			       doc->text + f->offset, f->length, attr | ui->theme.figure[f->kind],
			       &ui->glyphs);
		col += FIGURE_WIDTH + 1;
		if (col >= width)
			continue;
		print_context_range(doc, f->offset, f->length, CONTEXT_RADIUS, &start, &end);
		struct context_style c = { ui, f, attr };
		draw_styled(win, (int)r + 1, col, width - col, doc->text + start, end - start, start,
			    context_style, &c);
	}
	if (fp->first == fp->last)
		draw_text(win, 1, 1, pane->width - 2, "no figures here", 15, A_NORMAL);
}

static void
figures_mouse(struct pane *pane, struct ui *ui, int row, int col, mmask_t buttons)
{
	struct figures_pane *fp = figures_of(pane);
	size_t i = fp->first + fp->scroll + (size_t)row - 1;

	(void)col;
	if (buttons & BUTTON4_PRESSED) {
		fp->scroll = fp->scroll > 3 ? fp->scroll - 3 : 0;
		return;
	}
#ifdef BUTTON5_PRESSED
	if (buttons & BUTTON5_PRESSED) {
		if (fp->first + fp->scroll + 3 < fp->last)
			fp->scroll += 3;
		return;
	}
#endif
	if (row < 1 || i >= fp->last)
		return;
	fp->cursor = i;
	show_figure(fp, ui);
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
	list_section(figures_of(pane), ui);
}

static void
figures_destroy(struct pane *pane)
{
	free(figures_of(pane));
}

static const struct pane_ops figures_ops = {
	"figures", figures_draw, figures_key, figures_resize, figures_select, figures_mouse,
	figures_reset, figures_destroy
};

struct pane *
figures_pane_new(struct ui *ui)
{
	struct figures_pane *fp = calloc(1, sizeof *fp);

	if (!fp)
		return NULL;
	fp->pane.ops = &figures_ops;
	list_section(fp, ui);
	return &fp->pane;
}
