/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jobs.c - work beside the keys, on job.h: the figures, the whole of a
 * large report after its first part, and the searches. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "i18n.h"
#include "ui/pane.h"

/* Takes the figures over when they are found (or, with WAIT, waits for
 * them).  Returns true when it took them over, so the screen is redrawn. */
bool
jobs_figures_finish(struct ui *ui, bool wait)
{
	enum bg_status st;

	if (!report_figures_finish(ui->report, wait, &st))
		return false;
	if (st != BG_OK)
		browse_message(ui->browse, true, _("no figures: out of memory"));
	browse_figures_changed(ui->browse);
	if (ui->library)
		library_row_update(ui->library, ui->entry);
	return true;
}

/* What the outline pane says while the whole report loads, or NULL. */
const char *
jobs_loading_step(const struct ui *ui)
{
	if (!ui->doc || !ui->doc->partial)
		return NULL;
	return report_whole_step(ui->report) == 0 ? _("loading the rest of the report")
						  : _("outlining the whole report");
}

/* Puts "NAME: what went wrong: detail" in ui->failure_text, for the
 * message ui_run ends with. */
static void
fail_whole(struct ui *ui, const struct bg_error *err)
{
	snprintf(ui->failure_text, sizeof ui->failure_text, "%s: %s%s%s",
		 report_path(ui->report), bg_status_message(err->status), err->detail[0] ? ": " : "",
		 err->detail);
	ui->failure = ui->failure_text;
}

/* Takes the whole report over when it is loaded (or, with WAIT, waits for
 * it).  Returns true when it did, so the screen is redrawn.  A report that
 * cannot be loaded after all ends the browser. */
bool
jobs_whole_finish(struct ui *ui, bool wait)
{
	struct bg_error err;

	if (!report_whole_finish(ui->report, wait, &err))
		return false;
	if (err.status != BG_OK) {
		ui->quit = true;
		fail_whole(ui, &err);
		return true;
	}
	ui_reload(ui);
	return true;
}

/* The search running (or last run) beside the keys, and the one given up
 * before it. */
static struct search_job *
current(struct ui *ui)
{
	return &ui->searches[ui->search_slot];
}

static const struct search_job *
current_const(const struct ui *ui)
{
	return &ui->searches[ui->search_slot];
}

static struct search_job *
given_up(struct ui *ui)
{
	return &ui->searches[ui->search_slot ^ 1];
}

/* Takes over the search given up once its thread has ended (with WAIT:
 * waits for it), dropping what it found. */
static void
reap(struct ui *ui, bool wait)
{
	struct search_job *search = given_up(ui);

	if (!job_finished(&search->job, wait))
		return;
	search_query_free(search->query);
	search->query = NULL;
	search_free(&search->result);
}

/* A search that ends within this time is shown as if it had run here:
 * the screen is not drawn in between. */
enum { SEARCH_QUICK_MS = 30 };

static void
search_work(void *arg)
{
	struct search_job *search = arg;
	struct search_found *found = NULL;

	search->status = search_find_range(search->query, search->doc, search->start, search->end,
					   &found);
	if (search->status == BG_OK)
		search->status = search_assign(search->query, found, search->doc, search->outline,
					       &search->result);
	search_found_free(found);
}

static long
ms_since(const struct timespec *start)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(now.tv_sec - start->tv_sec) * 1000 + (now.tv_nsec - start->tv_nsec) / 1000000;
}

/* Takes the search over when it is done (or, with WAIT, waits for it).
 * A search of terms no longer searched for is dropped (the key loop then
 * counts the current ones), and so is one cancelled.  Returns true when
 * the key loop has work to do. */
static bool
search_finish(struct ui *ui, bool wait)
{
	struct search_job *search = current(ui);
	struct browse *b = ui->browse;
	size_t start, end;
	bool whole;

	if (!job_finished(&search->job, wait))
		return false;
	whole = search->start == search->whole_start && search->end == search->whole_end;
	search_query_free(search->query);
	search->query = NULL;
	browse_search_range(b, &start, &end);
	if (!b->counting || strcmp(search->terms, b->search.terms) != 0 ||
	    search->flags != b->search.flags || search->doc != ui->doc ||
	    search->whole_start != start || search->whole_end != end ||
	    search->status == BG_ERR_CANCELLED) {
		search_free(&search->result);
		return b->counting;   /* the key loop counts them */
	}
	if (search->status != BG_OK) {
		browse_search_failed(b, &(struct bg_error){ search->status, "" });
		search_free(&search->result);
		return true;
	}
	if (search->result.count == 0 && search->announce && !b->message[0])
		browse_message(b, true, _("not found: %s"), search->terms);
	if (whole && !search->show) {
		browse_found(b, &search->result, true);
	} else if (whole) {
		browse_counted(b, &search->result, ui->prompt.open ? ui->prompt.origin : search->origin);
	} else {
		/* the sections near where it was typed: the whole report next */
		browse_found(b, &search->result, false);
		browse_show_near(b, search->origin);
	}
	return true;
}

