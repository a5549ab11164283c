/* SPDX-License-Identifier: GPL-3.0-or-later */
/* library_view.c - the library view: one row per report (title, issuer,
 * date, kind, size, sections, figures) as the reports load, or the rows
 * of a search across them (report, then its sections, with counts); and
 * the moves between the reports open in the panes, each with its own
 * browse state (library.h).
 *
 *   title                        issuer        date        kind    size  sect  figs
 *   甲市关于加强普法工作的通知   甲市人民政府  2021-03-01  通知     182     3     1
 */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "i18n.h"
#include "layout.h"
#include "ui/pane.h"

enum { COLUMN_GAP = 2, DATE_COLUMNS = 10, SIZE_COLUMNS = 5, COUNT_COLUMNS = 4 };

/* Puts a message on the library's status line (ERROR: as an error) until
 * the next key. */
static void
view_message(struct ui *ui, bool error, const char *format, ...)
	__attribute__((format(printf, 3, 4)));

static void
view_message(struct ui *ui, bool error, const char *format, ...)
{
	va_list ap;

	va_start(ap, format);
	vsnprintf(ui->view.message, sizeof ui->view.message, format, ap);
	va_end(ap);
	ui->view.message_is_error = error;
}

/* The name of FILE without its directories. */
static const char *
base_name(const char *file)
{
	const char *slash = strrchr(file, '/');

	return slash && slash[1] ? slash + 1 : file;
}

/* The rows the view has: the list's or the search's. */
static size_t
row_count(const struct ui *ui)
{
	return ui->view.results ? ui->library->hit_count : ui->library->count;
}

/* Rows of the view for rows of the list (the first is the header). */
static int
list_height(const struct ui *ui)
{
	int h = ui->library_win ? getmaxy(ui->library_win) - 1 : 0;

	return h > 0 ? h : 0;
}

/* The columns of the list at WIDTH: the title takes what is left. */
struct columns {
	int title, issuer, date, kind, size, sections, figures;
};

static struct columns
columns_for(const struct ui *ui, int width)
{
	const struct library *l = ui->library;
	struct columns c = { 0, 0, DATE_COLUMNS, 4, SIZE_COLUMNS, COUNT_COLUMNS, COUNT_COLUMNS };
	int rest;

	for (size_t i = 0; i < l->count; i++) {
		/* a row is the workers' until library_step has taken it */
		const char *kind = l->entries[i].state == LIBRARY_LOADED ? l->entries[i].row.kind : NULL;
		int w = kind ? layout_width(kind, strlen(kind)) : 0;
		if (w > c.kind)
			c.kind = w > 8 ? 8 : w;
	}
	/* a narrow screen leaves the figures, the sections, the size and the
	 * kind out, in that order, before the title gets under 12 columns */
	int *optional[] = { &c.figures, &c.sections, &c.size, &c.kind };
	for (size_t k = 0;; k++) {
		int shown = 0;
		int fixed[] = { c.date, c.kind, c.size, c.sections, c.figures };
		rest = width - 1;
		for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
			if (fixed[i] > 0) {
				rest -= fixed[i];
				shown++;
			}
		rest -= (shown + 1) * COLUMN_GAP;       /* one gap after each column but the last */
		c.issuer = rest / 3 > 24 ? 24 : rest / 3;
		if (c.issuer < 6)
			c.issuer = 0;
		c.title = rest - c.issuer;
		if (c.title >= 12 || k == sizeof optional / sizeof optional[0])
			break;
		*optional[k] = 0;
	}
	if (c.title < 4)
		c.title = 4;
	return c;
}

/* Draws S left in WIDTH columns at COL (cut with an ellipsis); returns
 * the column after the cell and its gap. */
static int
cell(struct ui *ui, int row, int col, int width, const char *s, attr_t attr)
{
	WINDOW *win = ui->library_win;
	int max = getmaxx(win) - col;

	if (width <= 0)
		return col;     /* a column left out */
	if (width > max)
		width = max;
	if (width > 0 && s)
		draw_truncated(win, row, col, width, s, strlen(s), attr, &ui->glyphs);
	return col + width + COLUMN_GAP;
}

