/* SPDX-License-Identifier: GPL-3.0-or-later */
/* prompt.c - the search prompt: search as you type (beside the keys,
 * jobs.c), Enter keeps, Esc stops a search running and goes back to the
 * search before. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include <unistr.h>

#include "layout.h"
#include "ui/pane.h"

void
ui_prompt_open(struct ui *ui, bool in_section)
{
	struct browse_scope whole = { false, 0, 0, "" };

	/* What Esc goes back to: the search before, counted again if its
	 * count had not come in. */
	jobs_search_cancel(ui);
	ui->prompt.old_counting = ui->browse->counting;
	ui->prompt.open = true;
	ui->prompt.length = 0;
	ui->prompt.text[0] = '\0';
	ui->prompt.origin = ui->browse->anchor;
	recall_begin(ui);
	browse_save_search(ui->browse, &ui->prompt.old);
	/* Each search starts plain: Ctrl-r asks again for a regular
	 * expression (Esc and an empty Enter give the search before back,
	 * as it was); the other flags stay as they were. */
	browse_set_search_flags(ui->browse, ui->browse->search.flags & ~(unsigned)SEARCH_REGEX);
	/* and in the whole report, but after \ */
	browse_scope_of(ui->browse, ui->browse->section, &ui->prompt.section);
	browse_set_scope(ui->browse, in_section ? &ui->prompt.section : &whole);
	browse_clear_message(ui->browse);
}

/* Searches for what the prompt holds, as it is typed. */
static void
prompt_update(struct ui *ui)
{
	if (ui->prompt.length == 0) {
		jobs_search_cancel(ui);
		browse_clear_search(ui->browse);
		browse_goto(ui->browse, ui->prompt.origin, false);
		return;
	}
	browse_clear_message(ui->browse);
	browse_goto(ui->browse, ui->prompt.origin, false);
	jobs_search_begin(ui, ui->prompt.text, true, ui->prompt.origin);
}

void
ui_prompt_close(struct ui *ui, bool keep)
{
	/* an empty search repeats the last one */
	bool repeat = keep && ui->prompt.length == 0 && ui->prompt.old.searched, stopped = false;

	ui->prompt.open = false;
	if (keep && ui->prompt.length > 0) {
		recall_keep(ui, ui->prompt.text);
		search_free(&ui->prompt.old.matches);
		if (ui->browse->anchor != ui->prompt.origin)
			browse_remember(ui->browse, ui->prompt.origin);
		return;
	}
	if (!keep)
		stopped = jobs_search_cancel(ui);
	browse_restore_search(ui->browse, &ui->prompt.old);
	browse_set_counting(ui->browse, ui->prompt.old_counting);
	browse_goto(ui->browse, ui->prompt.origin, false);
	if (stopped)
		browse_message(ui->browse, false, "%s", bg_status_message(BG_ERR_CANCELLED));
	if (repeat)
		browse_next_match(ui->browse, true);
}

/* The search given with --search, once the report is there. */
void
ui_start_search(struct ui *ui, const char *terms)
{
	if (!terms || !*terms)
		return;
	jobs_search_begin(ui, terms, false, 0);
}

/* True when another key is already waiting: searching for each key of
 * a pasted word would only slow the typing down. */
static bool
keys_waiting(void)
{
	wint_t ch;
	int r;

	wtimeout(stdscr, 0);
	r = wget_wch(stdscr, &ch);
	wtimeout(stdscr, 1000);
	if (r == ERR)
		return false;
	if (r == KEY_CODE_YES)
		ungetch((int)ch);
	else
		unget_wch((wchar_t)ch);
	return true;
}

bool
ui_line_edit(char *text, size_t size, size_t *length, int key)
{
	if (key == 127 || key == 8 || key == FKEY(KEY_BACKSPACE)) {
		if (*length == 0)
			return false;
		do
			(*length)--;
		while (*length > 0 && ((unsigned char)text[*length] & 0xc0) == 0x80);
	} else if (key == CONTROL('u')) {
		*length = 0;
	} else if (key == CONTROL('w')) {
		while (*length > 0 && text[*length - 1] == ' ')
			(*length)--;
		while (*length > 0 && text[*length - 1] != ' ')
			(*length)--;
	} else if (key >= 0x20 && key < 0x110000 && key != 0x7f && !layout_is_unsafe((uint32_t)key)) {
		uint8_t buf[8];
		int n = u8_uctomb(buf, (ucs4_t)key, sizeof buf);

		if (n <= 0 || *length + (size_t)n >= size)
			return false;
		memcpy(text + *length, buf, (size_t)n);
		*length += (size_t)n;
	} else {
		return false;
	}
	text[*length] = '\0';
	return true;
}

void
ui_prompt_key(struct ui *ui, int key)
{
	bool changed = false;

	if (key == 27 || key == CONTROL('g') || key == CONTROL('c')) {
		ui_prompt_close(ui, false);
		return;
	}
	if (key == '\n' || key == '\r' || key == FKEY(KEY_ENTER)) {
		if (ui->prompt.length > 0 && !ui->browse->search.searched)
			prompt_update(ui);
		ui_prompt_close(ui, true);
		return;
	}
	if ((key == 127 || key == 8 || key == FKEY(KEY_BACKSPACE)) && ui->prompt.length == 0) {
		ui_prompt_close(ui, false);
		return;
	}
	if (ui_line_edit(ui->prompt.text, sizeof ui->prompt.text, &ui->prompt.length, key)) {
		changed = true;
	} else if (key == CONTROL('r')) {
		browse_set_search_flags(ui->browse, ui->browse->search.flags ^ SEARCH_REGEX);
		changed = true;
	} else if (key == CONTROL('t')) {
		struct browse_scope whole = { false, 0, 0, "" };
		browse_set_scope(ui->browse, ui->browse->search.scope.on ? &whole : &ui->prompt.section);
		changed = true;
	} else if (key == CONTROL('y')) {
		browse_set_search_flags(ui->browse, ui->browse->search.flags ^ SEARCH_PINYIN);
		changed = true;
	} else if (key == FKEY(KEY_UP) || key == CONTROL('p') || key == FKEY(KEY_DOWN) ||
		   key == CONTROL('n')) {
		changed = recall_step(ui, key == FKEY(KEY_UP) || key == CONTROL('p'));
	}
	if (changed && !keys_waiting())
		prompt_update(ui);
	else if (changed)
		browse_set_unsearched(ui->browse);   /* not searched yet: Enter will */
}
