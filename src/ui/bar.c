/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bar.c - the title bar and the status line (with the search prompt
 * while it is open). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include <unistr.h>

#include "i18n.h"
#include "layout.h"
#include "utf8.h"
#include "ui/pane.h"

/* Draws S (N bytes) in WIDTH columns at ROW, COL of WIN, cut in the middle
 * with an ellipsis when it is wider: both ends of a long title say more
 * than its start alone.  Returns the columns used. */
static int
draw_middle(WINDOW *win, int col, int width, const char *s, size_t n, attr_t attr,
	    const struct glyphs *glyphs)
{
	int head_width, tail_width, used;
	size_t head, tail = n;

	if (layout_width(s, n) <= width)
		return draw_text(win, 0, col, width, s, n, attr);
	if (width <= glyphs->ellipsis_width + 2)
		return draw_truncated(win, 0, col, width, s, n, attr, glyphs);
	head_width = (width - glyphs->ellipsis_width + 1) / 2;
	head = layout_fit(s, n, head_width, &used);
	tail_width = width - glyphs->ellipsis_width - used;
	while (tail > head) {
		size_t before = utf8_previous(s, head, tail);
		if (layout_width(s + before, n - before) > tail_width)
			break;
		tail = before;
	}
	used = draw_text(win, 0, col, width, s, head, attr);
	used += draw_text(win, 0, col + used, width - used, glyphs->ellipsis, strlen(glyphs->ellipsis),
			  attr);
	used += draw_text(win, 0, col + used, width - used, s + tail, n - tail, attr);
	return used;
}

/* The header: title, issuer, date and document number, then the file's
 * name at the right when there is room.  When they do not fit, the title
 * and the issuer give way (cut in the middle, the wider first); then the
 * document number, then the issuer are left out; the date, short, stays. */
void
bar_draw_title(struct ui *ui)
{
	enum { TITLE, ISSUER, DATE, DOCNO, PARTS };
	WINDOW *win = ui->title_win;
	const struct doc *doc = ui->doc;
	const char *parts[PARTS] = { doc->title ? doc->title : doc->name, doc->issuer, doc->date,
				     doc->docno };
	int natural[PARTS], floor[PARTS], widths[PARTS], need = 0, room = ui->cols - 2, col = 1;
	const char *name = doc->name ? strrchr(doc->name, '/') : NULL;

	name = name ? name + 1 : doc->name;
	for (int i = 0; i < PARTS; i++) {
		natural[i] = parts[i] && parts[i][0] ? layout_width(parts[i], strlen(parts[i])) : -1;
		floor[i] = i == TITLE ? 16 : i == ISSUER ? 12 : natural[i];
		if (floor[i] > natural[i])
			floor[i] = natural[i];
		need += natural[i] >= 0 ? natural[i] + (need > 0 ? 2 : 0) : 0;
	}
	draw_fill(win, 0, 0, ui->cols, ui->theme.title);
	if (name && doc->title) {
		int w = layout_width(name, strlen(name));
		if (need + 2 + w <= room) {
			draw_text(win, 0, ui->cols - w - 1, w, name, strlen(name), ui->theme.title & ~A_BOLD);
			room -= w + 2;
		}
	}
	if (!layout_fit_columns(widths, natural, floor, PARTS, 2, room)) {
		natural[DOCNO] = -1;
		if (!layout_fit_columns(widths, natural, floor, PARTS, 2, room)) {
			natural[ISSUER] = -1;
			floor[TITLE] = 1;
			layout_fit_columns(widths, natural, floor, PARTS, 2, room);
		}
	}
	for (int i = 0; i < PARTS; i++) {
		if (widths[i] <= 0 || col >= ui->cols - 1)
			continue;
		if (col > 1)
			col += draw_text(win, 0, col, ui->cols - 1 - col, "  ", 2, ui->theme.title);
		if (col + widths[i] > ui->cols - 1)
			widths[i] = ui->cols - 1 - col;
		col += draw_middle(win, col, widths[i], parts[i], strlen(parts[i]),
				   i == TITLE ? ui->theme.title : ui->theme.title & ~A_BOLD, &ui->glyphs);
	}
}

/* Draws a line being typed on the status line, in WIDTH columns: LEAD,
 * then TEXT (LENGTH bytes), its end in view, and the cursor after it. */
