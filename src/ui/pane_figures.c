/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pane_figures.c - the figures panel: the hard numbers of the current
 * section (or of the whole report), one a row with its kind, the figure
 * as written, its value and unit, what it measures (its subject) and its
 * section, then a short context when there is room.  o sorts the rows, t
 * keeps one kind, / keeps those holding a text (figure_rows.h); Enter
 * shows the figure in the text, y copies its row. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "i18n.h"
#include "layout.h"
#include "print.h"
#include "ui/pane.h"

enum column { KIND, FIGURE, VALUE, SUBJECT, SECTION, COLUMNS };

/* Columns between two columns; least room a column is cut to (a kind
 * never is); least room left for the context after the section. */
#define GAP 2
static const int column_floor[COLUMNS] = { 0, 8, 8, 4, 6 };
#define CONTEXT_MIN 10
#define CONTEXT_RADIUS 14

struct figures_pane {
	struct pane pane;
	size_t scroll;                  /* first row shown */
	unsigned listed;                /* the rows it was scrolled and measured in */
	int natural[COLUMNS];           /* the widest text of each column in them */
};

static struct figures_pane *
figures_of(struct pane *pane)
{
	return (struct figures_pane *)pane;
}

/* ---- the filter prompt (/ in the panel) ---- */

void
figures_prompt_open(struct ui *ui)
{
	ui->filter.open = true;
	ui->filter.length = 0;
	ui->filter.text[0] = '\0';
	browse_clear_message(ui->browse);
}

void
figures_prompt_key(struct ui *ui, int key)
{
	struct filter_prompt *p = &ui->filter;

	if (key == 27 || key == CONTROL('g') || key == CONTROL('c')) {
		p->open = false;
		browse_filter_figures(ui->browse, "");
		return;
	}
	if (key == '\n' || key == '\r' || key == FKEY(KEY_ENTER)) {
		/* Enter keeps the filter typed; with none, every row again */
		p->open = false;
		if (p->length == 0)
			browse_filter_figures(ui->browse, "");
		return;
	}
	if (key == 127 || key == 8 || key == FKEY(KEY_BACKSPACE)) {
		if (p->length == 0) {
			p->open = false;
			return;
		}
		do
			p->length--;
		while (p->length > 0 && ((unsigned char)p->text[p->length] & 0xc0) == 0x80);
	} else if (key == CONTROL('u')) {
		p->length = 0;
	} else if (key >= 0x20 && key < 0x110000 && key != 0x7f && !layout_is_unsafe((uint32_t)key)) {
		uint8_t buf[8];
		int n = u8_uctomb(buf, (ucs4_t)key, sizeof buf);

		if (n > 0 && p->length + (size_t)n < sizeof p->text) {
			memcpy(p->text + p->length, buf, (size_t)n);
			p->length += (size_t)n;
		}
	} else {
		return;
	}
	p->text[p->length] = '\0';
	browse_filter_figures(ui->browse, p->text);
}

/* ---- keys ---- */

/* y in the panel: the selected figure's row to the clipboard. */
static void
copy_row(struct ui *ui)
{
	size_t i = browse_selected_figure(ui->browse), length;
	char *row;

	if (i == SIZE_MAX) {
		browse_message(ui->browse, true, "no figure to copy");
		return;
	}
	row = figure_row_text(ui->doc, &ui->figures->items[i], &length);
	if (!row) {
		browse_message(ui->browse, true, "%s", bg_status_message(BG_ERR_NOMEM));
		return;
	}
	ui_copy(ui, row, length, "the figure's row");
	free(row);
}

