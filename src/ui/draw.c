/* SPDX-License-Identifier: GPL-3.0-or-later */
/* draw.c - text on the screen: clipped to its pane by display width,
 * whole characters only, control characters in their visible forms. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include <unictype.h>
#include <unistr.h>

#include "layout.h"
#include "ui/pane.h"

/* Colour pairs. */
enum {
	PAIR_MATCH = 1, PAIR_BORDER, PAIR_HEADING, PAIR_ERROR,
	PAIR_FIGURE         /* PAIR_FIGURE + kind */
};

void
theme_init(struct theme *t, bool color)
{
	memset(t, 0, sizeof *t);
	t->title = A_REVERSE | A_BOLD;
	t->status = A_REVERSE;
	t->message = A_BOLD;
	t->error = A_BOLD | A_REVERSE;
	t->marker = A_NORMAL;
	t->count = A_BOLD;
	t->heading[0] = A_BOLD | A_UNDERLINE;
	t->heading[1] = A_BOLD;
	t->heading[2] = A_BOLD;
	for (int k = 0; k < FIGURE_KIND_COUNT; k++)
		t->figure[k] = A_UNDERLINE;
	t->match = A_BOLD | A_UNDERLINE;
	t->current_match = A_REVERSE | A_BOLD;
	t->selected_figure = A_REVERSE;
	t->row_focused = A_REVERSE | A_BOLD;
	t->row_unfocused = A_BOLD | A_UNDERLINE;
	t->breadcrumb = A_BOLD;
	t->root = A_BOLD;
	if (!color)
		return;

	/* Mid-tone colours read on dark and light backgrounds alike; with
	 * eight colours, the basic ones that do best. */
	static const short rich[FIGURE_KIND_COUNT] = { 31, 28, 127, 130, 124, 66 };
	static const short basic[FIGURE_KIND_COUNT] = {
		COLOR_CYAN, COLOR_GREEN, COLOR_MAGENTA, COLOR_BLUE, COLOR_RED, -1
	};
	bool many = COLORS >= 256;

	for (int k = 0; k < FIGURE_KIND_COUNT; k++) {
		init_pair((short)(PAIR_FIGURE + k), many ? rich[k] : basic[k], -1);
		t->figure[k] = COLOR_PAIR(PAIR_FIGURE + k) | (k == FIGURE_ORDINAL ? A_NORMAL : A_BOLD);
	}
	init_pair(PAIR_MATCH, COLOR_BLACK, COLOR_YELLOW);
	init_pair(PAIR_BORDER, many ? 244 : -1, -1);
	init_pair(PAIR_HEADING, many ? 25 : COLOR_BLUE, -1);
	init_pair(PAIR_ERROR, COLOR_WHITE, COLOR_RED);
	t->match = COLOR_PAIR(PAIR_MATCH);
	t->current_match = A_REVERSE | A_BOLD;
	t->border = many ? COLOR_PAIR(PAIR_BORDER) : A_NORMAL;
	/* the fold markers in the text's own colour, bold: the borders'
	 * grey leaves them barely seen */
	t->marker = A_BOLD;
	t->heading[0] = A_BOLD | COLOR_PAIR(PAIR_HEADING);
	t->error = A_BOLD | COLOR_PAIR(PAIR_ERROR);
}

void
glyphs_init(struct glyphs *g, bool ascii)
{
	if (ascii)
		*g = (struct glyphs){ "|", "-", "+", "-", " ", "~", " > ", 1 };
	else
		*g = (struct glyphs){ "│", "─", "▸", "▾", " ", "…", " › ", 1 };
}

void
draw_fill(WINDOW *win, int row, int col, int width, attr_t attr)
{
	if (width <= 0)
		return;
	wattrset(win, attr);
	mvwhline(win, row, col, ' ', width);
	wattrset(win, A_NORMAL);
}

/* Draws the characters of S one by one, as wide as layout_char_width
 * says, the same measure as the layout and the tests. */
static int
draw_chars(WINDOW *win, int row, int col, int width, const char *s, size_t n, size_t offset,
	   style_fn style, void *context, attr_t attr)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	int used = 0;
	bool base = false;

	if (width <= 0 || wmove(win, row, col) == ERR)
		return 0;
	while (p < end) {
		ucs4_t uc;
		int k = u8_mbtouc(&uc, p, (size_t)(end - p));
		char visible[16];
		const char *out = (const char *)p;
		size_t out_length;
		int w;

		if (uc == 0xfffd && !(k == 3 && p[0] == 0xef && p[1] == 0xbf && p[2] == 0xbd)) {
			k = 1;
			out_length = (size_t)snprintf(visible, sizeof visible, "\\x%02X", p[0]);
			out = visible;
			w = 4;
		} else if (layout_is_unsafe(uc)) {
			out_length = layout_visible_char(uc, visible);
			out = visible;
			w = (int)out_length;
		} else {
			out_length = (size_t)k;
			w = layout_char_width(uc);
			/* A character that libunistring and the C library measure
			 * differently (a few rare ones) would shift the row in
			 * curses: draw a stand-in of the width we counted. */
			if (wcwidth((wchar_t)uc) != w) {
				memcpy(visible, "??", 3);
				out = visible;
				out_length = (size_t)w;
			}
		}
		if (used + w > width)
			break;
		if (w > 0 || base) {
			wattrset(win, style ? style(context, offset + (size_t)(p - (const uint8_t *)s)) : attr);
			waddnstr(win, out, (int)out_length);
			base = true;
		}
		used += w;
		p += k;
	}
	wattrset(win, A_NORMAL);
	return used;
}

int
draw_text(WINDOW *win, int row, int col, int width, const char *s, size_t n, attr_t attr)
{
	return draw_chars(win, row, col, width, s, n, 0, NULL, NULL, attr);
}

int
draw_styled(WINDOW *win, int row, int col, int width, const char *s, size_t n, size_t offset,
	    style_fn style, void *context)
{
	return draw_chars(win, row, col, width, s, n, offset, style, context, A_NORMAL);
}

int
draw_truncated(WINDOW *win, int row, int col, int width, const char *s, size_t n, attr_t attr,
	       const struct glyphs *glyphs)
{
	int used;
	bool cut;
	size_t fit = layout_truncate(s, n, width, glyphs->ellipsis_width, &used, &cut);

	used = draw_text(win, row, col, width, s, fit, attr);
	if (cut && used + glyphs->ellipsis_width <= width)
		used += draw_text(win, row, col + used, width - used, glyphs->ellipsis,
				  strlen(glyphs->ellipsis), attr);
	return used;
}

int
draw_heading(WINDOW *win, int row, int col, int width, const struct outline_node *node, attr_t attr,
	     const struct glyphs *glyphs)
{
	int used = draw_text(win, row, col, width, node->label, strlen(node->label), attr);

	if (outline_label_spaced(node) && used < width)
		used += draw_text(win, row, col + used, width - used, " ", 1, attr);
	if (used < width)
		used += draw_truncated(win, row, col + used, width - used, node->title,
				       strlen(node->title), attr, glyphs);
	return used;
}
