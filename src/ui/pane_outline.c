/* pane_outline.c - the outline pane: the heading tree with fold markers,
 * the section being read highlighted, match counts while searching.
 *
 * Folding works as in org-mode: Tab on a heading cycles it folded →
 * children → subtree; Shift-Tab cycles the whole tree overview →
 * contents → all.  It starts in the contents view: the top level
 * unfolded one step. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "ui/pane.h"

enum { VIEW_OVERVIEW, VIEW_CONTENTS, VIEW_ALL };

struct outline_pane {
	struct pane pane;
	bool *open;                     /* by node index: its children are shown */
	const struct outline_node **rows;   /* rows[0] is the root: the title */
	size_t row_count;
	size_t scroll;
	int view;
	bool dirty;
	bool sparse;                    /* rows were built for the sparse tree */
	unsigned search_generation;
};

static struct outline_pane *
outline_of(struct pane *pane)
{
	return (struct outline_pane *)pane;
}

/* Descendants of a node follow it in document order, deeper than it. */
static size_t
subtree_end(const struct outline *o, const struct outline_node *node)
{
	size_t i = node->index + 1;

	while (i < o->count && o->nodes[i]->depth > node->depth)
		i++;
	return i;
}

static void
set_levels(struct outline_pane *op, const struct outline *o, int levels)
{
	for (size_t i = 0; i < o->count; i++)
		op->open[i] = o->nodes[i]->depth < levels;
	op->dirty = true;
}

static size_t
section_matches(const struct ui *ui, const struct outline_node *node)
{
	if (node->depth == 0)
		return ui->matches.count;
	return ui_match_count(ui, node->offset, node->end);
}

static void
build_rows(struct outline_pane *op, struct ui *ui)
{
	const struct outline *o = ui->outline;
	size_t n = 0, i = 0;

	op->rows[n++] = &o->root;
	op->sparse = ui->sparse;
	while (i < o->count) {
		const struct outline_node *node = o->nodes[i];

		if (op->sparse) {
			if (section_matches(ui, node) > 0)
				op->rows[n++] = node;
			i++;
			continue;
		}
		op->rows[n++] = node;
		i = op->open[i] ? i + 1 : subtree_end(o, node);
	}
	op->row_count = n;
	op->dirty = false;
	op->search_generation = ui->search_generation;
}

static void
update_rows(struct outline_pane *op, struct ui *ui)
{
	if (op->dirty || op->sparse != ui->sparse ||
	    (ui->sparse && op->search_generation != ui->search_generation))
		build_rows(op, ui);
}

/* The row of NODE, or SIZE_MAX when it is hidden. */
static size_t
row_of(const struct outline_pane *op, const struct outline_node *node)
{
	size_t lo = 1, hi = op->row_count;

	if (node->depth == 0)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (op->rows[mid]->index < node->index)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < op->row_count && op->rows[lo] == node ? lo : SIZE_MAX;
}

/* The row to highlight: the current section, or the nearest heading
 * above it that is shown. */
static size_t
current_row(struct outline_pane *op, struct ui *ui)
{
	const struct outline_node *node = ui->section;

	update_rows(op, ui);
	for (; node; node = node->parent) {
		size_t row = row_of(op, node);
		if (row != SIZE_MAX)
			return row;
	}
	return 0;
}

static void
goto_row(struct outline_pane *op, struct ui *ui, size_t row, bool jump)
{
	const struct outline_node *node;

	if (row >= op->row_count)
		row = op->row_count - 1;
	node = op->rows[row];
	ui_goto(ui, node->depth == 0 ? 0 : node->offset, jump);
}

static bool
has_closed_below(const struct outline_pane *op, const struct outline *o,
		 const struct outline_node *node)
{
	for (size_t i = node->index + 1; i < subtree_end(o, node); i++)
		if (o->nodes[i]->child_count > 0 && !op->open[i])
			return true;
	return false;
}