static void
draw_input(struct ui *ui, int width, const char *lead, const char *text, size_t length)
{
	WINDOW *win = ui->status_win;
	int col, lead_width = layout_width(lead, strlen(lead));
	size_t from = 0;

	col = draw_text(win, 0, 0, width - 1, lead, strlen(lead), ui->theme.status | A_BOLD);
	/* the end of a long line stays in view */
	while (from < length && layout_width(text + from, length - from) > width - lead_width - 2) {
		int n = u8_mblen((const uint8_t *)text + from, length - from);
		from += n > 0 ? (size_t)n : 1;
	}
	col += draw_text(win, 0, col, width - col - 1, text + from, length - from, ui->theme.status);
	wmove(win, 0, col);
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

	/* An empty prompt has found nothing yet, nor failed to. */
	if ((ui->browse->search.searched && !ui->prompt.open) ||
	    (ui->prompt.open && ui->prompt.length > 0)) {
		const char *terms = ui->prompt.open ? ui->prompt.text : ui->browse->search.terms;
		long ms = jobs_search_ms(ui);
		if (ui->browse->counting && ms >= 1000)
			/* a long search: how long it has run so far */
			snprintf(search, sizeof search, "%s %s %lds", terms, ui->glyphs.ellipsis, ms / 1000);
		else if (ui->browse->counting)
			/* the count of the whole report is on its way */
			snprintf(search, sizeof search, "%s %s", terms, ui->glyphs.ellipsis);
		else if (ui->browse->search.matches.count == 0)
			snprintf(search, sizeof search, _("%s: not found"), terms);
		else if (ui->browse->search.current_match < ui->browse->search.matches.count)
			snprintf(search, sizeof search, "%s %zu/%zu", terms, ui->browse->search.current_match + 1,
				 ui->browse->search.matches.count);
		else
			snprintf(search, sizeof search, "%s %zu", terms, ui->browse->search.matches.count);
		/* n and N stay in the section: say which */
		if (ui->browse->search.scope.on && !ui->prompt.open) {
			size_t used = strlen(search);
			snprintf(search + used, sizeof search - used, " in %s", ui->browse->search.scope.label);
		}
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
		unsigned flags = ui->browse->search.flags;
		const char *mode = flags & SEARCH_REGEX    ? "regex/"
				   : flags & SEARCH_PINYIN ? "pinyin/"
							   : "/";
		char lead[96];
		if (ui->browse->search.scope.on)
			snprintf(lead, sizeof lead, "in %s %s", ui->browse->search.scope.label, mode);
		else
			snprintf(lead, sizeof lead, "%s", mode);
		draw_input(ui, width, lead, ui->prompt.text, ui->prompt.length);
		return;
	}
	if (ui->ask.kind != ASK_NONE) {
		const char *what = ui->browse->section && ui->browse->section->depth > 0 ? "the section"
											   : "the report";
		char lead[64];
		if (ui->ask.kind == ASK_PIPE)
			snprintf(lead, sizeof lead, "%s | ", what);
		else
			snprintf(lead, sizeof lead, "save %s to: ", what);
		draw_input(ui, width, lead, ui->ask.text, ui->ask.length);
		return;
	}
	if (ui->filter.open) {
		draw_input(ui, width, "figures/", ui->filter.text, ui->filter.length);
		return;
	}
	char focus[64];
	snprintf(focus, sizeof focus, " %s ", _(ui->panes[ui->focus]->ops->name));
	col += draw_text(win, 0, col, width, focus, strlen(focus), t->status | A_BOLD);
	col++;
	if (!ui->browse->message[0] && jobs_searching(ui)) {
		char searching[64];
		snprintf(searching, sizeof searching, _("searching%s Esc stops it"), ui->glyphs.ellipsis);
		draw_truncated(win, 0, col, width - col, searching, strlen(searching),
			       t->status | t->message, &ui->glyphs);
	} else if (ui->browse->message[0])
		draw_truncated(win, 0, col, width - col, ui->browse->message, strlen(ui->browse->message),
			       ui->browse->message_is_error ? t->error : t->status | t->message, &ui->glyphs);
	else {
		/* TRANSLATORS: the status line's hint; the keys stay as they are */
		const char *hint = _("? help  q quit  / search  n next  f figures  Tab fold  w pane");
		/* in the figures panel, its own keys */
		static const char figures_hint[] =
			"o sort  t kind  / filter  y copy  Enter show  a all  f hide";
		const char *h = ui->focus == PANE_FIGURES && ui_pane_shown(ui, PANE_FIGURES)
			? figures_hint : hint;
		draw_truncated(win, 0, col, width - col, h, strlen(h), t->status, &ui->glyphs);
	}
}
