/* screen.c - the browser: terminal set-up and restore, the one event
 * loop, the global keymap, the search prompt, the title bar and the
 * status line.  Everything is redrawn in one place (redraw). */
#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <unistr.h>

#include "layout.h"
#include "ui/frame.h"
#include "ui/pane.h"
#include "ui/ui.h"

static bool figure_job_finish(struct ui *ui, bool wait);
static bool count_begin(struct ui *ui);
static void count_settle(struct ui *ui);
static bool count_finish(struct ui *ui, bool wait);

#define MIN_COLS 40
#define MIN_ROWS 10

/* Signal handlers only set this; the loop restores the terminal. */
static volatile sig_atomic_t caught_signal;

static void
on_signal(int sig)
{
	caught_signal = sig;
}

/* The search prompt, while it is open. */
struct prompt {
	bool open;
	char text[256];
	size_t length;
	/* what Esc goes back to */
	char old_terms[256];
	bool old_regex, old_searched;
	struct match_list old_matches;
	size_t old_current, origin;
};

static struct prompt prompt;

/* Pending first key of a two-key command: 'z' or '\''. */
static int pending;

void
ui_message(struct ui *ui, bool error, const char *format, ...)
{
	va_list ap;

	va_start(ap, format);
	vsnprintf(ui->message, sizeof ui->message, format, ap);
	va_end(ap);
	ui->message_is_error = error;
}

static void
remember(struct ui *ui, size_t offset)
{
	if (ui->jump_index < ui->jump_count)
		ui->jump_count = ui->jump_index;
	if (ui->jump_count > 0 && ui->jumps[ui->jump_count - 1] == offset)
		return;
	if (ui->jump_count == JUMP_HISTORY) {
		memmove(ui->jumps, ui->jumps + 1, (JUMP_HISTORY - 1) * sizeof ui->jumps[0]);
		ui->jump_count--;
	}
	ui->jumps[ui->jump_count++] = offset;
	ui->jump_index = ui->jump_count;
}

static void
set_anchor(struct ui *ui, size_t offset)
{
	if (offset > ui->doc->text_length)
		offset = ui->doc->text_length;
	ui->anchor = offset;
	ui->section = outline_section_at(ui->outline, offset);
}

void
ui_goto(struct ui *ui, size_t offset, bool jump)
{
	if (jump)
		remember(ui, ui->anchor);
	set_anchor(ui, offset);
	for (int i = 0; i < PANE_COUNT; i++)
		ui->panes[i]->ops->select(ui->panes[i], ui);
}

void
ui_scrolled(struct ui *ui, size_t offset)
{
	set_anchor(ui, offset);
	for (int i = 0; i < PANE_COUNT; i++)
		if (i != PANE_DETAIL)
			ui->panes[i]->ops->select(ui->panes[i], ui);
}

