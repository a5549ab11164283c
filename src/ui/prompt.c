/* prompt.c - the search prompt: search as you type, Enter keeps, Esc
 * goes back to the search before. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include <unistr.h>

#include "layout.h"
#include "ui/pane.h"

void
ui_prompt_open(struct ui *ui)
{
	jobs_count_settle(ui);   /* what Esc goes back to is whole */
	ui->prompt.open = true;
	ui->prompt.length = 0;
	ui->prompt.text[0] = '\0';
	snprintf(ui->prompt.old_terms, sizeof ui->prompt.old_terms, "%s", ui->terms);
	ui->prompt.old_regex = ui->regex;
	ui->prompt.old_searched = ui->searched;
	ui->prompt.old_matches = ui->matches;
	ui->prompt.old_current = ui->current_match;
	ui->prompt.origin = ui->anchor;
	ui->matches = (struct match_list){ NULL, 0 };
	ui->current_match = SIZE_MAX;
	ui->search_generation++;
	ui->message[0] = '\0';
}

/* Searches for what the prompt holds, as it is typed. */
static void
prompt_update(struct ui *ui)
{
	if (ui->prompt.length == 0) {
		ui_set_matches(ui, &(struct match_list){ NULL, 0 });
		ui->searched = false;
		ui->counting = false;
		ui_goto(ui, ui->prompt.origin, false);
		return;
	}
	ui->message[0] = '\0';
	ui_goto(ui, ui->prompt.origin, false);
	if (ui_search_near(ui, ui->prompt.text, ui->prompt.origin))
		ui_show_near_match(ui);
}

void
ui_prompt_close(struct ui *ui, bool keep)
{
	/* an empty search repeats the last one */
	bool repeat = keep && ui->prompt.length == 0 && ui->prompt.old_searched;

	ui->prompt.open = false;
	if (keep && ui->prompt.length > 0) {
		search_free(&ui->prompt.old_matches);
		if (ui->anchor != ui->prompt.origin) {
			size_t at = ui->anchor;
			ui_set_anchor(ui, ui->prompt.origin);
			ui_remember(ui, ui->prompt.origin);
			ui_set_anchor(ui, at);
		}
		return;
	}
	ui->counting = false;
	ui_set_matches(ui, &ui->prompt.old_matches);
	ui->prompt.old_matches = (struct match_list){ NULL, 0 };
	snprintf(ui->terms, sizeof ui->terms, "%s", ui->prompt.old_terms);
	ui->regex = ui->prompt.old_regex;
	ui->searched = ui->prompt.old_searched;
	ui->current_match = ui->prompt.old_current;
	ui_goto(ui, ui->prompt.origin, false);
	if (repeat)
		ui_next_match(ui, true);
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

void
ui_prompt_key(struct ui *ui, int key)
{
	bool changed = false;

	if (key == 27 || key == CONTROL('g') || key == CONTROL('c')) {
		ui_prompt_close(ui, false);
		return;
	}
	if (key == '\n' || key == '\r' || key == FKEY(KEY_ENTER)) {
		if (ui->prompt.length > 0 && !ui->searched)
			prompt_update(ui);
		ui_prompt_close(ui, true);
		return;
	}
	if (key == 127 || key == 8 || key == FKEY(KEY_BACKSPACE)) {
		if (ui->prompt.length == 0) {
			ui_prompt_close(ui, false);
			return;
		}
		do
			ui->prompt.length--;
		while (ui->prompt.length > 0 && ((unsigned char)ui->prompt.text[ui->prompt.length] & 0xc0) == 0x80);
		changed = true;
	} else if (key == CONTROL('u')) {
		ui->prompt.length = 0;
		changed = true;
	} else if (key == CONTROL('w')) {
		while (ui->prompt.length > 0 && ui->prompt.text[ui->prompt.length - 1] == ' ')
			ui->prompt.length--;
		while (ui->prompt.length > 0 && ui->prompt.text[ui->prompt.length - 1] != ' ')
			ui->prompt.length--;
		changed = true;
	} else if (key == CONTROL('r')) {
		ui->regex = !ui->regex;
		changed = true;
	} else if (key >= 0x20 && key < 0x110000 && key != 0x7f && !layout_is_unsafe((uint32_t)key)) {
		uint8_t buf[8];
		int n = u8_uctomb(buf, (ucs4_t)key, sizeof buf);

		if (n > 0 && ui->prompt.length + (size_t)n < sizeof ui->prompt.text) {
			memcpy(ui->prompt.text + ui->prompt.length, buf, (size_t)n);
			ui->prompt.length += (size_t)n;
			changed = true;
		}
	}
	ui->prompt.text[ui->prompt.length] = '\0';
	if (changed && !keys_waiting())
		prompt_update(ui);
	else if (changed)
		ui->searched = false;   /* not searched yet: Enter will */
}