static bool
figures_key(struct pane *pane, struct ui *ui, enum action action, int key)
{
	struct browse *b = ui->browse;
	long page = pane->height > 2 ? pane->height - 2 : 1;
	long rows = (long)browse_figure_rows(b)->count;

	(void)key;
	switch (action) {
	case ACTION_DOWN: browse_move_figure(b, 1); return true;
	case ACTION_UP: browse_move_figure(b, -1); return true;
	case ACTION_PAGE_DOWN: browse_move_figure(b, page); return true;
	case ACTION_PAGE_UP: browse_move_figure(b, -page); return true;
	case ACTION_HALF_DOWN: browse_move_figure(b, page / 2 ? page / 2 : 1); return true;
	case ACTION_HALF_UP: browse_move_figure(b, -(page / 2 ? page / 2 : 1)); return true;
	case ACTION_TOP: browse_move_figure(b, -rows); return true;
	case ACTION_BOTTOM: browse_move_figure(b, rows); return true;
	case ACTION_EXPAND: browse_select_figure(b, b->figure_row); return true;
	case ACTION_SEARCH: figures_prompt_open(ui); return true;
	case ACTION_COPY: copy_row(ui); return true;
	case ACTION_CANCEL:
		/* Esc: the text filter goes */
		if (!b->figure_filter[0])
			return false;
		browse_filter_figures(b, "");
		return true;
	default: return false;
	}
}

/* ---- drawing ---- */

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

/* The texts of the row of figure F: the value and the section into
 * VALUE and SECTION (SIZE bytes each). */
static void
row_texts(const struct figure *f, char *value, char *section, size_t size)
{
	figure_value_text(f, value, size);
	figure_section_text(f->section, section, size);
}

/* Measures the columns of the rows listed. */
static void
measure(struct figures_pane *fp, const struct ui *ui)
{
	const struct browse *b = ui->browse;
	const struct outline_node *measured = NULL;
	char value[128], section[256];
	int section_width = 0;

	memset(fp->natural, 0, sizeof fp->natural);
	for (size_t r = 0; r < b->figure_rows.count; r++) {
		const struct figure *f = &ui->figures->items[b->figure_rows.items[r]];
		const char *kind = figure_kind_name(f->kind);
		int w[COLUMNS];

		if (f->section != measured) {
			measured = f->section;
			figure_section_text(f->section, section, sizeof section);
			section_width = layout_width(section, strlen(section));
		}
		figure_value_text(f, value, sizeof value);
		w[KIND] = layout_width(kind, strlen(kind));
		w[FIGURE] = layout_width(ui->doc->text + f->offset, f->length);
		w[VALUE] = layout_width(value, strlen(value));
		w[SUBJECT] = layout_width(ui->doc->text + f->subject, f->subject_length);
		w[SECTION] = section_width;
		for (int c = 0; c < COLUMNS; c++)
			if (w[c] > fp->natural[c])
				fp->natural[c] = w[c];
	}
}

/* The header: the section listed, the place of the selected row, the
 * order, the kind kept, the text filter, and the count of each kind, the
 * one kept in brackets: [all 12] · money 3 · percent 2. */