static void
cycle_node(struct outline_pane *op, struct ui *ui, const struct outline_node *node)
{
	const struct outline *o = ui->outline;
	size_t end = subtree_end(o, node);

	if (node->child_count == 0) {
		ui_message(ui, false, "no subheadings");
		return;
	}
	if (!op->open[node->index]) {
		op->open[node->index] = true;
		for (size_t i = node->index + 1; i < end; i++)
			op->open[i] = false;
		ui_message(ui, false, "children");
	} else if (has_closed_below(op, o, node)) {
		for (size_t i = node->index + 1; i < end; i++)
			op->open[i] = true;
		ui_message(ui, false, "subtree");
	} else {
		op->open[node->index] = false;
		ui_message(ui, false, "folded");
	}
	op->dirty = true;
}

static void
cycle_all(struct outline_pane *op, struct ui *ui)
{
	static const char *const names[] = { "overview", "contents", "all headings" };

	/* as in org-mode, the first Shift-Tab shows the overview; the next
	 * ones go on to the contents and everything */
	op->view = ui->last_action == ACTION_CYCLE_ALL ? (op->view + 1) % 3 : VIEW_OVERVIEW;
	set_levels(op, ui->outline, op->view == VIEW_OVERVIEW ? 1 : op->view == VIEW_CONTENTS ? 2 : 1000);
	ui_message(ui, false, "%s", names[op->view]);
}

void
outline_pane_levels(struct pane *pane, struct ui *ui, int levels)
{
	struct outline_pane *op = outline_of(pane);

	set_levels(op, ui->outline, levels);
	op->view = levels <= 1 ? VIEW_OVERVIEW : levels == 2 ? VIEW_CONTENTS : VIEW_ALL;
	ui_message(ui, false, "headings down to level %d", levels);
}