/* Draws S right-aligned in WIDTH columns at COL. */
static int
cell_right(struct ui *ui, int row, int col, int width, const char *s, attr_t attr)
{
	int w = layout_width(s, strlen(s));

	if (width <= 0)
		return col;

	if (w < width)
		cell(ui, row, col + width - w, w, s, attr);
	else
		cell(ui, row, col, width, s, attr);
	return col + width + COLUMN_GAP;
}

static void
draw_header(struct ui *ui, const struct columns *c)
{
	attr_t attr = ui->theme.title & ~A_REVERSE;
	int col = 1;

	draw_fill(ui->library_win, 0, 0, getmaxx(ui->library_win), A_NORMAL);
	col = cell(ui, 0, col, c->title, _("title"), attr);
	if (c->issuer > 0)
		col = cell(ui, 0, col, c->issuer, _("issuer"), attr);
	col = cell(ui, 0, col, c->date, _("date"), attr);
	col = cell(ui, 0, col, c->kind, _("kind"), attr);
	col = cell_right(ui, 0, col, c->size, _("size"), attr);
	col = cell_right(ui, 0, col, c->sections, _("sect"), attr);
	cell_right(ui, 0, col, c->figures, _("figs"), attr);
}

static void
draw_entry(struct ui *ui, int row, const struct columns *c, const struct library_entry *e,
	   attr_t attr)
{
	const struct list_row *r = &e->row;
	char number[32];
	int col = 1;

	switch (e->state) {
	case LIBRARY_LOADED:
		col = cell(ui, row, col, c->title, r->title ? r->title : base_name(e->file), attr | A_BOLD);
		if (c->issuer > 0)
			col = cell(ui, row, col, c->issuer, r->issuer, attr);
		col = cell(ui, row, col, c->date, r->date, attr);
		col = cell(ui, row, col, c->kind, r->kind, attr);
		library_size_text(r->size, number, sizeof number);
		col = cell_right(ui, row, col, c->size, number, attr);
		snprintf(number, sizeof number, "%zu", r->sections);
		col = cell_right(ui, row, col, c->sections, number, attr);
		snprintf(number, sizeof number, "%zu", r->figures);
		cell_right(ui, row, col, c->figures, number, attr);
		break;
	case LIBRARY_FAILED:
		col = cell(ui, row, col, c->title, base_name(e->file), attr);
		cell(ui, row, col, getmaxx(ui->library_win) - col, e->error,
		     attr ? attr : ui->theme.error);
		break;
	case LIBRARY_WAITING:
		/* its name until it is loaded */
		cell(ui, row, col, c->title, base_name(e->file), attr | A_DIM);
		break;
	}
}

/* Keeps CURSOR in view between *SCROLL and the rows shown. */
static void
follow(size_t cursor, size_t *scroll, size_t count, int height)
{
	size_t h = height > 0 ? (size_t)height : 1;

	if (cursor < *scroll)
		*scroll = cursor;
	else if (cursor >= *scroll + h)
		*scroll = cursor - h + 1;
	if (*scroll + h > count)
		*scroll = count > h ? count - h : 0;
}

static void
draw_list(struct ui *ui)
{
	struct library *l = ui->library;
	WINDOW *win = ui->library_win;
	int width = getmaxx(win), height = list_height(ui);
	struct columns c = columns_for(ui, width);
	size_t cursor = library_row_of(l, ui->view.entry);

	follow(cursor, &ui->view.scroll, l->count, height);
	draw_header(ui, &c);
	for (int r = 0; r < height; r++) {
		size_t row = ui->view.scroll + (size_t)r;
		attr_t attr = row == cursor ? ui->theme.row_focused : A_NORMAL;

		draw_fill(win, r + 1, 0, width, attr);
		if (row < l->count)
			draw_entry(ui, r + 1, &c, &l->entries[l->order[row]], attr);
	}
}