/* Starts QUERY (taken over) on [START, END) of the report, the terms
 * being those of the browser; a quick search is taken over at once.
 * Returns true when it was: the screen is to be drawn again. */
static bool
search_launch(struct ui *ui, struct search_query *query, size_t start, size_t end, size_t origin,
	      bool show, bool announce)
{
	struct search_job *search = current(ui);

	search->query = query;
	search->doc = ui->doc;
	search->outline = ui->outline;
	search->start = start;
	search->end = end;
	browse_search_range(ui->browse, &search->whole_start, &search->whole_end);
	search->origin = origin;
	search->show = show;
	search->announce = announce;
	snprintf(search->terms, sizeof search->terms, "%s", ui->browse->search.terms);
	search->flags = ui->browse->search.flags;
	search->result = (struct match_list){ NULL, 0 };
	search->status = BG_ERR_NOMEM;
	atomic_store(&search->cancel, false);
	search_set_cancel(query, &search->cancel);
	clock_gettime(CLOCK_MONOTONIC, &search->started);
	job_start(&search->job, search_work, search);
	job_wait(&search->job, SEARCH_QUICK_MS);
	return search_finish(ui, false);
}

/* Compiles the terms searched for; NULL, with a message, when they do
 * not. */
static struct search_query *
compile(struct ui *ui, const char *terms)
{
	struct search_query *query = NULL;
	struct bg_error err = { BG_OK, "" };

	if (search_compile_with(terms, ui->browse->search.flags, &query, &err) != BG_OK) {
		browse_search_failed(ui->browse, &err);
		return NULL;
	}
	return query;
}

/* A plain search typed: the screen's neighbourhood searched here and now
 * (a few microseconds) with QUERY (still the caller's).  True when a match
 * at or after ORIGIN is there, and is shown: the whole report is counted
 * next.  Else the near range is searched beside the keys. */
static bool
search_screen(struct ui *ui, const struct search_query *query, size_t origin)
{
	struct browse *b = ui->browse;
	struct search_found *found = NULL;
	struct match_list result = { NULL, 0 };
	size_t start, end, whole_start, whole_end;
	bool shown = false;

	if (b->search.flags & (SEARCH_REGEX | SEARCH_PINYIN))
		return false;   /* costs that a screenful does not bound */
	browse_search_range(b, &whole_start, &whole_end);
	browse_screen_range(b, origin, &start, &end);
	if (start < whole_start || end > whole_end)
		return false;   /* a search kept in a section: its own range */
	if (search_find_range(query, ui->doc, start, end, &found) == BG_OK &&
	    search_assign(query, found, ui->doc, ui->outline, &result) == BG_OK &&
	    search_match_after(&result, origin) < result.count) {
		browse_found(b, &result, false);
		browse_show_near(b, origin);
		shown = true;
	}
	search_found_free(found);
	search_free(&result);
	return shown;
}

bool
jobs_search_begin(struct ui *ui, const char *terms, bool near, size_t origin)
{
	struct search_query *query;
	size_t start, end, near_start, near_end;

	jobs_search_cancel(ui);
	query = compile(ui, terms);
	if (!query)
		return false;
	browse_search_begin(ui->browse, terms);
	if (near && origin != SIZE_MAX && search_screen(ui, query, origin)) {
		search_query_free(query);
		return true;
	}
	/* the whole report, or the section the search is kept in */
	browse_search_range(ui->browse, &start, &end);
	if (near) {
		browse_near_range(ui->browse, origin, &near_start, &near_end);
		if (near_start < end && near_end > start) {
			start = near_start > start ? near_start : start;
			end = near_end < end ? near_end : end;
		}
	}
	search_launch(ui, query, start, end, origin, origin != SIZE_MAX, !near && origin != SIZE_MAX);
	return true;
}

/* Starts counting the matches of the terms searched for in the whole
 * report (no search may be running).  Returns true when the count, or
 * the message that it could not start, is already there to be drawn. */
static bool
count_begin(struct ui *ui)
{
	struct search_query *query = compile(ui, ui->browse->search.terms);
	size_t start, end;

	if (!query)
		return true;
	browse_search_range(ui->browse, &start, &end);
	return search_launch(ui, query, start, end, SIZE_MAX, true, false);
}

bool
jobs_search_cancel(struct ui *ui)
{
	struct search_job *search = current(ui);

	if (!job_running(&search->job))
		return false;
	atomic_store(&search->cancel, true);
	/* one search given up at a time: the one before has had the
	 * length of a search to notice */
	reap(ui, true);
	ui->search_slot ^= 1;
	ui->after_search = 0;
	return true;
}

