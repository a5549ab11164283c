/* SPDX-License-Identifier: GPL-3.0-or-later */
/* actions.c - the global keymap: what a key does when the focused pane
 * leaves it, two-key commands, the mouse and reloading the report. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "osc52.h"

#include "i18n.h"
#include "ui/pane.h"

static void
focus_next(struct ui *ui)
{
	enum pane_id id = ui->focus;

	do
		id = (id + 1) % PANE_COUNT;
	while (!ui_pane_shown(ui, id) && id != ui->focus);
	ui->focus = id;
}

/* Reads the report again (or takes over the whole of it, when it is
 * loaded), staying at the same place in the source. */
void
ui_reload(struct ui *ui)
{
	struct bg_error err = { BG_OK, "" };
	size_t anchor;
	uint32_t line, column;
	bool counting = ui->browse->counting, whole;

	if (!report_can_reload(ui->report)) {
		browse_message(ui->browse, true, _("standard input cannot be read again"));
		return;
	}
	/* the jobs read the document: done with it first (the search is
	 * made again) */
	jobs_figures_finish(ui, true);
	jobs_search_stop(ui);
	doc_locate(ui->doc, ui->browse->anchor, &line, &column);
	if (report_reload(ui->report, &whole, &err) != BG_OK) {
		browse_message(ui->browse, true, "%s: %s%s%s", report_path(ui->report),
			       bg_status_message(err.status), err.detail[0] ? ": " : "", err.detail);
		browse_set_counting(ui->browse, counting);   /* the key loop counts again */
		return;
	}
	ui->doc = report_doc(ui->report);
	ui->link_shown = SIZE_MAX;
	ui->outline = report_outline(ui->report);
	/* a section's offsets were the old text's: the searches to come
	 * and to go back to are the whole report's */
	ui->prompt.section.on = false;
	ui->prompt.old.scope.on = false;
	anchor = ui->browse->anchor == 0 ? 0 : doc_offset_at(ui->doc, line, column);
	if (!browse_reset(ui->browse, ui->doc, ui->outline, ui->figures, anchor)) {
		browse_message(ui->browse, true, _("out of memory"));
		ui->quit = true;
	}
	for (int i = 0; i < PANE_COUNT; i++)
		ui->panes[i]->ops->reset(ui->panes[i], ui);
	ui_layout(ui);
	browse_goto(ui->browse, anchor, false);
	if (ui->library)
		library_reloaded(ui->library, ui->entry);
	if (whole)
		remember_whole(ui);
	if (!whole)
		browse_message(ui->browse, false, _("reloaded %s"), report_path(ui->report));
	if (ui->browse->search.searched)
		jobs_search_begin(ui, ui->browse->search.terms, false, SIZE_MAX);
	ui->figures_pending = true;
}

static void
mouse(struct ui *ui)
{
	MEVENT event;

	if (getmouse(&event) != OK)
		return;
	for (int i = 0; i < PANE_COUNT; i++) {
		struct pane *pane = ui->panes[i];

		if (!ui_pane_shown(ui, (enum pane_id)i) || event.y < pane->top ||
		    event.y >= pane->top + pane->height || event.x < pane->left ||
		    event.x >= pane->left + pane->width)
			continue;
		if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
			ui->focus = (enum pane_id)i;
		pane->ops->mouse(pane, ui, event.y - pane->top, event.x - pane->left, event.bstate);
		return;
	}
}

/* Whether all the matches are known, for KEY; if not, KEY is done once
 * they are. */
static bool
search_settled(struct ui *ui, int key)
{
	if (!ui->browse->counting && !jobs_searching(ui))
		return true;
	ui->after_search = key;
	return false;
}

/* Esc: stops the search running, its matches unknown. */
static bool
stop_search(struct ui *ui)
{
	if (!jobs_search_cancel(ui) && !ui->browse->counting)
		return false;
	browse_clear_search(ui->browse);
	browse_message(ui->browse, false, "%s", bg_status_message(BG_ERR_CANCELLED));
	return true;
}

/* A digit: the count goes on.  Its first digit, 1 ... 9, goes to that
 * top-level section at once, as it always has. */