static void
draw_results(struct ui *ui)
{
	struct library *l = ui->library;
	WINDOW *win = ui->library_win;
	int width = getmaxx(win), height = list_height(ui);
	size_t total = 0;
	char line[400], number[32];

	for (size_t i = 0; i < l->found_count; i++)
		total += l->found[i].matches.count;
	snprintf(line, sizeof line, total == 1 ? _("%s: %zu match in %zu of %zu reports")
					       : _("%s: %zu matches in %zu of %zu reports"),
		 l->terms, total, l->found_count, l->searched_count);
	draw_fill(win, 0, 0, width, A_NORMAL);
	draw_truncated(win, 0, 1, width - 2, line, strlen(line), A_BOLD, &ui->glyphs);
	follow(ui->view.hit, &ui->view.hit_scroll, l->hit_count, height);
	for (int r = 0; r < height; r++) {
		size_t row = ui->view.hit_scroll + (size_t)r;
		attr_t attr = row == ui->view.hit ? ui->theme.row_focused : A_NORMAL;
		const struct library_hit *h;
		int right, col;

		draw_fill(win, r + 1, 0, width, attr);
		if (row >= l->hit_count)
			continue;
		h = &l->hits[row];
		snprintf(number, sizeof number, "%zu", h->count);
		right = width - 1 - layout_width(number, strlen(number));
		if (right < 8)
			continue;
		draw_text(win, r + 1, right, width - right, number, strlen(number), attr | ui->theme.count);
		if (h->report) {
			const struct library_entry *e = &l->entries[h->entry];
			const char *title = e->row.title ? e->row.title : base_name(e->file);
			col = 1 + draw_truncated(win, r + 1, 1, right - 2, title, strlen(title),
						 attr | A_BOLD, &ui->glyphs);
			if (col + 2 + 6 < right - 1)
				draw_truncated(win, r + 1, col + 2, right - 1 - (col + 2), e->file,
					       strlen(e->file), attr | A_DIM, &ui->glyphs);
		} else if (h->node) {
			/* a tree: deeper sections further in */
			int indent = 2 + 2 * (h->node->depth < 4 ? h->node->depth : 4);
			draw_heading(win, r + 1, indent, right - 1 - indent, h->node, attr, &ui->glyphs);
		} else {
			const char *before = _("(before the first heading)");
			draw_truncated(win, r + 1, 4, right - 5, before, strlen(before), attr | A_DIM,
				       &ui->glyphs);
		}
	}
}

void
library_view_draw(struct ui *ui)
{
	werase(ui->library_win);
	if (!ui->library->searched)
		ui->view.results = false;   /* dropped: a report was read again */
	if (ui->view.results)
		draw_results(ui);
	else
		draw_list(ui);
}

void
library_view_title(struct ui *ui)
{
	const struct library *l = ui->library;
	WINDOW *win = ui->title_win;
	char text[160];

	snprintf(text, sizeof text, l->count == 1 ? _("baogao: %zu report, sorted by %s")
						  : _("baogao: %zu reports, sorted by %s"),
		 l->count, _(library_sort_name(l->sort)));
	draw_fill(win, 0, 0, ui->cols, ui->theme.title);
	draw_truncated(win, 0, 1, ui->cols - 2, text, strlen(text), ui->theme.title, &ui->glyphs);
}

void
library_view_status(struct ui *ui)
{
	const struct library *l = ui->library;
	const struct theme *t = &ui->theme;
	WINDOW *win = ui->status_win;
	char right[96];
	int width = ui->cols, col = 0, right_width;

	draw_fill(win, 0, 0, width, t->status);
	if (ui->view.prompt_open) {
		size_t from = 0;
		const char *lead = ui->view.flags & SEARCH_REGEX    ? "regex/"
				   : ui->view.flags & SEARCH_PINYIN ? "pinyin/"
								     : "/";
		col = draw_text(win, 0, 0, width - 1, lead, strlen(lead), t->status | A_BOLD);
		while (from < ui->view.prompt_length &&
		       layout_width(ui->view.prompt + from, ui->view.prompt_length - from) > width - col - 2) {
			int k = u8_mblen((const uint8_t *)ui->view.prompt + from, ui->view.prompt_length - from);
			from += k > 0 ? (size_t)k : 1;
		}
		col += draw_text(win, 0, col, width - col - 1, ui->view.prompt + from,
				 ui->view.prompt_length - from, t->status);
		wmove(win, 0, col);
		return;
	}
	if (library_loading(l))
		snprintf(right, sizeof right, _("%zu/%zu loaded "), l->loaded + l->failed, l->count);
	else if (l->failed)
		snprintf(right, sizeof right, _("%zu reports, %zu unreadable "), l->count, l->failed);
	else
		snprintf(right, sizeof right, l->count == 1 ? _("%zu report ") : _("%zu reports "), l->count);
	right_width = layout_width(right, strlen(right));
	if (right_width < width / 2) {
		draw_text(win, 0, width - right_width, right_width, right, strlen(right), t->status | A_BOLD);
		width -= right_width + 1;
	}
	{
		const char *name = _(" library ");
		col += draw_text(win, 0, 0, width, name, strlen(name), t->status | A_BOLD);
	}
	col++;
	if (ui->view.message[0])
		draw_truncated(win, 0, col, width - col, ui->view.message, strlen(ui->view.message),
			       ui->view.message_is_error ? t->error : t->status | t->message, &ui->glyphs);
	else {
		const char *hint = ui->view.results ? _("Enter open at the match  Esc the list  / search again")
						    : _("Enter open  s sort  / search all  ? help  q quit");
		draw_truncated(win, 0, col, width - col, hint, strlen(hint), t->status, &ui->glyphs);
	}
}

