/* bar.c - the title bar and the status line (with the search prompt
 * while it is open). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include <unistr.h>

#include "layout.h"
#include "ui/pane.h"

void
bar_draw_title(struct ui *ui)
{
	WINDOW *win = ui->title_win;
	const struct doc *doc = ui->doc;
	const char *parts[3] = { doc->title ? doc->title : doc->name, doc->issuer, doc->date };
	const char *name = doc->name ? strrchr(doc->name, '/') : NULL;
	int col = 1, right = ui->cols - 1;

	name = name ? name + 1 : doc->name;
	draw_fill(win, 0, 0, ui->cols, ui->theme.title);
	if (name && doc->title) {
		int w = layout_width(name, strlen(name));
		if (w + 2 < ui->cols / 3) {
			right = ui->cols - w - 1;
			draw_text(win, 0, right, w, name, strlen(name), ui->theme.title & ~A_BOLD);
			right -= 2;
		}
	}
	for (int i = 0; i < 3; i++) {
		if (!parts[i] || !*parts[i])
			continue;
		if (col > 1)
			col += draw_text(win, 0, col, right - col, "  ", 2, ui->theme.title);
		col += draw_truncated(win, 0, col, right - col, parts[i], strlen(parts[i]),
				      i == 0 ? ui->theme.title : ui->theme.title & ~A_BOLD, &ui->glyphs);
	}
}

void
bar_draw_status(struct ui *ui)
{
	WINDOW *win = ui->status_win;
	const struct theme *t = &ui->theme;
	char right[160], search[320] = "", page[24] = "";
	int width = ui->cols, col = 0, right_width;
	size_t sections = ui->outline->count;
	const struct outline_node *current = ui->browse->section;
	size_t section = current && current->depth > 0 ? current->index + 1 : 0;

	if (ui->browse->search.searched || ui->prompt.open) {
		const char *terms = ui->prompt.open ? ui->prompt.text : ui->browse->search.terms;
		if (ui->browse->counting)
			/* the count of the whole report is on its way */
			snprintf(search, sizeof search, "%s %s", terms, ui->glyphs.ellipsis);
		else if (ui->browse->search.matches.count == 0)
			snprintf(search, sizeof search, "%s: not found", terms);
		else if (ui->browse->search.current_match < ui->browse->search.matches.count)
			snprintf(search, sizeof search, "%s %zu/%zu", terms, ui->browse->search.current_match + 1,
				 ui->browse->search.matches.count);
		else
			snprintf(search, sizeof search, "%s %zu", terms, ui->browse->search.matches.count);
	}
	if (ui->doc->page_count > 0)
		/* the page of the reading position, as a PDF is cited */
		snprintf(page, sizeof page, "p. %u  ", (unsigned)doc_page_at(ui->doc, ui->browse->anchor));
	if (ui->doc->partial)
		/* counted in the part loaded so far */
		snprintf(right, sizeof right, "%s%s%zu/%zu+ ", page, ui->options->ascii ? "S" : "§",
			 section, sections);
	else
		snprintf(right, sizeof right, "%s%s%zu/%zu  %3zu%% ", page,
			 ui->options->ascii ? "S" : "§", section, sections, ui->percent);
	draw_fill(win, 0, 0, width, t->status);
	right_width = layout_width(right, strlen(right));
	if (right_width < width / 2) {
		draw_text(win, 0, width - right_width, right_width, right, strlen(right), t->status);
		width -= right_width + 1;
	}
	if (search[0]) {
		int w = layout_width(search, strlen(search)) + 2;
		if (w > width / 2)
			w = width / 2;
		draw_truncated(win, 0, width - w, w - 1, search, strlen(search), t->status | A_BOLD,
			       &ui->glyphs);
		width -= w;
	}
	if (ui->prompt.open) {
		const char *lead = ui->browse->search.regex ? "regex/" : "/";
		int used, lead_width = (int)strlen(lead);
		size_t from = 0;

		col += draw_text(win, 0, col, width - 1, lead, strlen(lead), t->status | A_BOLD);
		/* the end of a long query stays in view */
		while (from < ui->prompt.length &&
		       layout_width(ui->prompt.text + from, ui->prompt.length - from) > width - lead_width - 2)
			from += (size_t)u8_mblen((const uint8_t *)ui->prompt.text + from, ui->prompt.length - from) > 0
				? (size_t)u8_mblen((const uint8_t *)ui->prompt.text + from, ui->prompt.length - from) : 1;
		used = draw_text(win, 0, col, width - col - 1, ui->prompt.text + from, ui->prompt.length - from,
				 t->status);
		col += used;
		wmove(win, 0, col);
		return;
	}
	char focus[32];
	snprintf(focus, sizeof focus, " %s ", ui->panes[ui->focus]->ops->name);
	col += draw_text(win, 0, col, width, focus, strlen(focus), t->status | A_BOLD);
	col++;
	if (ui->browse->message[0])
		draw_truncated(win, 0, col, width - col, ui->browse->message, strlen(ui->browse->message),
			       ui->browse->message_is_error ? t->error : t->status | t->message, &ui->glyphs);
	else {
		static const char hint[] = "? help  q quit  / search  n next  f figures  Tab fold  w pane";
		draw_truncated(win, 0, col, width - col, hint, sizeof hint - 1, t->status, &ui->glyphs);
	}
}