static void
count_digit(struct ui *ui, int key)
{
	struct browse *b = ui->browse;
	bool first = !b->count_given;
	size_t n = (size_t)(key - '0');

	browse_count_digit(b, key - '0');
	if (first && n >= 1 && n <= ui->outline->root.child_count) {
		browse_section(b, n);
		return;
	}
	browse_message(b, false, _("%zu: g goes to line %zu, %% to %zu%% of the report, Enter to section %zu"),
		       b->count, b->count, b->count, b->count);
}

/* The key after a count (12g, 12G, 50%): true when it took the count;
 * any other key drops it. */
static bool
count_key(struct ui *ui, enum action action)
{
	struct browse *b = ui->browse;

	if (!b->count_given || action == ACTION_SECTION || action == ACTION_DIGIT)
		return false;
	switch (action) {
	case ACTION_TOP:
	case ACTION_BOTTOM:
		browse_goto_line(b, browse_take_count(b, 1));
		return true;
	case ACTION_PERCENT:
		browse_goto_percent(b, browse_take_count(b, 0));
		return true;
	case ACTION_EXPAND: {
		/* 12 Enter: the top-level section a digit alone cannot reach */
		size_t n = browse_take_count(b, 0);
		if (n >= 1 && n <= ui->outline->root.child_count)
			browse_section(b, n);
		else
			browse_message(b, true, _("no top-level section %zu (there are %zu)"), n,
				       (size_t)ui->outline->root.child_count);
		return true;
	}
	default:
		browse_take_count(b, 0);
		return false;
	}
}

/* A key after ':': digits make the line number, Enter goes there,
 * Backspace takes a digit back, anything else gives up. */
static void
line_prompt_key(struct ui *ui, int key)
{
	struct browse *b = ui->browse;

	if (key >= '0' && key <= '9') {
		browse_count_digit(b, key - '0');
	} else if ((key == FKEY(KEY_BACKSPACE) || key == 127 || key == 8) && b->count_given) {
		b->count /= 10;
	} else if (key == '\n' || key == '\r' || key == FKEY(KEY_ENTER)) {
		if (b->count_given)
			browse_goto_line(b, browse_take_count(b, 1));
		return;
	} else if ((key == 'n' || key == 'p') && !b->count_given && ui->library) {
		/* :n and :p, as in less: the next or previous report */
		library_view_neighbour(ui, key == 'n');
		return;
	} else {
		browse_take_count(b, 0);
		return;
	}
	ui->pending = ':';
	if (b->count_given)
		browse_message(b, false, ":%zu", b->count);
	else
		browse_message(b, false, ":");
}

void
ui_copy(struct ui *ui, const char *text, size_t n, const char *what)
{
	const char *tmux = getenv("TMUX");
	size_t length, copied = n;
	char *sequence;

	if (copied > OSC52_MAX) {
		copied = OSC52_MAX;
		while (copied > 0 && ((unsigned char)text[copied] & 0xc0) == 0x80)
			copied--;
	}
	sequence = osc52_sequence(text, copied, tmux && *tmux, &length);
	if (!sequence) {
		browse_message(ui->browse, true, _("out of memory"));
		return;
	}
	/* curses has sent all it had (the screen was brought up to date
	 * before the key was read): the sequence goes straight after */
	fwrite(sequence, 1, length, stdout);
	fflush(stdout);
	free(sequence);
	browse_message(ui->browse, false, "%s %zu bytes of %s to the clipboard",
		       copied < n ? "copied the first" : "copied", copied, what);
}

/* y: the current section's text to the terminal's clipboard. */
static void
copy_section(struct ui *ui)
{
	struct browse *b = ui->browse;
	size_t start, end;

	browse_section_range(b, &start, &end);
	ui_copy(ui, ui->doc->text + start, end - start,
		b->section && b->section->depth > 0 ? "the section" : "the report");
}

/* f, a, o and t show the figures panel when it is hidden. */
static void
show_figures(struct ui *ui)
{
	if (!ui->figures_shown) {
		ui->figures_shown = true;
		ui_layout(ui);
	}
}

/* U: the address of the next link in the text pane (from its first one,
 * or after the one shown last when that is still in view), the link
 * marked. */