/* ---- moving between reports ---- */

static bool
shows(void *context, size_t offset)
{
	struct ui *ui = context;

	return detail_pane_shows(ui->panes[PANE_DETAIL], offset);
}

/* Puts the report open aside: its search stops (counted again when it
 * comes back), its place in the state file kept for the end. */
static void
leave(struct ui *ui)
{
	if (!ui->report)
		return;
	if (ui->prompt.open)
		ui_prompt_close(ui, false);
	jobs_search_stop(ui);
	jobs_figures_finish(ui, true);
	ui->after_search = 0;
	ui->pending = 0;
	ui->ask.kind = ASK_NONE;
	ui->filter.open = false;       /* the figures panel's filter prompt */
	ui->link_shown = SIZE_MAX;     /* the next report's links are others */
	ui->view.remember[ui->entry] = ui->remember;
	ui->remember = NULL;
}

bool
library_view_open(struct ui *ui, size_t entry, size_t match)
{
	struct library *l = ui->library;
	struct library_entry *e;
	struct browse *b;
	bool first;

	if (entry >= l->count)
		return false;
	e = &l->entries[entry];
	if (e->state != LIBRARY_LOADED) {
		view_message(ui, true, "%s: %s", e->file,
			     e->state == LIBRARY_FAILED ? e->error : _("not loaded yet"));
		return false;
	}
	first = e->browse == NULL;
	b = library_browse(l, entry);
	if (!b) {
		view_message(ui, true, "%s", _("out of memory"));
		return false;
	}
	if (entry != ui->entry) {
		leave(ui);
		ui->entry = entry;
		ui->report = e->report;
		ui->doc = report_doc(e->report);
		ui->outline = report_outline(e->report);
		ui->figures = report_figures(e->report);
		ui->browse = b;
		ui->remember = ui->view.remember[entry];
		for (int i = 0; i < PANE_COUNT; i++)
			ui->panes[i]->ops->reset(ui->panes[i], ui);
	}
	ui->library_shown = false;
	ui->view.entry = entry;
	ui_layout(ui);
	if (first) {
		b->shows = shows;
		b->context = ui;
		browse_set_search_flags(b, ui->options->search_flags);
		if (ui->options->line_numbers) {
			browse_toggle_line_numbers(b);
			ui_layout(ui);
		}
		browse_clear_message(b);
		browse_goto(b, 0, false);
		if (!ui->recall)
			recall_open(ui);   /* the searches typed before, once */
		remember_open(ui);
		ui_start_search(ui, ui->options->search);
	}
	if (match != SIZE_MAX && !library_give_matches(l, entry, b, match))
		browse_message(b, true, "%s", _("out of memory"));
	return true;
}

void
library_view_show(struct ui *ui)
{
	if (!ui->library) {
		browse_message(ui->browse, false, "%s",
			       _("one report: no library (name several files or a directory)"));
		return;
	}
	if (ui->prompt.open)
		ui_prompt_close(ui, false);
	ui->ask.kind = ASK_NONE;
	ui->filter.open = false;
	ui->after_search = 0;   /* a key for the report, not for the list */
	ui->library_shown = true;
	ui->view.entry = ui->entry;
	ui->view.message[0] = '\0';
	ui_layout(ui);
}

/* The report's name for a message. */
static const char *
entry_name(const struct library *l, size_t entry)
{
	const struct library_entry *e = &l->entries[entry];

	return e->state == LIBRARY_LOADED && e->row.title ? e->row.title : base_name(e->file);
}

