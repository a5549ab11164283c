/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ui.h - the full-screen ncursesw browser.  The only part of baogao that
 * includes curses. */
#ifndef BAOGAO_UI_H
#define BAOGAO_UI_H

#include <stdbool.h>
#include <stddef.h>

#include "report.h"

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

#endif
