/* SPDX-License-Identifier: GPL-3.0-or-later */
/* screen.c - the browser's loop: the terminal set up and restored, one
 * key at a time handed to the panes and the keymap, and everything
 * redrawn in one place (redraw). */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "layout.h"
#include "message.h"
#include "ui/frame.h"
#include "ui/pane.h"
#include "ui/ui.h"
#include "ui/watchdog.h"

#define MIN_COLS 40
#define MIN_ROWS 10

/* A search running is redrawn this often, with the time it has taken. */
enum { SEARCH_TICK_MS = 500 };

/* Signal handlers only set this; the loop restores the terminal (or the
 * watchdog, when the loop does not come to it). */
static volatile sig_atomic_t caught_signal;

static void
on_signal(int sig)
{
	caught_signal = sig;
	watchdog_signal(sig, &caught_signal);
}

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

/* The most rows the figures panel takes of MAIN_HEIGHT, the rows between
 * the title bar and the status line: 30%, 4 to 12 of them. */
static int
figures_most(int main_height)
{
	int most = main_height * 3 / 10;

	return most < 4 ? 4 : most > 12 ? 12 : most;
}

/* True when the figures panel, shown, wants another height for its
 * rows (they were filtered, or the section changed). */
static bool
figures_height_changed(const struct ui *ui)
{
	if (ui->too_small || !ui->figures_shown || !ui->browse)
		return false;
	return ui->panes[PANE_FIGURES]->height !=
	       figures_pane_height(ui, figures_most(ui->rows - 2));
}

/* Deletes the title bar, the status line and the library's window
 * (those there are): the windows that are no pane's. */
static void
delete_bars(struct ui *ui)
{
	if (ui->title_win)
		delwin(ui->title_win);
	if (ui->status_win)
		delwin(ui->status_win);
	if (ui->library_win)
		delwin(ui->library_win);
	ui->title_win = ui->status_win = ui->library_win = NULL;
}

void
ui_layout(struct ui *ui)
{
	int main_height, figures_height = 0, outline_width;

	getmaxyx(stdscr, ui->rows, ui->cols);
	ui->too_small = ui->rows < MIN_ROWS || ui->cols < MIN_COLS;
	delete_bars(ui);
	if (ui->too_small) {
		for (int i = 0; i < PANE_COUNT; i++)
			place(ui->panes[i], 0, 0, 0, 0);
		return;
	}
	ui->title_win = newwin(1, ui->cols, 0, 0);
	ui->status_win = newwin(1, ui->cols, ui->rows - 1, 0);
	main_height = ui->rows - 2;
	if (ui->library)
		ui->library_win = newwin(main_height, ui->cols, 1, 0);
	if (!ui->browse) {
		/* the library, before any report is open: no panes yet */
		for (int i = 0; i < PANE_COUNT; i++)
			place(ui->panes[i], 0, 0, 0, 0);
		return;
	}
	if (ui->figures_shown)
		figures_height = figures_pane_height(ui, figures_most(main_height));
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

bool
ui_pane_shown(const struct ui *ui, enum pane_id id)
{
	return ui->panes[id]->win && (id != PANE_FIGURES || ui->figures_shown);
}

static void
draw_too_small(struct ui *ui)
{
	const char *text = _("baogao: the terminal is too small (40×10 at least)");
	struct layout_line *lines;
	size_t count;

	/* ncurses 6.4 reads outside its line buffers when the one cell of
	 * a 1x1 screen is written: leave it blank */
	if (ui->cols < 2 && ui->rows < 2)
		return;
	if (!layout_wrap(text, strlen(text), ui->cols, 0, &lines, &count))
		return;
	for (size_t i = 0; i < count && (int)i < ui->rows; i++)
		draw_text(stdscr, (int)i, 0, ui->cols, text + lines[i].offset, lines[i].length, A_BOLD);
	free(lines);
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
	if (ui->library_shown) {
		library_view_title(ui);
		wnoutrefresh(ui->title_win);
		library_view_draw(ui);
		wnoutrefresh(ui->library_win);
		if (ui->help_shown)
			help_draw(ui);
		library_view_status(ui);
		curs_set(ui->view.prompt_open ? 1 : 0);
		wnoutrefresh(ui->status_win);
		doupdate();
		frame_done();
		return;
	}
	/* the figures panel takes the rows its figures need: drawing the text
	 * may change the section, and with it the figures listed */
	for (int tries = 0; tries < 2 && figures_height_changed(ui); tries++)
		ui_layout(ui);
	bar_draw_title(ui);
	wnoutrefresh(ui->title_win);
	/* the detail pane first: it works out the percentage on the status line */
	static const enum pane_id order[] = { PANE_DETAIL, PANE_OUTLINE, PANE_FIGURES };
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		struct pane *pane = ui->panes[order[i]];
		if (!ui_pane_shown(ui, order[i]))
			continue;
		pane->ops->draw(pane, ui);
		if (i == 0 && figures_height_changed(ui)) {
			ui_layout(ui);
			bar_draw_title(ui);
			wnoutrefresh(ui->title_win);
			pane->ops->draw(pane, ui);
		}
		wnoutrefresh(pane->win);
	}
	if (ui->help_shown)
		help_draw(ui);
	bar_draw_status(ui);
	curs_set(ui->prompt.open || ui->ask.kind != ASK_NONE || ui->filter.open ? 1 : 0);
	wnoutrefresh(ui->status_win);
	doupdate();
	frame_done();
}

