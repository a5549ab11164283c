/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pane_outline.c - the outline pane: the heading tree with fold markers,
 * the section being read highlighted, match counts while searching.
 *
 * Folding works as in org-mode (browse.c keeps the folds): Tab on a
 * heading cycles it folded → children → subtree; Shift-Tab cycles the
 * whole tree overview → contents → all.  It starts in the contents view:
 * the top level unfolded one step. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"
#include "ui/pane.h"

struct outline_pane {
	struct pane pane;
	size_t scroll;                  /* the first row shown */
	/* The current row when it was last brought into view, plus one (0:
	 * never): the wheel may scroll it away until it moves. */
	size_t followed;
};

static struct outline_pane *
outline_of(struct pane *pane)
{
	return (struct outline_pane *)pane;
}

static bool
outline_key(struct pane *pane, struct ui *ui, enum action action, int key)
{
	struct browse *b = ui->browse;
	size_t row = browse_current_row(b);
	size_t page = pane->height > 1 ? (size_t)pane->height - 1 : 1;
	const struct outline_node *node = b->rows[row];
	bool focused = ui->panes[ui->focus] == pane;

	(void)key;
	if (!focused && action != ACTION_CYCLE_ALL && action != ACTION_EXPAND &&
	    action != ACTION_COLLAPSE)
		return false;
	switch (action) {
	case ACTION_DOWN:
		if (row + 1 < b->row_count)
			browse_goto_row(b, row + 1, false);
		return true;
	case ACTION_UP:
		if (row > 0)
			browse_goto_row(b, row - 1, false);
		return true;
	case ACTION_PAGE_DOWN:
	case ACTION_HALF_DOWN:
		if (action == ACTION_HALF_DOWN)
			page = page / 2 ? page / 2 : 1;
		browse_goto_row(b, row + page < b->row_count ? row + page : b->row_count - 1, false);
		return true;
	case ACTION_PAGE_UP:
	case ACTION_HALF_UP:
		if (action == ACTION_HALF_UP)
			page = page / 2 ? page / 2 : 1;
		browse_goto_row(b, row > page ? row - page : 0, false);
		return true;
	case ACTION_TOP:
		browse_goto_row(b, 0, true);
		return true;
	case ACTION_BOTTOM:
		/* the end of the report, as everywhere: the last row may be a
		 * folded chapter far above it */
		return false;
	case ACTION_EXPAND:
		node = b->section && !focused ? b->section : node;
		if (browse_fold(b, node, true) || !focused)
			return true;
		if (node->child_count > 0) {
			size_t child = browse_row_of(b, node->children[0]);
			if (child != SIZE_MAX)
				browse_goto_row(b, child, false);
		} else {
			ui->focus = PANE_DETAIL;
		}
		return true;
	case ACTION_COLLAPSE:
		node = b->section && !focused ? b->section : node;
		if (!browse_fold(b, node, false) && node->parent) {
			browse_goto(b, node->parent->depth == 0 ? 0 : node->parent->offset, false);
		}
		return true;
	case ACTION_CYCLE:
		if (node->depth == 0)
			browse_cycle_all(b, ui->last_action == ACTION_CYCLE_ALL);
		else if (b->rows_sparse)
			browse_message(b, false, _("the sparse outline shows every match: & goes back"));
		else
			browse_cycle(b, node);
		return true;
	case ACTION_CYCLE_ALL:
		browse_cycle_all(b, ui->last_action == ACTION_CYCLE_ALL);
		return true;
	default:
		return false;
	}
}