bool
jobs_search_stop(struct ui *ui)
{
	bool stopped = jobs_search_cancel(ui);

	reap(ui, true);
	return stopped;
}

bool
jobs_searching(const struct ui *ui)
{
	return job_running(&current_const(ui)->job);
}

long
jobs_search_ms(const struct ui *ui)
{
	return jobs_searching(ui) ? ms_since(&current_const(ui)->started) : 0;
}

/* Waits for the jobs beside the keys, which read the document; a load
 * that failed is the browser's failure. */
void
jobs_join(struct ui *ui)
{
	struct bg_error err;

	if (!ui->report)
		return;
	if (report_whole_finish(ui->report, true, &err) && err.status != BG_OK)
		fail_whole(ui, &err);
	jobs_search_stop(ui);
	jobs_figures_finish(ui, true);
	browse_set_counting(ui->browse, false);
}

/* True when KEY, pressed while the whole report loads, would act on the
 * part of it that is not there yet: the jumps, the search, the figures,
 * and moving forward near the end of the part that is. */
bool
jobs_needs_whole(const struct ui *ui, int key)
{
	if (ui->prompt.open || ui->ask.kind != ASK_NONE || ui->pending || ui->help_shown)
		return false;
	switch (keys_action(key)) {
	case ACTION_TOP:
	case ACTION_EXPAND:
		/* 12g, 12 Enter go to a line or a section that may be past
		 * the part loaded */
		return ui->browse->count_given;
	case ACTION_DIGIT: case ACTION_LINE_NUMBERS:
	case ACTION_UP: case ACTION_PAGE_UP: case ACTION_HALF_UP:
	case ACTION_PREV_HEADING: case ACTION_PREV_SIBLING: case ACTION_PARENT:
	case ACTION_JUMP_BACK: case ACTION_HISTORY_BACK: case ACTION_HISTORY_FORWARD:
	case ACTION_COLLAPSE: case ACTION_CYCLE: case ACTION_LEVELS:
	case ACTION_NARROWER: case ACTION_WIDER: case ACTION_FOCUS: case ACTION_HELP:
	case ACTION_REDRAW: case ACTION_QUIT: case ACTION_MOUSE: case ACTION_NONE:
	case ACTION_LIBRARY: case ACTION_SORT:
		return false;
	case ACTION_DOWN: case ACTION_PAGE_DOWN: case ACTION_HALF_DOWN: case ACTION_NEXT_HEADING:
		return ui->browse->anchor > ui->doc->text_length / 2;
	default:
		return true;
	}
}

bool
jobs_step(struct ui *ui, bool *loading)
{
	/* The library's reports load beside the keys, a few at a time: the
	 * list fills in as they come. */
	if (ui->library && library_step(ui->library, false) > 0)
		return true;
	if (!ui->report)
		return false;
	reap(ui, false);
	if (*loading) {
		/* The first screen is up: the rest of the report is loaded
		 * beside the keys. */
		*loading = false;
		report_whole_start(ui->report);
	}
	/* The match near the reading position is on the screen: now the
	 * whole report.  A count that is quick is there at once, and a
	 * key may not come to draw it. */
	if (ui->browse->counting && !jobs_searching(ui) && count_begin(ui))
		return true;
	if (ui->figures_pending) {
		/* The figures are found beside the keys, and coloured in when
		 * they are there. */
		ui->figures_pending = false;
		report_figures_start(ui->report);
	}
	if (jobs_whole_finish(ui, false)) {
		if (!ui->quit)
			ui_start_search(ui, ui->options->search);
		return true;
	}
	if (search_finish(ui, false))
		return true;
	if (ui->after_search && !ui->browse->counting && !jobs_searching(ui)) {
		int key = ui->after_search;

		ui->after_search = 0;
		ui_handle_key(ui, key);
		return true;
	}
	return jobs_figures_finish(ui, false);
}

int
jobs_timeout(const struct ui *ui)
{
	if (jobs_searching(ui))
		return 5;
	if (ui->library && library_loading(ui->library))
		return 20;
	if (!ui->report)
		return 1000;
	return report_figures_state(ui->report) == REPORT_RUNNING ||
	       report_whole_state(ui->report) == REPORT_RUNNING ? 50 : 1000;
}

bool
jobs_ready(const struct ui *ui, int step)
{
	enum report_job whole;

	if (ui->library && library_ready(ui->library))
		return true;
	if (!ui->report)
		return false;
	whole = report_whole_state(ui->report);
	return report_figures_state(ui->report) == REPORT_DONE ||
	       (jobs_searching(ui) && atomic_load(&current_const(ui)->job.done)) ||
	       whole == REPORT_DONE ||
	       (whole == REPORT_RUNNING && report_whole_step(ui->report) != step);
}
