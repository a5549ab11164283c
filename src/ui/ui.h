/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui.h - the full-screen ncursesw browser.  The only part of baogao that
 * includes curses. */
#ifndef BAOGAO_UI_H
#define BAOGAO_UI_H

#include <stdbool.h>
#include <stddef.h>

#include "report.h"

/* How the terminal draws East Asian Ambiguous characters (“ ” · — …):
 * --ambiguous=narrow, wide or auto. */
enum ui_ambiguous { UI_AMBIGUOUS_NARROW, UI_AMBIGUOUS_WIDE, UI_AMBIGUOUS_AUTO };

/* Sets the width of ambiguous characters for the layout and for ncurses
 * (layout_set_ambiguous_wide) as CHOICE says; for UI_AMBIGUOUS_AUTO asks
 * the terminal (/dev/tty) first, at most 0.1 s, narrow when it does not
 * answer.  Call before initscr and before any text is measured.  Returns
 * whether they are wide. */
bool ui_ambiguous_setup(enum ui_ambiguous choice);

/* Writes PROBE at the start of the line on the terminal FD (in raw mode
 * for the time), asks for the cursor position (ESC [ 6 n) and returns the
 * column it reports, 1 for the first, or 0 when no report came within
 * TIMEOUT_MS milliseconds.  The probe is erased and the terminal's modes
 * restored. */
int ambiguous_probe_column(int fd, const char *probe, int timeout_ms);

struct ui_options {
	bool ascii;              /* borders and markers without Unicode */
	const char *search;      /* initial search terms, or NULL */
	unsigned search_flags;   /* enum search_flags */
	int width;               /* the text's columns at most; 0: the pane's */
	bool line_numbers;       /* source line numbers beside the text */
	bool history;            /* the place a file was left, kept between runs */
};

/* Runs the browser on REPORT until the user quits.  The browser finds the
 * figures beside the keys, and loads the whole of a report opened in
 * parts.  The terminal is restored on every way out.  Returns 0, or 2
 * when the terminal could not be used or the whole report could not be
 * loaded (with a message on stderr). */
int ui_run(struct report *report, const struct ui_options *options);

/* Runs the browser on a library of FILES (COUNT of them), each opened
 * with BASE (its path set per file): the library view first, the reports
 * loaded beside the keys, then any of them in the panes.  Returns as
 * ui_run does. */
int ui_run_library(char *const *files, size_t count, const struct report_options *base,
		   const struct ui_options *options);

struct compare_side;
struct comparison;

/* Shows COMPARISON of OLD (read from OLD_FILE) with NEW side by side until
 * the user quits: the outline of the comparison over two text panes that
 * scroll together by aligned section (compare_view.c).  OPTIONS->ascii and
 * ->width are used.  The terminal is restored on every way out.  Returns 0, or 2 when
 * the terminal could not be used (with a message on stderr). */
int ui_compare(const struct compare_side *old, const char *old_file, const struct compare_side *new,
	       const char *new_file, const struct comparison *comparison,
	       const struct ui_options *options);

#endif