static void
outline_draw(struct pane *pane, struct ui *ui)
{
	struct outline_pane *op = outline_of(pane);
	const struct theme *t = &ui->theme;
	const struct glyphs *g = &ui->glyphs;
	WINDOW *win = pane->win;
	struct browse *b = ui->browse;
	size_t current = browse_current_row(b);
	int width = pane->width - 1;    /* the last column is the border */
	bool focused = ui->panes[ui->focus] == pane;

	/* keep the current row in view when it moves */
	if (current + 1 != op->followed) {
		op->followed = current + 1;
		if (current < op->scroll)
			op->scroll = current;
		else if (pane->height > 0 && current >= op->scroll + (size_t)pane->height)
			op->scroll = current - (size_t)pane->height + 1;
	}
	if (op->scroll + (size_t)pane->height > b->row_count)
		op->scroll = b->row_count > (size_t)pane->height ? b->row_count - (size_t)pane->height : 0;

	werase(win);
	for (int r = 0; r < pane->height; r++) {
		size_t row = op->scroll + (size_t)r;
		attr_t attr = row == current ? (focused ? t->row_focused : t->row_unfocused) : A_NORMAL;
		int col = 0, right = width;

		draw_fill(win, r, 0, width, attr);
		if (row < b->row_count && width > 0) {
			const struct outline_node *node = b->rows[row];

			if (ui->browse->search.searched) {
				size_t count = browse_section_matches(b, node);
				char number[24];
				int n = count ? snprintf(number, sizeof number, " %zu", count) : 0;

				if (n > 0 && n < width / 2) {
					right = width - n;
					draw_text(win, r, right, n, number, (size_t)n, attr | t->count);
				}
			}
			if (node->depth == 0) {
				const char *title = ui->doc->title ? ui->doc->title : ui->doc->name;
				col = 1;
				if (title)
					draw_truncated(win, r, col, right - col, title, strlen(title),
						       attr | t->root, g);
			} else {
				int indent = 2 * (node->depth - 1);
				const char *marker = node->child_count == 0 ? g->leaf
					: b->rows_sparse || browse_is_open(b, node) ? g->unfolded : g->folded;

				if (indent > right / 3)
					indent = right / 3;
				col = indent;
				col += draw_text(win, r, col, right - col, marker, strlen(marker),
						 attr | t->marker);
				col += draw_text(win, r, col, right - col, " ", 1, attr);
				draw_heading(win, r, col, right - col, node, attr, g);
			}
		}
		draw_text(win, r, width, 1, g->vline, strlen(g->vline), t->border);
	}
	if (ui->loading && pane->height > 1 && width > 0) {
		/* the last row says what is still being done */
		int r = pane->height - 1;
		char text[128];

		snprintf(text, sizeof text, "%s%s", ui->loading, g->ellipsis);
		draw_fill(win, r, 0, width, t->status);
		draw_truncated(win, r, 1, width - 1, text, strlen(text), t->status, g);
	}
}

static void
outline_mouse(struct pane *pane, struct ui *ui, int row, int col, mmask_t buttons)
{
	struct outline_pane *op = outline_of(pane);
	struct browse *b = ui->browse;
	size_t at = op->scroll + (size_t)row;

	browse_update_rows(b);
	if (buttons & BUTTON4_PRESSED) {
		op->scroll = op->scroll > 3 ? op->scroll - 3 : 0;
		return;
	}
#ifdef BUTTON5_PRESSED
	if (buttons & BUTTON5_PRESSED) {
		if (op->scroll + 3 + (size_t)pane->height <= b->row_count)
			op->scroll += 3;
		return;
	}
#endif
	if (at >= b->row_count || col >= pane->width - 1)
		return;
	const struct outline_node *node = b->rows[at];
	int marker = node->depth > 0 ? 2 * (node->depth - 1) : -1;

	if (marker > (pane->width - 1) / 3)
		marker = (pane->width - 1) / 3;
	if (col == marker && node->child_count > 0 && !b->sparse) {
		browse_fold(b, node, !browse_is_open(b, node));
		return;
	}
	browse_goto_row(b, at, true);
}

static void
outline_resize(struct pane *pane, struct ui *ui)
{
	(void)pane;
	(void)ui;
}

static void
outline_reset(struct pane *pane, struct ui *ui)
{
	(void)ui;
	outline_of(pane)->scroll = 0;
	outline_of(pane)->followed = 0;
}

static void
outline_destroy(struct pane *pane)
{
	free(outline_of(pane));
}

static const struct pane_ops outline_ops = {
	N_("outline"), outline_draw, outline_key, outline_resize, outline_mouse,
	outline_reset, outline_destroy
};

struct pane *
outline_pane_new(struct ui *ui)
{
	struct outline_pane *op = calloc(1, sizeof *op);

	(void)ui;
	if (!op)
		return NULL;
	op->pane.ops = &outline_ops;
	return &op->pane;
}