void
library_view_neighbour(struct ui *ui, bool next)
{
	struct library *l = ui->library;
	size_t to;

	if (!l) {
		browse_message(ui->browse, false, "%s",
			       next ? _("one report: no next report") : _("one report: no previous report"));
		return;
	}
	to = library_neighbour(l, ui->entry, next);
	if (to == SIZE_MAX) {
		browse_message(ui->browse, false, "%s", next ? _("the last report of the library")
							: _("the first report of the library"));
		return;
	}
	if (library_view_open(ui, to, SIZE_MAX))
		browse_message(ui->browse, false, _("report %zu of %zu: %s"), library_row_of(l, to) + 1,
			       l->count, entry_name(l, to));
}

bool
library_view_next_match(struct ui *ui, bool forward)
{
	struct library *l = ui->library;
	struct browse *b = ui->browse;
	const struct library_found *f;
	size_t count = b->search.matches.count, to, i;
	bool wrapped;

	if (!l || !l->searched || !b->search.searched || strcmp(b->search.terms, l->terms) != 0)
		return false;
	f = library_found_of(l, ui->entry);
	if (!f || count == 0 || b->search.current_match >= count)
		return false;
	if (forward ? b->search.current_match + 1 < count : b->search.current_match > 0)
		return false;
	to = library_found_neighbour(l, ui->entry, forward, &wrapped);
	if (to == SIZE_MAX || to == ui->entry)
		return false;
	i = forward ? 0 : library_found_of(l, to)->matches.count - 1;
	if (!library_view_open(ui, to, i))
		return false;
	browse_message(ui->browse, false, "%s: %s",
		       wrapped ? (forward ? _("search hit the last report, continuing at the first")
					  : _("search hit the first report, continuing at the last"))
			       : (forward ? _("search continues in the next report")
					  : _("search continues in the previous report")),
		       entry_name(l, to));
	return true;
}

/* ---- keys ---- */

static void
run_search(struct ui *ui)
{
	struct bg_error err = { BG_OK, "" };
	struct library *l = ui->library;

	if (ui->view.prompt_length == 0) {
		if (l->searched)
			ui->view.results = true;
		return;
	}
	if (library_search(l, ui->view.prompt, ui->view.flags, &err) != BG_OK) {
		view_message(ui, true, "%s%s%s", bg_status_message(err.status), err.detail[0] ? ": " : "",
			     err.detail);
		ui->view.results = false;
		return;
	}
	ui->view.results = true;
	ui->view.hit = ui->view.hit_scroll = 0;
	if (l->hit_count == 0)
		view_message(ui, true, _("not found in %zu reports: %s"), l->searched_count, l->terms);
	else if (library_loading(l))
		view_message(ui, false, _("searched the %zu reports loaded so far"), l->searched_count);
	/* the reports' own searches were others: the new one is given to
	 * each when it is opened from here */
}

static void
prompt_key(struct ui *ui, int key)
{
	struct library_view *v = &ui->view;

	if (key == 27 || key == CONTROL('g') || key == CONTROL('c')) {
		v->prompt_open = false;
		return;
	}
	if (key == '\n' || key == '\r' || key == FKEY(KEY_ENTER)) {
		v->prompt_open = false;
		v->prompt[v->prompt_length] = '\0';
		run_search(ui);
		return;
	}
	/* as in the search prompt: a regular expression, pinyin */
	if (key == CONTROL('r') || key == CONTROL('y')) {
		v->flags ^= key == CONTROL('r') ? (unsigned)SEARCH_REGEX : (unsigned)SEARCH_PINYIN;
		return;
	}
	/* Backspace on an empty line closes it, as the search prompt does */
	if ((key == 127 || key == 8 || key == FKEY(KEY_BACKSPACE)) && v->prompt_length == 0) {
		v->prompt_open = false;
		return;
	}
	ui_line_edit(v->prompt, sizeof v->prompt, &v->prompt_length, key);
}

/* Moves the cursor of the rows shown by BY (clamped). */
static void
move_cursor(struct ui *ui, long by)
{
	struct library *l = ui->library;
	size_t count = row_count(ui);
	size_t at = ui->view.results ? ui->view.hit : library_row_of(l, ui->view.entry);
	long to = (long)at + by;

	if (count == 0)
		return;
	if (to < 0)
		to = 0;
	if (to >= (long)count)
		to = (long)count - 1;
	if (ui->view.results)
		ui->view.hit = (size_t)to;
	else
		ui->view.entry = l->order[to];
}