static void
draw_header(struct figures_pane *fp, struct ui *ui)
{
	const struct browse *b = ui->browse;
	const struct figure_rows *rows = &b->figure_rows;
	const struct glyphs *g = &ui->glyphs;
	WINDOW *win = fp->pane.win;
	int width = fp->pane.width - 1, col = 1;
	const char *dot = ui->options->ascii ? ", " : " · ";
	char text[768];
	size_t used = 0;

	draw_fill(win, 0, 0, fp->pane.width, ui->theme.border);
	for (int c = 0; c < fp->pane.width; c++)
		draw_text(win, 0, c, 1, g->hline, strlen(g->hline), ui->theme.border);
	col += draw_text(win, 0, col, width - col, _(" Figures "), strlen(_(" Figures ")), A_BOLD);
	if (!b->figures_listed_all && b->figure_section)
		col += draw_heading(win, 0, col, (width - col) / 3, b->figure_section, A_BOLD, g);
	else
		col += draw_text(win, 0, col, width - col, _("(all)"), strlen(_("(all)")), A_BOLD);

#define ADD(...) \
	do { \
		if (used < sizeof text) \
			used += (size_t)snprintf(text + used, sizeof text - used, __VA_ARGS__); \
	} while (0)
	if (rows->count > 0)
		ADD("  %zu/%zu", b->figure_row + 1, rows->count);
	else
		ADD("  none");
	ADD("  by %s", figure_order_name(b->figure_order));
	/* the kind kept, before the counts that a narrow panel cuts */
	if (b->figure_kind != FIGURE_ANY_KIND)
		ADD("  %s only", figure_kind_name((enum figure_kind)b->figure_kind));
	if (b->figure_filter[0])
		ADD("  /%s", b->figure_filter);
	ADD("  %sall %zu%s", b->figure_kind == FIGURE_ANY_KIND ? "[" : "", rows->total,
	    b->figure_kind == FIGURE_ANY_KIND ? "]" : "");
	for (int r = 0; r < FIGURE_KIND_COUNT; r++) {
		for (int k = 0; k < FIGURE_KIND_COUNT; k++) {
			bool kept = b->figure_kind == k;
			if (figure_kind_rank((enum figure_kind)k) != r ||
			    (rows->kind_counts[k] == 0 && !kept))
				continue;
			ADD("%s%s%s %zu%s", dot, kept ? "[" : "", figure_kind_name((enum figure_kind)k),
			    rows->kind_counts[k], kept ? "]" : "");
		}
	}
	ADD(" ");
#undef ADD
	if (used >= sizeof text)
		used = sizeof text - 1;
	draw_truncated(win, 0, col, width - col, text, used, A_NORMAL, g);
}

/* Draws the row of figure F at ROW with the column widths WIDTHS. */
static void
draw_row(struct figures_pane *fp, struct ui *ui, int row, const struct figure *f,
	 const int *widths, attr_t attr)
{
	WINDOW *win = fp->pane.win;
	const struct doc *doc = ui->doc;
	const char *kind = figure_kind_name(f->kind);
	int col = 1, end = fp->pane.width - 1;
	char value[128], section[256];
	struct {
		const char *s;
		size_t n;
		attr_t attr;
	} cell[COLUMNS];

	row_texts(f, value, section, sizeof value < sizeof section ? sizeof value : sizeof section);
	cell[KIND].s = kind, cell[KIND].n = strlen(kind), cell[KIND].attr = attr;
	cell[FIGURE].s = doc->text + f->offset, cell[FIGURE].n = f->length;
	cell[FIGURE].attr = attr | ui->theme.figure[f->kind];
	cell[VALUE].s = value, cell[VALUE].n = strlen(value), cell[VALUE].attr = attr;
	cell[SUBJECT].s = doc->text + f->subject, cell[SUBJECT].n = f->subject_length;
	cell[SUBJECT].attr = attr;
	cell[SECTION].s = section, cell[SECTION].n = strlen(section), cell[SECTION].attr = attr;

	draw_fill(win, row, 0, fp->pane.width, attr);
	for (int c = 0; c < COLUMNS && col < end; c++) {
		int w = widths[c] < end - col ? widths[c] : end - col;
		if (cell[c].n > 0 && w > 0)
			draw_truncated(win, row, col, w, cell[c].s, cell[c].n, cell[c].attr, &ui->glyphs);
		col += widths[c] + GAP;
	}
	if (col + CONTEXT_MIN <= end) {
		size_t start, stop;
		struct context_style c = { ui, f, attr };
		/* characters either side, most of them two columns wide: the
		 * figure stays in view */
		int radius = (end - col - widths[FIGURE]) / 4;

		radius = radius < 2 ? 2 : radius > CONTEXT_RADIUS ? CONTEXT_RADIUS : radius;
		print_context_range(doc, f->offset, f->length, (size_t)radius, &start, &stop);
		draw_styled(win, row, col, end - col, doc->text + start, stop - start, start,
			    context_style, &c);
	}
}