static void
show_link(struct ui *ui)
{
	const struct doc *doc = ui->doc;
	struct browse *b = ui->browse;
	struct pane *detail = ui->panes[PANE_DETAIL];
	struct browse_pos pos = b->top;
	size_t first = SIZE_MAX, last = 0, from, count = 0, at = 0;
	const struct doc_link *k;

	for (int row = 1; row < detail->height; row++) {
		struct browse_line l = browse_line_at(b, &pos);
		if (l.text) {
			if (first == SIZE_MAX)
				first = l.offset;
			last = l.offset + l.length;
		}
		if (!browse_next_line(b, &pos))
			break;
	}
	k = first != SIZE_MAX ? doc_link_after(doc, first) : NULL;
	if (!k || k->offset >= last) {
		ui->link_shown = SIZE_MAX;
		browse_message(b, false, doc->link_count ? "no links on this screen"
						     : "the report has no links");
		return;
	}
	from = (size_t)(k - doc->links);
	for (size_t i = from; i < doc->link_count && doc->links[i].offset < last; i++)
		count++;
	if (ui->link_shown != SIZE_MAX && ui->link_shown >= from && ui->link_shown + 1 < from + count)
		at = ui->link_shown + 1 - from;
	ui->link_shown = from + at;
	k = &doc->links[ui->link_shown];
	browse_message(b, false, "link %zu/%zu: %.*s -> %s", at + 1, count, (int)k->length,
		       doc->text + k->offset, k->href);
}

static void
global_key(struct ui *ui, enum action action, int key)
{
	struct pane *detail = ui->panes[PANE_DETAIL], *outline = ui->panes[PANE_OUTLINE];

	switch (action) {
	case ACTION_DOWN: case ACTION_UP: case ACTION_PAGE_DOWN: case ACTION_PAGE_UP:
	case ACTION_HALF_DOWN: case ACTION_HALF_UP: case ACTION_BOTTOM:
		detail->ops->key(detail, ui, action, key);
		break;
	case ACTION_TOP:
		browse_goto(ui->browse, 0, true);
		break;
	case ACTION_SECTION: case ACTION_DIGIT: count_digit(ui, key); break;
	case ACTION_PERCENT: browse_goto_percent(ui->browse, 0); break;
	case ACTION_GOTO_LINE:
		browse_take_count(ui->browse, 0);
		ui->pending = key;
		browse_message(ui->browse, false, ":");
		break;
	case ACTION_NEXT_SIBLING: browse_sibling(ui->browse, true); break;
	case ACTION_PREV_SIBLING: browse_sibling(ui->browse, false); break;
	case ACTION_NEXT_HEADING: browse_heading(ui->browse, true); break;
	case ACTION_PREV_HEADING: browse_heading(ui->browse, false); break;
	case ACTION_PARENT: browse_parent(ui->browse); break;
	case ACTION_JUMP_BACK:
	case ACTION_LEVELS:
		ui->pending = key;
		browse_message(ui->browse, false, "%s", action == ACTION_LEVELS
			       ? _("z: show headings down to level 1-9")
			       : _("': ' goes back, a letter to its mark"));
		break;
	case ACTION_MARK:
		ui->pending = key;
		browse_message(ui->browse, false, _("m: mark with a letter"));
		break;
	case ACTION_LINE_NUMBERS:
		ui->pending = key;
		browse_message(ui->browse, false, _("-N: line numbers"));
		break;
	case ACTION_HISTORY_BACK: browse_history(ui->browse, true); break;
	case ACTION_HISTORY_FORWARD: browse_history(ui->browse, false); break;
	case ACTION_EXPAND: case ACTION_COLLAPSE: case ACTION_CYCLE_ALL:
		outline->ops->key(outline, ui, action, key);
		break;
	case ACTION_CYCLE:
	case ACTION_FOCUS:
		focus_next(ui);
		break;
	case ACTION_SPARSE:
		if (!search_settled(ui, key))
			break;
		browse_toggle_sparse(ui->browse);
		break;
	case ACTION_NARROWER:
	case ACTION_WIDER:
		ui->outline_share += action == ACTION_WIDER ? 4 : -4;
		ui->outline_share = ui->outline_share < 12 ? 12 : ui->outline_share > 70 ? 70 : ui->outline_share;
		ui_layout(ui);
		break;
	case ACTION_FIGURES:
		ui->figures_shown = !ui->figures_shown;
		ui_layout(ui);
		if (ui->figures_shown) {
			browse_list_figures(ui->browse);
			ui->focus = PANE_FIGURES;
		} else if (ui->focus == PANE_FIGURES)
			ui->focus = PANE_DETAIL;
		break;
	case ACTION_FIGURES_ALL:
		browse_toggle_all_figures(ui->browse);
		show_figures(ui);
		browse_list_figures(ui->browse);
		break;
	case ACTION_FIGURES_ORDER:
	case ACTION_FIGURES_KIND:
		show_figures(ui);
		browse_list_figures(ui->browse);
		if (action == ACTION_FIGURES_ORDER)
			browse_cycle_figure_order(ui->browse);
		else
			browse_cycle_figure_kind(ui->browse);
		break;
	case ACTION_SEARCH: ui_prompt_open(ui, false); break;
	case ACTION_SEARCH_SECTION: ui_prompt_open(ui, true); break;
	case ACTION_NEXT_MATCH:
	case ACTION_PREV_MATCH:
		if (!search_settled(ui, key))
			break;
		/* past the last match of a search across the reports: on
		 * into the next report that has some */
		if (library_view_next_match(ui, action == ACTION_NEXT_MATCH))
			break;
		browse_next_match(ui->browse, action == ACTION_NEXT_MATCH);
		break;
	case ACTION_COPY: copy_section(ui); break;
	case ACTION_LINK: show_link(ui); break;
	case ACTION_EDIT: ui_edit(ui); break;
	case ACTION_PIPE: ui_ask_open(ui, ASK_PIPE); break;
	case ACTION_SAVE: ui_ask_open(ui, ASK_SAVE); break;
	case ACTION_HELP: ui->help_shown = true; break;
	case ACTION_REDRAW: clearok(curscr, TRUE); break;
	case ACTION_RELOAD: ui_reload(ui); break;
	case ACTION_QUIT: ui->quit = true; break;
	case ACTION_MOUSE: mouse(ui); break;
	case ACTION_CANCEL: break;     /* no search running */
	case ACTION_LIBRARY: library_view_show(ui); break;
	case ACTION_SORT: case ACTION_NEXT_REPORT: case ACTION_PREV_REPORT: case ACTION_OPEN:
		break;  /* keys of the library view, or after : (no key of their own) */
	case ACTION_COMPARE_NEXT: case ACTION_COMPARE_PREV: break;  /* the compare view's */
	case ACTION_COUNT: break;
	}
}