/* The key code given to the start of an SGR (1006) mouse report, ESC [ <,
 * when the terminal description knows only the old X10 reports (whose
 * columns end at 223): one past the codes of ncurses. */
enum { KEY_SGR_MOUSE = KEY_MAX + 1 };

/* Reads the rest of an SGR mouse report, "B;X;YM" (pressed) or "...m"
 * (released), already waiting after its ESC [ <, and hands it to ncurses
 * as a mouse event (getmouse then gives it).  Nothing for a report that
 * is not whole or not of a button or wheel. */
static void
read_sgr_mouse(void)
{
	char report[32];
	size_t n = 0;
	int button, x, y;
	char end;
	wint_t ch;

	wtimeout(stdscr, 50);
	while (n + 1 < sizeof report) {
		int r = wget_wch(stdscr, &ch);
		if (r != OK || ch > 0x7f)
			return;
		report[n++] = (char)ch;
		if (ch == 'M' || ch == 'm')
			break;
	}
	report[n] = '\0';
	if (sscanf(report, "%d;%d;%d%c", &button, &x, &y, &end) != 4 || x < 1 || y < 1 ||
	    (end != 'M' && end != 'm'))
		return;
	MEVENT event = { 0, x - 1, y - 1, 0, 0 };
	if (button & 32)
		return;         /* a drag: not asked for */
	if (button & 64)
		event.bstate = end == 'M' ? (button & 1 ?
#ifdef BUTTON5_PRESSED
					     BUTTON5_PRESSED
#else
					     0
#endif
					     : BUTTON4_PRESSED) : 0;
	else if ((button & 3) == 0 && end == 'M')
		event.bstate = BUTTON1_PRESSED;
	if (event.bstate)
		ungetmouse(&event);
}

static int
read_key(void)
{
	wint_t ch;
	int r = wget_wch(stdscr, &ch);

	if (r == ERR)
		return 0;
	if (r == KEY_CODE_YES && ch == KEY_SGR_MOUSE) {
		read_sgr_mouse();
		return 0;       /* the event is read next, as KEY_MOUSE */
	}
	if (r == KEY_CODE_YES)
		return FKEY((int)ch);
	return (int)ch;
}


/* What the text pane shows, for the browser state. */
static bool
text_shows(void *context, size_t offset)
{
	struct ui *ui = context;

	return detail_pane_shows(ui->panes[PANE_DETAIL], offset);
}

/* Opens the terminal for UI (keys from /dev/tty when the report came in
 * on standard input); false, with a message, when it cannot. */
static bool
terminal_open(struct ui *ui)
{
	const char *no_color = getenv("NO_COLOR");

	if (!terminal_usable(getenv("TERM")))
		return false;
	if (!isatty(STDIN_FILENO)) {
		ui->input = fopen("/dev/tty", "r");
		if (!ui->input) {
			message_error(_("cannot open the terminal for keys: %s"), strerror(errno));
			return false;
		}
	}
	caught_signal = 0;
	watchdog_start(STDOUT_FILENO);
	terminal_catch_signals(on_signal);
	ui->screen = newterm(NULL, stdout, ui->input ? ui->input : stdin);
	if (!ui->screen) {
		terminal_catch_signals(NULL);
		watchdog_stop();
		if (ui->input)
			fclose(ui->input);
		message_error(_("cannot start the terminal '%s'"), getenv("TERM"));
		return false;
	}
	set_term(ui->screen);
	terminal_whole_frames();
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	set_escdelay(25);
	watchdog_arm();
	wtimeout(stdscr, 1000);
	curs_set(0);
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
		  | BUTTON5_PRESSED
#endif
		  , NULL);
	mouseinterval(0);
	{
		/* SGR (1006) reports, which have no column limit, where the
		 * terminal description asks only for the old ones: the
		 * terminals in use all send them once asked. */
		const char *kmous = tigetstr("kmous");
		if (kmous && kmous != (const char *)-1 && strcmp(kmous, "\033[M") == 0 &&
		    define_key("\033[<", KEY_SGR_MOUSE) == OK) {
			static const char on[] = "\033[?1006h";
			fflush(stdout);
			ui->sgr_mouse = write(STDOUT_FILENO, on, sizeof on - 1) == (ssize_t)(sizeof on - 1);
		}
	}
	/* colours only over the terminal's own background: without that,
	 * bold, reverse and underline read better than guessed colours */
	theme_init(&ui->theme, has_colors() && !(no_color && *no_color) && start_color() == OK &&
		   use_default_colors() == OK);
	return true;
}