size_t
ui_first_match(const struct ui *ui, size_t offset)
{
	size_t lo = 0, hi = ui->matches.count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct match *m = &ui->matches.items[mid];
		if (m->offset + m->length <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
ui_match_count(const struct ui *ui, size_t start, size_t end)
{
	return search_match_after(&ui->matches, end) - search_match_after(&ui->matches, start);
}

size_t
ui_first_figure(const struct ui *ui, size_t offset)
{
	size_t lo = 0, hi = ui->figures->count;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct figure *f = &ui->figures->items[mid];
		if (f->offset + f->length <= offset)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* ---- screen geometry and drawing ---- */

static void
place(struct pane *pane, int top, int left, int height, int width)
{
	if (pane->win)
		delwin(pane->win);
	pane->win = NULL;
	pane->top = top;
	pane->left = left;
	pane->height = height;
	pane->width = width;
	if (height > 0 && width > 0)
		pane->win = newwin(height, width, top, left);
}

static void
layout_screen(struct ui *ui)
{
	int main_height, figures_height = 0, outline_width;

	getmaxyx(stdscr, ui->rows, ui->cols);
	ui->too_small = ui->rows < MIN_ROWS || ui->cols < MIN_COLS;
	if (ui->title_win)
		delwin(ui->title_win);
	if (ui->status_win)
		delwin(ui->status_win);
	ui->title_win = ui->status_win = NULL;
	if (ui->too_small) {
		for (int i = 0; i < PANE_COUNT; i++)
			place(ui->panes[i], 0, 0, 0, 0);
		return;
	}
	ui->title_win = newwin(1, ui->cols, 0, 0);
	ui->status_win = newwin(1, ui->cols, ui->rows - 1, 0);
	main_height = ui->rows - 2;
	if (ui->figures_shown) {
		figures_height = main_height * 3 / 10;
		figures_height = figures_height < 4 ? 4 : figures_height > 12 ? 12 : figures_height;
	}
	main_height -= figures_height;
	outline_width = ui->cols * ui->outline_share / 100;
	if (outline_width < 12)
		outline_width = 12;
	if (outline_width > ui->cols - 24)
		outline_width = ui->cols - 24;
	place(ui->panes[PANE_OUTLINE], 1, 0, main_height, outline_width);
	place(ui->panes[PANE_DETAIL], 1, outline_width, main_height, ui->cols - outline_width);
	place(ui->panes[PANE_FIGURES], 1 + main_height, 0, figures_height, ui->cols);
	for (int i = 0; i < PANE_COUNT; i++)
		ui->panes[i]->ops->resize(ui->panes[i], ui);
}

static bool
pane_shown(const struct ui *ui, enum pane_id id)
{
	return ui->panes[id]->win && (id != PANE_FIGURES || ui->figures_shown);
}

static void
draw_too_small(struct ui *ui)
{
	static const char text[] = "baogao: the terminal is too small (40×10 at least)";
	struct layout_line *lines;
	size_t count;

	/* ncurses 6.4 reads outside its line buffers when the one cell of
	 * a 1x1 screen is written: leave it blank */
	if (ui->cols < 2 && ui->rows < 2)
		return;
	if (!layout_wrap(text, sizeof text - 1, ui->cols, 0, &lines, &count))
		return;
	for (size_t i = 0; i < count && (int)i < ui->rows; i++)
		draw_text(stdscr, (int)i, 0, ui->cols, text + lines[i].offset, lines[i].length, A_BOLD);
	free(lines);
}

static void
draw_title(struct ui *ui)
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

static void
draw_status(struct ui *ui)
{
	WINDOW *win = ui->status_win;
	const struct theme *t = &ui->theme;
	char right[160], search[320] = "";
	int width = ui->cols, col = 0, right_width;
	size_t sections = ui->outline->count;
	size_t section = ui->section && ui->section->depth > 0 ? ui->section->index + 1 : 0;

	if (ui->searched || prompt.open) {
		const char *terms = prompt.open ? prompt.text : ui->terms;
		if (ui->counting)
			/* the count of the whole report is on its way */
			snprintf(search, sizeof search, "%s %s", terms, ui->glyphs.ellipsis);
		else if (ui->matches.count == 0)
			snprintf(search, sizeof search, "%s: not found", terms);
		else if (ui->current_match < ui->matches.count)
			snprintf(search, sizeof search, "%s %zu/%zu", terms, ui->current_match + 1,
				 ui->matches.count);
		else
			snprintf(search, sizeof search, "%s %zu", terms, ui->matches.count);
	}
	if (ui->doc->partial)
		/* counted in the part loaded so far */
		snprintf(right, sizeof right, "%s%zu/%zu+ ", ui->options->ascii ? "S" : "§", section,
			 sections);
	else
		snprintf(right, sizeof right, "%s%zu/%zu  %3zu%% ", ui->options->ascii ? "S" : "§",
			 section, sections, ui->percent);
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
	if (prompt.open) {
		const char *lead = ui->regex ? "regex/" : "/";
		int used, lead_width = (int)strlen(lead);
		size_t from = 0;

		col += draw_text(win, 0, col, width - 1, lead, strlen(lead), t->status | A_BOLD);
		/* the end of a long query stays in view */
		while (from < prompt.length &&
		       layout_width(prompt.text + from, prompt.length - from) > width - lead_width - 2)
			from += (size_t)u8_mblen((const uint8_t *)prompt.text + from, prompt.length - from) > 0
				? (size_t)u8_mblen((const uint8_t *)prompt.text + from, prompt.length - from) : 1;
		used = draw_text(win, 0, col, width - col - 1, prompt.text + from, prompt.length - from,
				 t->status);
		col += used;
		wmove(win, 0, col);
		return;
	}
	char focus[32];
	snprintf(focus, sizeof focus, " %s ", ui->panes[ui->focus]->ops->name);
	col += draw_text(win, 0, col, width, focus, strlen(focus), t->status | A_BOLD);
	col++;
	if (ui->message[0])
		draw_truncated(win, 0, col, width - col, ui->message, strlen(ui->message),
			       ui->message_is_error ? t->error : t->status | t->message, &ui->glyphs);
	else {
		static const char hint[] = "? help  q quit  / search  n next  f figures  Tab fold  w pane";
		draw_truncated(win, 0, col, width - col, hint, sizeof hint - 1, t->status, &ui->glyphs);
	}
}

static void
redraw(struct ui *ui)
{
	werase(stdscr);
	wnoutrefresh(stdscr);
	if (ui->too_small) {
		draw_too_small(ui);
		wnoutrefresh(stdscr);
		doupdate();
		frame_done();
		return;
	}
	draw_title(ui);
	wnoutrefresh(ui->title_win);
	/* the detail pane first: it works out the percentage on the status line */
	static const enum pane_id order[] = { PANE_DETAIL, PANE_OUTLINE, PANE_FIGURES };
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		struct pane *pane = ui->panes[order[i]];
		if (!pane_shown(ui, order[i]))
			continue;
		pane->ops->draw(pane, ui);
		wnoutrefresh(pane->win);
	}
	if (ui->help_shown)
		help_draw(ui);
	draw_status(ui);
	curs_set(prompt.open ? 1 : 0);
	wnoutrefresh(ui->status_win);
	doupdate();
	frame_done();
}

/* ---- search ---- */

static void
set_matches(struct ui *ui, struct match_list *matches)
{
	search_free(&ui->matches);
	ui->matches = *matches;
	ui->current_match = SIZE_MAX;
	ui->search_generation++;
}

/* While a search is typed, the text near the reading position is searched
 * at once -- whole sections, from the one at OFFSET to a megabyte on -- and
 * the whole report beside the keys (ui->counting), so that a keystroke
 * costs the same on any size of report. */
enum { NEAR_TEXT = 1 << 20 };

/* The offset of the last heading at or before OFFSET (FROM_END: the
 * first at or after it) that starts a paragraph: a section boundary the
 * search can start or stop at.  NONE when there is none. */
static size_t
paragraph_heading(const struct ui *ui, size_t offset, bool from_end, size_t none)
{
	const struct outline *o = ui->outline;
	const struct doc *doc = ui->doc;
	size_t i = outline_count_before(o, from_end ? offset : offset + 1);

	for (;;) {
		const struct outline_node *node;
		if (from_end ? i >= o->count : i == 0)
			return none;
		node = o->nodes[from_end ? i++ : --i];
		if (doc->paragraphs[doc_paragraph_at(doc, node->offset)].offset == node->offset)
			return node->offset;
	}
}

/* Searches for TERMS in the sections between START and END, section
 * boundaries that start paragraphs (0 and the text's end are too); when
 * that is not the whole report, ui->counting has the key loop search it
 * all beside the keys.  False (with a message) when TERMS do not compile. */
static bool
search_between(struct ui *ui, const char *terms, size_t start, size_t end)
{
	struct search_query *query = NULL;
	struct search_found *found = NULL;
	struct bg_error err = { BG_OK, "" };
	struct match_list matches = { NULL, 0 };

	ui->counting = false;
	if (search_compile(terms, ui->regex, &query, &err) != BG_OK) {
		ui_message(ui, true, "%s%s%s", bg_status_message(err.status), err.detail[0] ? ": " : "",
			   err.detail);
		set_matches(ui, &matches);
		return false;
	}
	if (search_find_range(query, ui->doc, start, end, &found) != BG_OK ||
	    search_assign(query, found, ui->doc, ui->outline, &matches) != BG_OK) {
		search_found_free(found);
		search_query_free(query);
		ui_message(ui, true, "out of memory");
		set_matches(ui, &(struct match_list){ NULL, 0 });
		return false;
	}
	search_found_free(found);
	search_query_free(query);
	set_matches(ui, &matches);
	if (terms != ui->terms)
		snprintf(ui->terms, sizeof ui->terms, "%s", terms);
	ui->searched = true;
	ui->counting = start > 0 || end < ui->doc->text_length;
	return true;
}

/* Searches the whole report for TERMS. */
static bool
run_search(struct ui *ui, const char *terms)
{
	return search_between(ui, terms, 0, ui->doc->text_length);
}

/* Searches for TERMS near OFFSET now, and in the whole report beside the
 * keys. */
static bool
search_near(struct ui *ui, const char *terms, size_t offset)
{
	size_t end = ui->doc->text_length;

	if (offset + NEAR_TEXT < end)
		end = paragraph_heading(ui, offset + NEAR_TEXT, true, end);
	return search_between(ui, terms, paragraph_heading(ui, offset, false, 0), end);
}

static void
show_match(struct ui *ui, size_t i, bool jump)
{
	ui->current_match = i;
	if (!detail_pane_shows(ui->panes[PANE_DETAIL], ui->matches.items[i].offset))
		ui_goto(ui, ui->matches.items[i].offset, jump);
}

/* The first match at or after OFFSET, wrapping to the first one. */
static size_t
match_from(const struct ui *ui, size_t offset)
{
	size_t i = ui_first_match(ui, offset + 1);

	while (i < ui->matches.count && ui->matches.items[i].offset < offset)
		i++;
	return i < ui->matches.count ? i : 0;
}

static void
next_match(struct ui *ui, bool forward)
{
	size_t count, i;
	bool wrapped = false;

	count_settle(ui);
	count = ui->matches.count;
	if (!ui->searched) {
		ui_message(ui, true, "no search yet: press / to search");
		return;
	}
	if (count == 0) {
		ui_message(ui, true, "not found: %s", ui->terms);
		return;
	}
	if (ui->current_match < count &&
	    detail_pane_shows(ui->panes[PANE_DETAIL], ui->matches.items[ui->current_match].offset)) {
		i = ui->current_match;
		if (forward) {
			wrapped = i + 1 == count;
			i = wrapped ? 0 : i + 1;
		} else {
			wrapped = i == 0;
			i = wrapped ? count - 1 : i - 1;
		}
	} else if (forward) {
		i = match_from(ui, ui->anchor);
		wrapped = i == 0 && ui->matches.items[0].offset < ui->anchor;
	} else {
		i = ui_first_match(ui, ui->anchor);
		while (i > 0 && ui->matches.items[i - 1].offset >= ui->anchor)
			i--;
		wrapped = i == 0;
		i = i == 0 ? count - 1 : i - 1;
	}
	if (wrapped)
		ui_message(ui, false, forward ? "search hit the end, continuing at the top"
					      : "search hit the top, continuing at the end");
	show_match(ui, i, true);
}

static void
prompt_open(struct ui *ui)
{
	count_settle(ui);   /* what Esc goes back to is whole */
	prompt.open = true;
	prompt.length = 0;
	prompt.text[0] = '\0';
	snprintf(prompt.old_terms, sizeof prompt.old_terms, "%s", ui->terms);
	prompt.old_regex = ui->regex;
	prompt.old_searched = ui->searched;
	prompt.old_matches = ui->matches;
	prompt.old_current = ui->current_match;
	prompt.origin = ui->anchor;
	ui->matches = (struct match_list){ NULL, 0 };
	ui->current_match = SIZE_MAX;
	ui->search_generation++;
	ui->message[0] = '\0';
}

/* Shows the first match at or after where the search started, if it is
 * known yet: near it, or (once counted) anywhere, wrapping to the top. */
static void
show_near_match(struct ui *ui)
{
	size_t i;

	if (ui->matches.count == 0)
		return;
	i = match_from(ui, prompt.origin);
	/* no wrapping to the top before the count: the next match may lie
	 * past the text searched so far */
	if (!ui->counting || ui->matches.items[i].offset >= prompt.origin)
		show_match(ui, i, false);
}

/* Searches for what the prompt holds, as it is typed. */
static void
prompt_update(struct ui *ui)
{
	if (prompt.length == 0) {
		set_matches(ui, &(struct match_list){ NULL, 0 });
		ui->searched = false;
		ui->counting = false;
		ui_goto(ui, prompt.origin, false);
		return;
	}
	ui->message[0] = '\0';
	ui_goto(ui, prompt.origin, false);
	if (search_near(ui, prompt.text, prompt.origin))
		show_near_match(ui);
}

static void
prompt_close(struct ui *ui, bool keep)
{
	/* an empty search repeats the last one */
	bool repeat = keep && prompt.length == 0 && prompt.old_searched;

	prompt.open = false;
	if (keep && prompt.length > 0) {
		search_free(&prompt.old_matches);
		if (ui->anchor != prompt.origin) {
			size_t at = ui->anchor;
			set_anchor(ui, prompt.origin);
			remember(ui, prompt.origin);
			set_anchor(ui, at);
		}
		return;
	}
	ui->counting = false;
	set_matches(ui, &prompt.old_matches);
	prompt.old_matches = (struct match_list){ NULL, 0 };
	snprintf(ui->terms, sizeof ui->terms, "%s", prompt.old_terms);
	ui->regex = prompt.old_regex;
	ui->searched = prompt.old_searched;
	ui->current_match = prompt.old_current;
	ui_goto(ui, prompt.origin, false);
	if (repeat)
		next_match(ui, true);
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

static void
prompt_key(struct ui *ui, int key)
{
	bool changed = false;

	if (key == 27 || key == CONTROL('g') || key == CONTROL('c')) {
		prompt_close(ui, false);
		return;
	}
	if (key == '\n' || key == '\r' || key == FKEY(KEY_ENTER)) {
		if (prompt.length > 0 && !ui->searched)
			prompt_update(ui);
		prompt_close(ui, true);
		return;
	}
	if (key == 127 || key == 8 || key == FKEY(KEY_BACKSPACE)) {
		if (prompt.length == 0) {
			prompt_close(ui, false);
			return;
		}
		do
			prompt.length--;
		while (prompt.length > 0 && ((unsigned char)prompt.text[prompt.length] & 0xc0) == 0x80);
		changed = true;
	} else if (key == CONTROL('u')) {
		prompt.length = 0;
		changed = true;
	} else if (key == CONTROL('w')) {
		while (prompt.length > 0 && prompt.text[prompt.length - 1] == ' ')
			prompt.length--;
		while (prompt.length > 0 && prompt.text[prompt.length - 1] != ' ')
			prompt.length--;
		changed = true;
	} else if (key == CONTROL('r')) {
		ui->regex = !ui->regex;
		changed = true;
	} else if (key >= 0x20 && key < 0x110000 && key != 0x7f && !layout_is_unsafe((uint32_t)key)) {
		uint8_t buf[8];
		int n = u8_uctomb(buf, (ucs4_t)key, sizeof buf);

		if (n > 0 && prompt.length + (size_t)n < sizeof prompt.text) {
			memcpy(prompt.text + prompt.length, buf, (size_t)n);
			prompt.length += (size_t)n;
			changed = true;
		}
	}
	prompt.text[prompt.length] = '\0';
	if (changed && !keys_waiting())
		prompt_update(ui);
	else if (changed)
		ui->searched = false;   /* not searched yet: Enter will */
}

/* ---- the global keymap ---- */

static void
focus_next(struct ui *ui)
{
	enum pane_id id = ui->focus;

	do
		id = (id + 1) % PANE_COUNT;
	while (!pane_shown(ui, id) && id != ui->focus);
	ui->focus = id;
}

static void
history_move(struct ui *ui, bool back)
{
	if (back) {
		if (ui->jump_index == 0) {
			ui_message(ui, false, "no older position");
			return;
		}
		if (ui->jump_index == ui->jump_count) {
			remember(ui, ui->anchor);
			ui->jump_index = ui->jump_count - 1;
			if (ui->jump_index == 0) {
				ui_message(ui, false, "no older position");
				return;
			}
		}
		ui->jump_index--;
	} else {
		if (ui->jump_index + 1 >= ui->jump_count) {
			ui_message(ui, false, "no newer position");
			return;
		}
		ui->jump_index++;
	}
	ui_goto(ui, ui->jumps[ui->jump_index], false);
}

static void
jump_back(struct ui *ui)
{
	size_t target;

	if (ui->jump_count == 0) {
		ui_message(ui, false, "no jump yet");
		return;
	}
	target = ui->jumps[ui->jump_count - 1];
	ui->jumps[ui->jump_count - 1] = ui->anchor;
	ui->jump_index = ui->jump_count;
	ui_goto(ui, target, false);
}

static const struct outline_node *
heading_after(const struct ui *ui, size_t offset)
{
	size_t i = outline_count_before(ui->outline, offset + 1);
	return i < ui->outline->count ? ui->outline->nodes[i] : NULL;
}

static const struct outline_node *
heading_before(const struct ui *ui, size_t offset)
{
	size_t i = outline_count_before(ui->outline, offset);
	return i > 0 ? ui->outline->nodes[i - 1] : NULL;
}

static void
goto_heading(struct ui *ui, const struct outline_node *node, const char *none)
{
	if (!node) {
		ui_message(ui, false, "%s", none);
		return;
	}
	ui_goto(ui, node->depth == 0 ? 0 : node->offset, true);
}

static void
sibling(struct ui *ui, bool next)
{
	const struct outline_node *s = ui->section, *parent = s->parent;

	if (s->depth == 0) {
		goto_heading(ui, next && s->child_count ? s->children[0] : NULL,
			     next ? "no sections" : "at the start of the report");
		return;
	}
	if (!next && ui->anchor > s->offset) {
		goto_heading(ui, s, "");
		return;
	}
	for (size_t i = 0; parent && i < parent->child_count; i++) {
		if (parent->children[i] != s)
			continue;
		if (next)
			goto_heading(ui, i + 1 < parent->child_count ? parent->children[i + 1] : NULL,
				     "no next section at this level");
		else
			goto_heading(ui, i > 0 ? parent->children[i - 1] : NULL,
				     "no previous section at this level");
		return;
	}
}

/* Reads the report again (or takes over the whole of it, when it is
 * loaded), staying at the same place in the source. */
static void
reload(struct ui *ui)
{
	char message[256];
	size_t anchor;
	uint32_t line, column;
	bool counting = ui->counting;

	if (!ui->options->reload) {
		ui_message(ui, true, "standard input cannot be read again");
		return;
	}
	/* the jobs read the document: done with it first */
	figure_job_finish(ui, true);
	ui->counting = false;
	count_finish(ui, true);
	doc_locate(ui->doc, ui->anchor, &line, &column);
	if (!ui->options->reload(ui->options->reload_context, &ui->doc, &ui->outline, ui->figures,
				 message, sizeof message)) {
		ui_message(ui, true, "%s", message);
		ui->counting = counting;   /* the key loop counts again */
		return;
	}
	anchor = ui->anchor == 0 ? 0 : doc_offset_at(ui->doc, line, column);
	set_matches(ui, &(struct match_list){ NULL, 0 });
	ui->jump_count = ui->jump_index = 0;
	ui->sparse = false;
	set_anchor(ui, anchor);
	for (int i = 0; i < PANE_COUNT; i++)
		ui->panes[i]->ops->reset(ui->panes[i], ui);
	if (ui->searched)
		run_search(ui, ui->terms);
	layout_screen(ui);
	ui_goto(ui, anchor, false);
	if (message[0])
		ui_message(ui, false, "%s", message);
	ui->figures_pending = ui->options->extract_figures != NULL;
}

static void
mouse(struct ui *ui)
{
	MEVENT event;

	if (getmouse(&event) != OK)
		return;
	for (int i = 0; i < PANE_COUNT; i++) {
		struct pane *pane = ui->panes[i];

		if (!pane_shown(ui, (enum pane_id)i) || event.y < pane->top ||
		    event.y >= pane->top + pane->height || event.x < pane->left ||
		    event.x >= pane->left + pane->width)
			continue;
		if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
			ui->focus = (enum pane_id)i;
		pane->ops->mouse(pane, ui, event.y - pane->top, event.x - pane->left, event.bstate);
		return;
	}
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
		ui_goto(ui, 0, true);
		break;
	case ACTION_SECTION: {
		size_t n = (size_t)(key - '0');
		const struct outline_node *root = &ui->outline->root;
		if (n >= 1 && n <= root->child_count)
			goto_heading(ui, root->children[n - 1], "");
		else
			ui_message(ui, false, "there is no top-level section %zu", n);
		break;
	}
	case ACTION_NEXT_SIBLING: sibling(ui, true); break;
	case ACTION_PREV_SIBLING: sibling(ui, false); break;
	case ACTION_NEXT_HEADING:
		goto_heading(ui, heading_after(ui, ui->anchor), "no heading below");
		break;
	case ACTION_PREV_HEADING:
		goto_heading(ui, heading_before(ui, ui->anchor), "no heading above");
		break;
	case ACTION_PARENT:
		if (ui->section->depth == 0)
			ui_message(ui, false, "at the top level");
		else
			goto_heading(ui, ui->section->parent, "");
		break;
	case ACTION_JUMP_BACK:
	case ACTION_LEVELS:
		pending = key;
		ui_message(ui, false, "%s", action == ACTION_LEVELS ? "z: show headings down to level 1-9"
									: "': ' goes back");
		break;
	case ACTION_HISTORY_BACK: history_move(ui, true); break;
	case ACTION_HISTORY_FORWARD: history_move(ui, false); break;
	case ACTION_EXPAND: case ACTION_COLLAPSE: case ACTION_CYCLE_ALL:
		outline->ops->key(outline, ui, action, key);
		break;
	case ACTION_CYCLE:
	case ACTION_FOCUS:
		focus_next(ui);
		break;
	case ACTION_SPARSE:
		count_settle(ui);
		if (!ui->searched || ui->matches.count == 0) {
			ui_message(ui, false, "no matches to show: search with / first");
			ui->sparse = false;
		} else {
			ui->sparse = !ui->sparse;
			ui_message(ui, false, ui->sparse ? "only the sections that match" : "the whole outline");
		}
		break;
	case ACTION_NARROWER:
	case ACTION_WIDER:
		ui->outline_share += action == ACTION_WIDER ? 4 : -4;
		ui->outline_share = ui->outline_share < 12 ? 12 : ui->outline_share > 70 ? 70 : ui->outline_share;
		layout_screen(ui);
		break;
	case ACTION_FIGURES:
		ui->figures_shown = !ui->figures_shown;
		layout_screen(ui);
		if (ui->figures_shown) {
			ui->panes[PANE_FIGURES]->ops->select(ui->panes[PANE_FIGURES], ui);
			ui->focus = PANE_FIGURES;
		} else if (ui->focus == PANE_FIGURES)
			ui->focus = PANE_DETAIL;
		break;
	case ACTION_FIGURES_ALL:
		ui->figures_all = !ui->figures_all;
		if (!ui->figures_shown) {
			ui->figures_shown = true;
			layout_screen(ui);
		}
		ui->panes[PANE_FIGURES]->ops->select(ui->panes[PANE_FIGURES], ui);
		break;
	case ACTION_SEARCH: prompt_open(ui); break;
	case ACTION_NEXT_MATCH: next_match(ui, true); break;
	case ACTION_PREV_MATCH: next_match(ui, false); break;
	case ACTION_HELP: ui->help_shown = true; break;
	case ACTION_REDRAW: clearok(curscr, TRUE); break;
	case ACTION_RELOAD: reload(ui); break;
	case ACTION_QUIT: ui->quit = true; break;
	case ACTION_MOUSE: mouse(ui); break;
	case ACTION_COUNT: break;
	}
}

static void
handle_key(struct ui *ui, int key)
{
	enum action action;
	struct pane *focused;

	if (prompt.open) {
		prompt_key(ui, key);
		return;
	}
	ui->message[0] = '\0';
	if (pending) {
		int first = pending;
		pending = 0;
		if (first == 'z' && key >= '1' && key <= '9')
			outline_pane_levels(ui->panes[PANE_OUTLINE], ui, key - '0');
		else if (first == '\'' && (key == '\'' || key == '`'))
			jump_back(ui);
		return;
	}
	action = keys_action(key);
	if (ui->help_shown) {
		help_key(ui, action, key);
		return;
	}
	if (action == ACTION_NONE) {
		if (key != 27)
			ui_message(ui, false, "no such key: press ? for help");
		return;
	}
	focused = ui->panes[ui->focus];
	if (action == ACTION_MOUSE || !pane_shown(ui, ui->focus) ||
	    !focused->ops->key(focused, ui, action, key))
		global_key(ui, action, key);
	ui->last_action = action;
}

/* ---- work beside the keys ---- */

/* A job runs WORK in a second thread while the key loop goes on; the loop
 * takes its result over when it is done.  WORK only reads the document and
 * the outline, which stay as they are until the job is joined. */
struct job {
	void (*work)(void);
	pthread_t thread;
	bool running;
	atomic_bool done;
};

static void *
job_main(void *arg)
{
	struct job *job = arg;
	sigset_t all;

	/* Signals are for the key loop's thread. */
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	job->work();
	atomic_store(&job->done, true);
	return NULL;
}

static void
job_start(struct job *job)
{
	atomic_store(&job->done, false);
	job->running = pthread_create(&job->thread, NULL, job_main, job) == 0;
	if (!job->running) {
		/* No thread: do it here and now. */
		job->work();
		atomic_store(&job->done, true);
		job->running = true;
		job->thread = pthread_self();
	}
}

/* True, once, when JOB has finished (with WAIT: waits for it): the
 * caller takes its result over. */
static bool
job_finished(struct job *job, bool wait)
{
	if (!job->running || (!wait && !atomic_load(&job->done)))
		return false;
	if (!pthread_equal(job->thread, pthread_self()))
		pthread_join(job->thread, NULL);
	job->running = false;
	return true;
}

/* The figures of a large report take longer than the first screen. */
static struct {
	struct job job;
	const struct ui_options *options;
	const struct doc *doc;
	const struct outline *outline;
	struct figure_list result;
	bool ok;
} figure_job;

static void
find_figures(void)
{
	/* The tables of the first search too, while nobody waits for them. */
	search_prepare();
	figure_job.ok = figure_job.options->extract_figures(figure_job.options->reload_context,
							    figure_job.doc, figure_job.outline,
							    &figure_job.result);
}

static void
figure_job_start(struct ui *ui)
{
	figure_job.options = ui->options;
	figure_job.doc = ui->doc;
	figure_job.outline = ui->outline;
	figure_job.result.items = NULL;
	figure_job.result.count = 0;
	figure_job.ok = false;
	figure_job.job.work = find_figures;
	job_start(&figure_job.job);
}

/* Takes the figures over when the thread is done (or, with WAIT, waits for
 * it).  Returns true when it took them over, so the screen is redrawn. */
static bool
figure_job_finish(struct ui *ui, bool wait)
{
	if (!job_finished(&figure_job.job, wait))
		return false;
	figures_free(ui->figures);
	*ui->figures = figure_job.result;
	if (!figure_job.ok)
		ui_message(ui, true, "no figures: out of memory");
	return true;
}

/* The whole of a large report, while the browser shows its start. */
static struct {
	struct job job;
	const struct ui_options *options;
	atomic_int step;
	bool ok;
	char message[512];
} load_job;

static void
load_whole(void)
{
	load_job.ok = load_job.options->load_whole(load_job.options->reload_context, &load_job.step,
						   load_job.message, sizeof load_job.message);
}

static void
load_job_start(struct ui *ui)
{
	load_job.options = ui->options;
	atomic_store(&load_job.step, 0);
	load_job.ok = false;
	load_job.message[0] = '\0';
	load_job.job.work = load_whole;
	job_start(&load_job.job);
}

/* What the outline pane says while the whole report loads, or NULL. */
static const char *
loading_step(const struct ui *ui)
{
	if (!ui->doc->partial)
		return NULL;
	return atomic_load(&load_job.step) == 0 ? "loading the rest of the report"
						: "outlining the whole report";
}

/* Takes the whole report over when it is loaded (or, with WAIT, waits for
 * it).  Returns true when it did, so the screen is redrawn.  A report that
 * cannot be loaded after all ends the browser. */
static bool
load_job_finish(struct ui *ui, bool wait)
{
	if (!job_finished(&load_job.job, wait))
		return false;
	if (!load_job.ok) {
		ui->quit = true;
		ui->failure = load_job.message;
		return true;
	}
	reload(ui);
	return true;
}

/* The count of a search typed: all of its matches in the whole report. */
static struct {
	struct job job;
	struct search_query *query;
	const struct doc *doc;
	const struct outline *outline;
	char terms[256];
	bool regex;
	struct match_list result;
	bool ok;
} search_job;

static void
count_matches(void)
{
	search_job.ok = search_run(search_job.query, search_job.doc, search_job.outline,
				   &search_job.result) == BG_OK;
}

/* Starts counting ui->terms beside the keys (no count may be running).
 * False, and no count, when they do not compile. */
static bool
count_begin(struct ui *ui)
{
	struct search_query *query = NULL;
	struct bg_error err;

	if (search_compile(ui->terms, ui->regex, &query, &err) != BG_OK) {
		/* they compiled for the first matches: out of memory */
		ui_message(ui, true, "%s", bg_status_message(err.status));
		ui->counting = false;
		return false;
	}
	search_job.query = query;
	search_job.doc = ui->doc;
	search_job.outline = ui->outline;
	snprintf(search_job.terms, sizeof search_job.terms, "%s", ui->terms);
	search_job.regex = ui->regex;
	search_job.result = (struct match_list){ NULL, 0 };
	search_job.ok = false;
	search_job.job.work = count_matches;
	job_start(&search_job.job);
	return true;
}

/* Takes the count over when it is done (or, with WAIT, waits for it):
 * the matches of the whole report, the current one kept.  A count of
 * terms no longer searched for is dropped (the key loop then counts the
 * current ones).  Returns true when the key loop has work to do. */
static bool
count_finish(struct ui *ui, bool wait)
{
	size_t at = SIZE_MAX;

	if (!job_finished(&search_job.job, wait))
		return false;
	search_query_free(search_job.query);
	search_job.query = NULL;
	if (!ui->counting || strcmp(search_job.terms, ui->terms) != 0 ||
	    search_job.regex != ui->regex || search_job.doc != ui->doc) {
		search_free(&search_job.result);
		return ui->counting;   /* the key loop counts them */
	}
	ui->counting = false;
	if (!search_job.ok) {
		search_free(&search_job.result);
		ui_message(ui, true, "out of memory");
		return true;
	}
	if (ui->current_match < ui->matches.count)
		at = ui->matches.items[ui->current_match].offset;
	set_matches(ui, &search_job.result);
	search_job.result = (struct match_list){ NULL, 0 };
	if (at != SIZE_MAX)
		ui->current_match = search_match_after(&ui->matches, at);
	else if (prompt.open)
		show_near_match(ui);
	else if (ui->matches.count > 0)
		show_match(ui, match_from(ui, ui->anchor), false);
	return true;
}

/* Waits for the count of the terms searched for, when it is not there. */
static void
count_settle(struct ui *ui)
{
	while (ui->counting) {
		if (!search_job.job.running && !count_begin(ui))
			break;
		count_finish(ui, true);
	}
}

/* Waits for the jobs beside the keys, which read the document; a load
 * that failed is the browser's failure. */
static void
jobs_join(struct ui *ui)
{
	if (job_finished(&load_job.job, true) && !load_job.ok)
		ui->failure = load_job.message;
	figure_job_finish(ui, true);
	ui->counting = false;
	count_finish(ui, true);
}

/* True when KEY, pressed while the whole report loads, would act on the
 * part of it that is not there yet: the jumps, the search, the figures,
 * and moving forward near the end of the part that is. */
static bool
needs_whole(const struct ui *ui, int key)
{
	if (prompt.open || pending || ui->help_shown)
		return false;
	switch (keys_action(key)) {
	case ACTION_UP: case ACTION_PAGE_UP: case ACTION_HALF_UP: case ACTION_TOP:
	case ACTION_PREV_HEADING: case ACTION_PREV_SIBLING: case ACTION_PARENT:
	case ACTION_JUMP_BACK: case ACTION_HISTORY_BACK: case ACTION_HISTORY_FORWARD:
	case ACTION_EXPAND: case ACTION_COLLAPSE: case ACTION_CYCLE: case ACTION_LEVELS:
	case ACTION_NARROWER: case ACTION_WIDER: case ACTION_FOCUS: case ACTION_HELP:
	case ACTION_REDRAW: case ACTION_QUIT: case ACTION_MOUSE: case ACTION_NONE:
		return false;
	case ACTION_DOWN: case ACTION_PAGE_DOWN: case ACTION_HALF_DOWN: case ACTION_NEXT_HEADING:
		return ui->anchor > ui->doc->text_length / 2;
	default:
		return true;
	}
}

/* ---- the terminal ---- */

static int
read_key(void)
{
	wint_t ch;
	int r = wget_wch(stdscr, &ch);

	if (r == ERR)
		return 0;
	if (r == KEY_CODE_YES)
		return FKEY((int)ch);
	return (int)ch;
}

static void
catch_signals(bool on)
{
	static const int signals[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on ? on_signal : SIG_DFL;
	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++)
		sigaction(signals[i], &sa, NULL);
}

static void
start_search(struct ui *ui, const char *terms)
{
	if (!terms || !*terms)
		return;
	if (run_search(ui, terms) && ui->matches.count > 0)
		show_match(ui, 0, false);
	else if (ui->matches.count == 0 && !ui->message[0])
		ui_message(ui, true, "not found: %s", terms);
}

int
ui_run(struct doc *doc, struct outline *outline, struct figure_list *figures,
       const struct ui_options *options)
{
	struct ui ui;
	FILE *input = NULL;
	SCREEN *screen;
	const char *no_color = getenv("NO_COLOR");
	int status = 0;
	bool loading = options->load_whole != NULL && doc->partial;
	int step = 0;

	if (!terminal_usable(getenv("TERM")))
		return 2;
	/* the report may have come in on standard input: keys come from the terminal */
	if (!isatty(STDIN_FILENO)) {
		input = fopen("/dev/tty", "r");
		if (!input) {
			fprintf(stderr, "baogao: cannot open the terminal for keys: %s\n", strerror(errno));
			return 2;
		}
	}
	memset(&ui, 0, sizeof ui);
	ui.doc = doc;
	ui.outline = outline;
	ui.figures = figures;
	ui.options = options;
	ui.regex = options->regex;
	ui.outline_share = 33;
	ui.current_match = SIZE_MAX;
	ui.focus = PANE_OUTLINE;
	ui.last_action = ACTION_NONE;
	/* the figures of a report that loads in parts come with the whole */
	ui.figures_pending = options->extract_figures != NULL && !loading;
	glyphs_init(&ui.glyphs, options->ascii);
	set_anchor(&ui, 0);

	caught_signal = 0;
	catch_signals(true);
	screen = newterm(NULL, stdout, input ? input : stdin);
	if (!screen) {
		catch_signals(false);
		if (input)
			fclose(input);
		fprintf(stderr, "baogao: cannot start the terminal '%s'\n", getenv("TERM"));
		return 2;
	}
	set_term(screen);
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	set_escdelay(25);
	wtimeout(stdscr, 1000);
	curs_set(0);
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
		  | BUTTON5_PRESSED
#endif
		  , NULL);
	mouseinterval(0);
	/* colours only over the terminal's own background: without that,
	 * bold, reverse and underline read better than guessed colours */
	if (has_colors() && !(no_color && *no_color) && start_color() == OK &&
	    use_default_colors() == OK) {
		theme_init(&ui.theme, true);
	} else {
		theme_init(&ui.theme, false);
	}

	ui.panes[PANE_OUTLINE] = outline_pane_new(&ui);
	ui.panes[PANE_DETAIL] = detail_pane_new(&ui);
	ui.panes[PANE_FIGURES] = figures_pane_new(&ui);
	if (!ui.panes[PANE_OUTLINE] || !ui.panes[PANE_DETAIL] || !ui.panes[PANE_FIGURES]) {
		ui.quit = true;
		status = 2;
	} else {
		layout_screen(&ui);
		ui_goto(&ui, 0, false);
		if (!loading)
			start_search(&ui, options->search);
	}

	while (!ui.quit) {
		int key;

		if (caught_signal) {
			if (caught_signal == SIGINT && prompt.open) {
				caught_signal = 0;
				prompt_close(&ui, false);
			} else
				break;
		}
		ui.loading = loading_step(&ui);
		redraw(&ui);
		if (loading) {
			/* The first screen is up: the rest of the report is
			 * loaded beside the keys. */
			loading = false;
			load_job_start(&ui);
		}
		if (ui.counting && !search_job.job.running)
			/* The match near the reading position is on the screen:
			 * now the whole report. */
			count_begin(&ui);
		if (ui.figures_pending) {
			/* The figures are found beside the keys, and coloured
			 * in when they are there. */
			ui.figures_pending = false;
			figure_job_start(&ui);
		}
		if (load_job_finish(&ui, false)) {
			if (!ui.quit)
				start_search(&ui, options->search);
			continue;
		}
		if (figure_job_finish(&ui, false) || count_finish(&ui, false))
			continue;
		step = atomic_load(&load_job.step);
		do {
			wtimeout(stdscr, search_job.job.running ? 5 :
					 figure_job.job.running || load_job.job.running ? 50 : 1000);
			key = read_key();
		} while (key == 0 && !caught_signal &&
			 !(figure_job.job.running && atomic_load(&figure_job.job.done)) &&
			 !(search_job.job.running && atomic_load(&search_job.job.done)) &&
			 !(load_job.job.running && (atomic_load(&load_job.job.done) ||
						    atomic_load(&load_job.step) != step)));
		if (key == 0)
			continue;
		if (key == FKEY(KEY_RESIZE)) {
			layout_screen(&ui);
			continue;
		}
		if (load_job.job.running && needs_whole(&ui, key)) {
			/* the key acts on the whole report: wait for it */
			ui.loading = "waiting for the whole report";
			redraw(&ui);
			load_job_finish(&ui, true);
			if (ui.quit)
				break;
			start_search(&ui, options->search);
			if (keys_action(key) == ACTION_RELOAD && !prompt.open && !pending)
				continue;   /* the file was just read */
		}
		handle_key(&ui, key);
	}

	/* A quit waits for the jobs (the loader cannot be stopped half-way);
	 * a signal does not: the process dies of it once the terminal is
	 * restored, before anything the jobs read is freed. */
	if (!caught_signal)
		jobs_join(&ui);
	if (prompt.open)
		prompt_close(&ui, false);
	curs_set(1);
	endwin();
	for (int i = 0; i < PANE_COUNT; i++)
		if (ui.panes[i]) {
			if (ui.panes[i]->win)
				delwin(ui.panes[i]->win);
			ui.panes[i]->ops->destroy(ui.panes[i]);
		}
	if (ui.title_win)
		delwin(ui.title_win);
	if (ui.status_win)
		delwin(ui.status_win);
	delscreen(screen);
	if (input)
		fclose(input);
	search_free(&ui.matches);
	search_free(&prompt.old_matches);
	catch_signals(false);
	if (caught_signal) {
		/* die of the signal, as the shell expects, now that the
		 * terminal is restored */
		raise(caught_signal);
		jobs_join(&ui);
		return 128 + caught_signal;
	}
	if (ui.failure) {
		fprintf(stderr, "baogao: %s\n", ui.failure);
		status = 2;
	} else if (status == 2)
		fprintf(stderr, "baogao: out of memory\n");
	return status;
}