void
ui_handle_key(struct ui *ui, int key)
{
	enum action action;
	struct pane *focused;

	if (ui->library_shown) {
		library_view_key(ui, key);
		return;
	}
	if (ui->prompt.open) {
		ui_prompt_key(ui, key);
		return;
	}
	if (ui->ask.kind != ASK_NONE) {
		ui_ask_key(ui, key);
		return;
	}
	if (ui->filter.open) {
		figures_prompt_key(ui, key);
		return;
	}
	browse_clear_message(ui->browse);
	if (ui->pending) {
		int first = ui->pending;
		ui->pending = 0;
		if (first == ':')
			line_prompt_key(ui, key);
		else if (first == 'z' && key >= '1' && key <= '9')
			browse_levels(ui->browse, key - '0');
		else if (first == '\'' && (key == '\'' || key == '`'))
			browse_jump_back(ui->browse);
		else if (first == '\'' && browse_mark_index(key) >= 0)
			browse_goto_mark(ui->browse, key);
		else if (first == 'm' && key != 27)
			browse_set_mark(ui->browse, key);
		else if (first == 's')
			ui_ask_overwrite(ui, key);
		else if (first == '-' && key == 'N') {
			browse_toggle_line_numbers(ui->browse);
			ui_layout(ui);
		}
		return;
	}
	action = keys_action(key);
	if (action == ACTION_CANCEL && stop_search(ui))
		return;
	if (ui->help_shown) {
		help_key(ui, action, key);
		return;
	}
	if (action == ACTION_NONE) {
		browse_take_count(ui->browse, 0);
		browse_message(ui->browse, false, _("no such key: press ? for help"));
		return;
	}
	if (count_key(ui, action)) {
		ui->last_action = action;
		return;
	}
	focused = ui->panes[ui->focus];
	if (action == ACTION_MOUSE || !ui_pane_shown(ui, ui->focus) ||
	    !focused->ops->key(focused, ui, action, key))
		global_key(ui, action, key);
	ui->last_action = action;
}