/* Restores the terminal and frees the panes. */
static void
terminal_close(struct ui *ui)
{
	watchdog_restoring();
	if (ui->prompt.open)
		ui_prompt_close(ui, false);
	curs_set(1);
	endwin();
	if (ui->sgr_mouse) {
		/* SGR mouse reports off, after all that endwin wrote */
		static const char off[] = "\033[?1006l";
		fflush(stdout);
		if (write(STDOUT_FILENO, off, sizeof off - 1) < 0)
			ui->sgr_mouse = false;  /* nothing more to do */
	}
	for (int i = 0; i < PANE_COUNT; i++)
		if (ui->panes[i]) {
			if (ui->panes[i]->win)
				delwin(ui->panes[i]->win);
			ui->panes[i]->ops->destroy(ui->panes[i]);
		}
	delete_bars(ui);
	delscreen(ui->screen);
	if (ui->input)
		fclose(ui->input);
	search_free(&ui->prompt.old.matches);
	watchdog_stop();
	terminal_catch_signals(NULL);
}

/* Reads a key; 0 when none came before a job beside the keys finished
 * (or moved on), a signal was caught, or a running search is to show
 * how long it has run. */
static int
wait_key(struct ui *ui)
{
	int step = ui->report ? report_whole_step(ui->report) : 0, key;
	long shown = jobs_search_ms(ui) / SEARCH_TICK_MS;

	do {
		wtimeout(stdscr, jobs_timeout(ui));
		key = read_key();
	} while (key == 0 && !caught_signal && !jobs_ready(ui, step) &&
		 jobs_search_ms(ui) / SEARCH_TICK_MS == shown);
	return key;
}

/* A key while the whole report loads: one that acts on the part not
 * there yet waits for it.  False when the key is used up. */
static bool
key_with_whole(struct ui *ui, int key)
{
	if (ui->library_shown || !ui->report || report_whole_state(ui->report) == REPORT_IDLE ||
	    !jobs_needs_whole(ui, key))
		return true;
	ui->loading = _("waiting for the whole report");
	redraw(ui);
	jobs_whole_finish(ui, true);
	if (ui->quit)
		return false;
	ui_start_search(ui, ui->options->search);
	/* R: the file was just read */
	return keys_action(key) != ACTION_RELOAD || ui->prompt.open || ui->ask.kind != ASK_NONE ||
	       ui->pending;
}

/* The loop: redraw, do the work beside the keys, read a key, act. */
static void
loop(struct ui *ui)
{
	bool loading = ui->doc && ui->doc->partial;

	while (!ui->quit) {
		int key;

		if (caught_signal) {
			if (caught_signal != SIGINT ||
			    (!ui->prompt.open && ui->ask.kind == ASK_NONE && !ui->view.prompt_open))
				break;
			caught_signal = 0;
			if (ui->prompt.open)
				ui_prompt_close(ui, false);
			ui->ask.kind = ASK_NONE;
			ui->view.prompt_open = false;
		}
		ui->loading = jobs_loading_step(ui);
		redraw(ui);
		if (jobs_step(ui, &loading))
			continue;
		key = wait_key(ui);
		if (key == 0)
			continue;
		if (key == FKEY(KEY_RESIZE))
			ui_layout(ui);
		else if (key_with_whole(ui, key))
			ui_handle_key(ui, key);
		else if (ui->quit)
			break;
	}
}

/* Keeps where each report of the library was left (the one open is
 * ui->remember; the others wait in the view); the first warning in
 * WARNING. */
