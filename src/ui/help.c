/* SPDX-License-Identifier: GPL-3.0-or-later */
/* help.c - the ? overlay: every key of keys.def with what it does. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "layout.h"
#include "ui/pane.h"

#define KEYS_WIDTH 20

/* One row of the help text: a group title, or a key entry's line. */
struct help_row {
	const char *keys;               /* on the entry's first line only */
	const char *text;
	size_t length;
	bool title;
};

/* Lays the table out for TEXT_WIDTH columns of help text; returns the
 * row count (ROWS may be NULL to count). */
static size_t
help_rows(int text_width, struct help_row *rows)
{
	size_t n = 0;

	for (size_t i = 0; i < keys_help_count; i++) {
		const struct key_help *k = &keys_help[i];
		/* a group entry has no help text, an action no group */
		const char *group = k->group ? _(k->group) : NULL, *help = k->help ? _(k->help) : "";
		struct layout_line *lines;
		size_t count;

		if (k->group) {
			if (n > 0) {
				if (rows)
					rows[n] = (struct help_row){ NULL, "", 0, false };
				n++;
			}
			if (rows)
				rows[n] = (struct help_row){ NULL, group, strlen(group), true };
			n++;
			continue;
		}
		/* keys too long for their column stand on a row of their own */
		if (layout_width(k->keys, strlen(k->keys)) > KEYS_WIDTH - 3) {
			if (rows)
				rows[n] = (struct help_row){ k->keys, "", 0, false };
			n++;
		}
		if (!layout_wrap(help, strlen(help), text_width, 0, &lines, &count)) {
			if (rows)
				rows[n] = (struct help_row){ NULL, help, strlen(help), false };
			n++;
			continue;
		}
		for (size_t l = 0; l < count; l++, n++)
			if (rows)
				rows[n] = (struct help_row){
					l == 0 && layout_width(k->keys, strlen(k->keys)) <= KEYS_WIDTH - 3
						? k->keys : NULL,
					help + lines[l].offset, lines[l].length, false };
		free(lines);
	}
	return n;
}

void
help_draw(struct ui *ui)
{
	/* The overlay spans the whole width, so that no wide character of
	 * the panes under it is cut in half at its edges; the box in it is
	 * as wide as its text, in the middle. */
	int height = ui->rows - 2, width = ui->cols;
	int inner = width - 2 < 84 ? width - 2 : 84, left = 1 + (width - 2 - inner) / 2;
	int box_left = left - 1, box_right = left + inner;
	int text_width = inner - KEYS_WIDTH - 1;
	size_t count, shown;
	struct help_row *rows;
	WINDOW *win;

	if (height < 3 || text_width < 8)
		return;
	count = help_rows(text_width, NULL);
	rows = calloc(count, sizeof *rows);
	if (!rows)
		return;
	help_rows(text_width, rows);
	if ((size_t)height > count + 2)
		height = (int)count + 2;
	shown = (size_t)height - 2;
	if (ui->help_scroll + shown > count)
		ui->help_scroll = count > shown ? count - shown : 0;
	win = newwin(height, width, (ui->rows - height) / 2, 0);
	if (!win) {
		free(rows);
		return;
	}
	werase(win);
	for (int r = 0; r < height; r++) {
		draw_text(win, r, box_left, 1, ui->glyphs.vline, strlen(ui->glyphs.vline), ui->theme.border);
		draw_text(win, r, box_right, 1, ui->glyphs.vline, strlen(ui->glyphs.vline), ui->theme.border);
	}
	for (int c = box_left; c <= box_right; c++) {
		draw_text(win, 0, c, 1, ui->glyphs.hline, strlen(ui->glyphs.hline), ui->theme.border);
		draw_text(win, height - 1, c, 1, ui->glyphs.hline, strlen(ui->glyphs.hline), ui->theme.border);
	}
	{
		const char *title = _(" baogao keys "), *foot = _(" j/k scroll, any other key closes ");

		draw_text(win, 0, left + 1, inner - 2, title, strlen(title), A_BOLD);
		draw_text(win, height - 1, left + 1, inner - 2, foot, strlen(foot), A_NORMAL);
	}
	for (size_t r = 0; r < shown && ui->help_scroll + r < count; r++) {
		const struct help_row *h = &rows[ui->help_scroll + r];
		int y = (int)r + 1;

		if (h->title) {
			draw_text(win, y, left + 1, inner - 1, h->text, h->length, A_BOLD | A_UNDERLINE);
			continue;
		}
		if (h->keys)
			draw_text(win, y, left + 2, inner - 2, h->keys, strlen(h->keys), A_BOLD);
		draw_text(win, y, left + KEYS_WIDTH, text_width, h->text, h->length, A_NORMAL);
	}
	wnoutrefresh(win);
	delwin(win);
	free(rows);
}

void
help_key(struct ui *ui, enum action action, int key)
{
	(void)key;
	switch (action) {
	case ACTION_DOWN: ui->help_scroll++; break;
	case ACTION_UP: if (ui->help_scroll) ui->help_scroll--; break;
	case ACTION_PAGE_DOWN: case ACTION_HALF_DOWN: ui->help_scroll += 10; break;
	case ACTION_PAGE_UP: case ACTION_HALF_UP:
		ui->help_scroll = ui->help_scroll > 10 ? ui->help_scroll - 10 : 0;
		break;
	case ACTION_TOP: ui->help_scroll = 0; break;
	case ACTION_BOTTOM: ui->help_scroll = (size_t)-1 / 2; break;
	default:
		ui->help_shown = false;
		ui->help_scroll = 0;
		break;
	}
}