static bool
outline_key(struct pane *pane, struct ui *ui, enum action action, int key)
{
	struct outline_pane *op = outline_of(pane);
	size_t row = current_row(op, ui);
	size_t page = pane->height > 1 ? (size_t)pane->height - 1 : 1;
	const struct outline_node *node = op->rows[row];
	bool focused = ui->panes[ui->focus] == pane;

	(void)key;
	if (!focused && action != ACTION_CYCLE_ALL && action != ACTION_EXPAND &&
	    action != ACTION_COLLAPSE)
		return false;
	switch (action) {
	case ACTION_DOWN:
		if (row + 1 < op->row_count)
			goto_row(op, ui, row + 1, false);
		return true;
	case ACTION_UP:
		if (row > 0)
			goto_row(op, ui, row - 1, false);
		return true;
	case ACTION_PAGE_DOWN:
	case ACTION_HALF_DOWN:
		if (action == ACTION_HALF_DOWN)
			page = page / 2 ? page / 2 : 1;
		goto_row(op, ui, row + page < op->row_count ? row + page : op->row_count - 1, false);
		return true;
	case ACTION_PAGE_UP:
	case ACTION_HALF_UP:
		if (action == ACTION_HALF_UP)
			page = page / 2 ? page / 2 : 1;
		goto_row(op, ui, row > page ? row - page : 0, false);
		return true;
	case ACTION_TOP:
		goto_row(op, ui, 0, true);
		return true;
	case ACTION_BOTTOM:
		/* the end of the report, as everywhere: the last row may be a
		 * folded chapter far above it */
		return false;
	case ACTION_EXPAND:
		node = ui->section && !focused ? ui->section : node;
		if (node->depth > 0 && node->child_count > 0 && !op->open[node->index] && !op->sparse) {
			op->open[node->index] = true;
			op->dirty = true;
		} else if (node->child_count > 0 && focused) {
			update_rows(op, ui);
			size_t child = row_of(op, node->children[0]);
			if (child != SIZE_MAX)
				goto_row(op, ui, child, false);
		} else if (focused) {
			ui->focus = PANE_DETAIL;
		}
		return true;
	case ACTION_COLLAPSE:
		node = ui->section && !focused ? ui->section : node;
		if (node->depth > 0 && node->child_count > 0 && op->open[node->index] && !op->sparse) {
			op->open[node->index] = false;
			op->dirty = true;
		} else if (node->parent) {
			ui_goto(ui, node->parent->depth == 0 ? 0 : node->parent->offset, false);
		}
		return true;
	case ACTION_CYCLE:
		if (node->depth == 0)
			cycle_all(op, ui);
		else if (op->sparse)
			ui_message(ui, false, "the sparse outline shows every match: & goes back");
		else
			cycle_node(op, ui, node);
		return true;
	case ACTION_CYCLE_ALL:
		cycle_all(op, ui);
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
	size_t current = current_row(op, ui);
	int width = pane->width - 1;    /* the last column is the border */
	bool focused = ui->panes[ui->focus] == pane;

	/* keep the current row in view, with some context below it */
	if (current < op->scroll)
		op->scroll = current;
	else if (pane->height > 0 && current >= op->scroll + (size_t)pane->height)
		op->scroll = current - (size_t)pane->height + 1;
	if (op->scroll + (size_t)pane->height > op->row_count)
		op->scroll = op->row_count > (size_t)pane->height ? op->row_count - (size_t)pane->height : 0;

	werase(win);
	for (int r = 0; r < pane->height; r++) {
		size_t row = op->scroll + (size_t)r;
		attr_t attr = row == current ? (focused ? t->row_focused : t->row_unfocused) : A_NORMAL;
		int col = 0, right = width;

		draw_fill(win, r, 0, width, attr);
		if (row < op->row_count && width > 0) {
			const struct outline_node *node = op->rows[row];

			if (ui->searched) {
				size_t count = section_matches(ui, node);
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
					: op->sparse || op->open[node->index] ? g->unfolded : g->folded;

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
	size_t at = op->scroll + (size_t)row;

	update_rows(op, ui);
	if (buttons & BUTTON4_PRESSED) {
		op->scroll = op->scroll > 3 ? op->scroll - 3 : 0;
		return;
	}
#ifdef BUTTON5_PRESSED
	if (buttons & BUTTON5_PRESSED) {
		if (op->scroll + 3 + (size_t)pane->height <= op->row_count)
			op->scroll += 3;
		return;
	}
#endif
	if (at >= op->row_count || col >= pane->width - 1)
		return;
	const struct outline_node *node = op->rows[at];
	int marker = node->depth > 0 ? 2 * (node->depth - 1) : -1;

	if (marker > (pane->width - 1) / 3)
		marker = (pane->width - 1) / 3;
	if (col == marker && node->child_count > 0 && !op->sparse) {
		op->open[node->index] = !op->open[node->index];
		op->dirty = true;
		return;
	}
	goto_row(op, ui, at, true);
}

static void
outline_resize(struct pane *pane, struct ui *ui)
{
	(void)pane;
	(void)ui;
}

static void
outline_select(struct pane *pane, struct ui *ui)
{
	(void)pane;
	(void)ui;
}

static bool
allocate(struct outline_pane *op, const struct outline *o)
{
	free(op->open);
	free(op->rows);
	op->open = calloc(o->count + 1, sizeof *op->open);
	op->rows = calloc(o->count + 1, sizeof *op->rows);
	op->row_count = 0;
	op->scroll = 0;
	op->view = VIEW_CONTENTS;
	if (!op->open || !op->rows)
		return false;
	set_levels(op, o, 2);
	return true;
}

static void
outline_reset(struct pane *pane, struct ui *ui)
{
	struct outline_pane *op = outline_of(pane);

	if (!allocate(op, ui->outline)) {
		ui_message(ui, true, "out of memory");
		ui->quit = true;
		return;
	}
	build_rows(op, ui);
}

static void
outline_destroy(struct pane *pane)
{
	struct outline_pane *op = outline_of(pane);

	free(op->open);
	free(op->rows);
	free(op);
}

static const struct pane_ops outline_ops = {
	"outline", outline_draw, outline_key, outline_resize, outline_select, outline_mouse,
	outline_reset, outline_destroy
};

struct pane *
outline_pane_new(struct ui *ui)
{
	struct outline_pane *op = calloc(1, sizeof *op);

	if (!op)
		return NULL;
	op->pane.ops = &outline_ops;
	if (!allocate(op, ui->outline)) {
		outline_destroy(&op->pane);
		return NULL;
	}
	build_rows(op, ui);
	return &op->pane;
}