static void
remember_library(struct ui *ui, char *warning, size_t size)
{
	struct library *l = ui->library;
	char other[MESSAGE_MAX];

	if (ui->report)
		ui->view.remember[ui->entry] = ui->remember;
	ui->remember = NULL;
	for (size_t i = 0; i < l->count; i++) {
		if (!ui->view.remember[i])
			continue;
		ui->report = l->entries[i].report;
		ui->browse = l->entries[i].browse;
		ui->remember = ui->view.remember[i];
		ui->view.remember[i] = NULL;
		remember_close(ui, other, sizeof other);
		if (other[0] && !warning[0])
			snprintf(warning, size, "%s", other);
	}
}

/* Runs the loop on UI, whose report (or library) is set: the terminal
 * opened and restored, the panes made and freed.  The report's browse
 * state is made here for one report.  Returns ui_run's status. */
static int
run(struct ui *ui)
{
	int status = 0;
	char warning[MESSAGE_MAX] = "";

	ui->outline_share = 33;
	ui->link_shown = SIZE_MAX;
	ui->focus = PANE_OUTLINE;
	ui->last_action = ACTION_NONE;
	/* a border two columns wide would not fit the layout: ASCII */
	glyphs_init(&ui->glyphs, ui->options->ascii || layout_ambiguous_wide());
	if (!ui->library) {
		/* the figures of a report that loads in parts come with the whole */
		ui->figures_pending = !ui->doc->partial;
		ui->browse = browse_new(ui->doc, ui->outline, ui->figures);
		if (!ui->browse) {
			message_error(_("out of memory"));
			return 2;
		}
		browse_set_search_flags(ui->browse, ui->options->search_flags);
		if (ui->options->line_numbers)
			browse_toggle_line_numbers(ui->browse);
		browse_clear_message(ui->browse);
	}
	if (!terminal_open(ui)) {
		browse_free(ui->library ? NULL : ui->browse);
		return 2;
	}
	ui->panes[PANE_OUTLINE] = outline_pane_new(ui);
	ui->panes[PANE_DETAIL] = detail_pane_new(ui);
	ui->panes[PANE_FIGURES] = figures_pane_new(ui);
	if (!ui->panes[PANE_OUTLINE] || !ui->panes[PANE_DETAIL] || !ui->panes[PANE_FIGURES]) {
		status = 2;
	} else if (ui->library) {
		ui_layout(ui);
		loop(ui);
	} else {
		ui->browse->shows = text_shows;
		ui->browse->context = ui;
		ui_layout(ui);
		browse_goto(ui->browse, 0, false);
		recall_open(ui);
		remember_open(ui);
		if (!ui->doc->partial)
			ui_start_search(ui, ui->options->search);
		loop(ui);
	}
	/* A quit waits for the jobs (the loader cannot be stopped half-way);
	 * a signal does not: the process dies of it once the terminal is
	 * restored, before anything the jobs read is freed.  The reading
	 * position is kept either way (a closed ssh session is a SIGHUP): the
	 * jobs only read what it is taken from. */
	if (!caught_signal)
		jobs_join(ui);
	if (ui->library)
		remember_library(ui, warning, sizeof warning);
	else
		remember_close(ui, warning, sizeof warning);
	recall_close(ui);
	terminal_close(ui);
	if (warning[0])
		message_error("%s", warning);
	if (caught_signal) {
		raise(caught_signal);
		jobs_join(ui);
		if (!ui->library)
			browse_free(ui->browse);
		return 128 + caught_signal;
	}
	if (!ui->library)
		browse_free(ui->browse);
	if (ui->failure) {
		message_error("%s", ui->failure);
		status = 2;
	} else if (status == 2)
		message_error(_("out of memory"));
	return status;
}

int
ui_run(struct report *report, const struct ui_options *options)
{
	struct ui ui;

	memset(&ui, 0, sizeof ui);
	ui.report = report;
	ui.doc = report_doc(report);
	ui.outline = report_outline(report);
	ui.figures = report_figures(report);
	ui.options = options;
	return run(&ui);
}

int
ui_run_library(char *const *files, size_t count, const struct report_options *base,
	       const struct ui_options *options)
{
	struct ui ui;
	int status;

	memset(&ui, 0, sizeof ui);
	ui.options = options;
	ui.library = library_new(files, count, base, 0);
	ui.view.remember = calloc(count ? count : 1, sizeof *ui.view.remember);
	if (!ui.library || !ui.view.remember) {
		library_free(ui.library);
		free(ui.view.remember);
		message_error("out of memory");
		return 2;
	}
	ui.library_shown = true;
	ui.entry = SIZE_MAX;
	ui.view.flags = options->search_flags;
	status = run(&ui);
	library_free(ui.library);
	free(ui.view.remember);
	return status;
}