static void
open_selected(struct ui *ui)
{
	struct library *l = ui->library;

	if (ui->view.results) {
		const struct library_hit *h;
		if (ui->view.hit >= l->hit_count)
			return;
		h = &l->hits[ui->view.hit];
		library_view_open(ui, h->entry, h->first);
		return;
	}
	if (ui->view.entry < l->count)
		library_view_open(ui, ui->view.entry, SIZE_MAX);
}

static void
mouse(struct ui *ui)
{
	MEVENT event;
	int top = 2;    /* the title bar and the header */

	if (getmouse(&event) != OK)
		return;
	if (event.bstate & BUTTON4_PRESSED) {
		move_cursor(ui, -3);
		return;
	}
#ifdef BUTTON5_PRESSED
	if (event.bstate & BUTTON5_PRESSED) {
		move_cursor(ui, 3);
		return;
	}
#endif
	if (!(event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) || event.y < top ||
	    event.y >= top + list_height(ui))
		return;
	size_t row = (ui->view.results ? ui->view.hit_scroll : ui->view.scroll) + (size_t)(event.y - top);
	if (row >= row_count(ui))
		return;
	if (ui->view.results)
		ui->view.hit = row;
	else
		ui->view.entry = ui->library->order[row];
}

void
library_view_key(struct ui *ui, int key)
{
	struct library *l = ui->library;
	enum action action;
	int page = list_height(ui) > 1 ? list_height(ui) - 1 : 1;

	if (ui->view.prompt_open) {
		prompt_key(ui, key);
		return;
	}
	ui->view.message[0] = '\0';
	action = keys_action(key);
	if (ui->help_shown) {
		help_key(ui, action, key);
		return;
	}
	switch (action) {
	case ACTION_DOWN: move_cursor(ui, 1); break;
	case ACTION_UP: move_cursor(ui, -1); break;
	case ACTION_PAGE_DOWN: move_cursor(ui, page); break;
	case ACTION_PAGE_UP: move_cursor(ui, -page); break;
	case ACTION_HALF_DOWN: move_cursor(ui, page / 2 ? page / 2 : 1); break;
	case ACTION_HALF_UP: move_cursor(ui, -(page / 2 ? page / 2 : 1)); break;
	case ACTION_TOP: move_cursor(ui, -(long)row_count(ui)); break;
	case ACTION_BOTTOM: move_cursor(ui, (long)row_count(ui)); break;
	case ACTION_EXPAND: open_selected(ui); break;
	case ACTION_SORT:
	case ACTION_SAVE:       /* s: in a report it saves the section */
		if (ui->view.results) {
			view_message(ui, false, "%s", _("Esc: back to the list to sort it"));
			break;
		}
		library_sort(l, (enum library_sort)((l->sort + 1) % LIBRARY_SORTS));
		view_message(ui, false, _("sorted by %s"), _(library_sort_name(l->sort)));
		break;
	case ACTION_SEARCH:
		/* each search starts plain but for pinyin, as in a report */
		ui->view.flags &= ~(unsigned)SEARCH_REGEX;
		ui->view.prompt_open = true;
		ui->view.prompt_length = 0;
		ui->view.prompt[0] = '\0';
		break;
	case ACTION_CANCEL: case ACTION_COLLAPSE: case ACTION_PARENT:
		if (ui->view.results)
			ui->view.results = false;
		break;
	case ACTION_LIBRARY:
		/* back to the report left */
		if (ui->report)
			library_view_open(ui, ui->entry, SIZE_MAX);
		else
			view_message(ui, false, "%s", _("no report open yet: Enter opens one"));
		break;
	case ACTION_HELP: ui->help_shown = true; break;
	case ACTION_REDRAW: clearok(curscr, TRUE); break;
	case ACTION_QUIT: ui->quit = true; break;
	case ACTION_MOUSE: mouse(ui); break;
	case ACTION_NONE:
		view_message(ui, false, "%s", _("no such key in the library: press ? for help"));
		break;
	default:
		view_message(ui, false, "%s", _("Enter opens a report first"));
		break;
	}
}