static void
figures_draw(struct pane *pane, struct ui *ui)
{
	struct figures_pane *fp = figures_of(pane);
	const struct figure_rows *rows = browse_figure_rows(ui->browse);
	const struct browse *b = ui->browse;
	WINDOW *win = pane->win;
	size_t shown = pane->height > 1 ? (size_t)pane->height - 1 : 0;
	bool focused = ui->focus == PANE_FIGURES;
	int widths[COLUMNS], floors[COLUMNS];

	if (fp->listed != b->figures_listed) {
		fp->listed = b->figures_listed;
		fp->scroll = 0;
		measure(fp, ui);
	}
	werase(win);
	draw_header(fp, ui);
	if (b->figure_row < rows->count) {
		if (b->figure_row < fp->scroll)
			fp->scroll = b->figure_row;
		else if (shown && b->figure_row >= fp->scroll + shown)
			fp->scroll = b->figure_row - shown + 1;
	}
	/* every column as wide as its widest text when they fit; else the
	 * widest give way first */
	for (int c = 0; c < COLUMNS; c++)
		floors[c] = column_floor[c] < fp->natural[c] && c != KIND ? column_floor[c]
									   : fp->natural[c];
	layout_fit_columns(widths, fp->natural, floors, COLUMNS, GAP, pane->width - 2);
	for (size_t r = 0; r < shown && fp->scroll + r < rows->count; r++) {
		size_t i = fp->scroll + r;
		attr_t attr = A_NORMAL;

		if (i == b->figure_row)
			attr = focused ? ui->theme.row_focused : ui->theme.row_unfocused;
		draw_row(fp, ui, (int)r + 1, &ui->figures->items[rows->items[i]], widths, attr);
	}
	if (rows->count == 0) {
		const char *none = b->figure_first == b->figure_last ? _("no figures here")
			: _("no figures match (Esc: every figure; t: the next kind)");
		draw_truncated(win, 1, 1, pane->width - 2, none, strlen(none), A_NORMAL, &ui->glyphs);
	}
}

static void
figures_mouse(struct pane *pane, struct ui *ui, int row, int col, mmask_t buttons)
{
	struct figures_pane *fp = figures_of(pane);
	struct browse *b = ui->browse;

	(void)col;
	browse_figure_rows(b);
	if (fp->listed != b->figures_listed) {
		fp->listed = b->figures_listed;
		fp->scroll = 0;
		measure(fp, ui);
	}
	if (buttons & BUTTON4_PRESSED) {
		fp->scroll = fp->scroll > 3 ? fp->scroll - 3 : 0;
		return;
	}
#ifdef BUTTON5_PRESSED
	if (buttons & BUTTON5_PRESSED) {
		if (fp->scroll + 3 < b->figure_rows.count)
			fp->scroll += 3;
		return;
	}
#endif
	if (row < 1)
		return;
	browse_select_figure(b, fp->scroll + (size_t)row - 1);
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
	figures_of(pane)->listed = ui->browse->figures_listed - 1;
}

static void
figures_destroy(struct pane *pane)
{
	free(figures_of(pane));
}

static const struct pane_ops figures_ops = {
	N_("figures"), figures_draw, figures_key, figures_resize, figures_mouse,
	figures_reset, figures_destroy
};

int
figures_pane_height(const struct ui *ui, int most)
{
	size_t rows = browse_figure_rows(ui->browse)->count;
	int want = 1 + (rows == 0 ? 1 : rows < (size_t)most ? (int)rows : most);

	if (want < FIGURES_MIN_HEIGHT)
		want = FIGURES_MIN_HEIGHT;
	return want < most ? want : most;
}

struct pane *
figures_pane_new(struct ui *ui)
{
	struct figures_pane *fp = calloc(1, sizeof *fp);

	if (!fp)
		return NULL;
	fp->pane.ops = &figures_ops;
	/* measured at the first draw */
	fp->listed = ui->browse ? ui->browse->figures_listed - 1 : 0;
	return &fp->pane;
}
