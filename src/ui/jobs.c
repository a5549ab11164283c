/* jobs.c - work beside the keys, on job.h: the figures, the whole of a
 * large report after its first part, and the count of a search typed. */
#include <config.h>

#include <stdio.h>
#include <string.h>

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
		browse_message(ui->browse, true, "no figures: out of memory");
	browse_figures_changed(ui->browse);
	return true;
}

/* What the outline pane says while the whole report loads, or NULL. */
const char *
jobs_loading_step(const struct ui *ui)
{
	if (!ui->doc->partial)
		return NULL;
	return report_whole_step(ui->report) == 0 ? "loading the rest of the report"
						  : "outlining the whole report";
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

static void
count_matches(void *arg)
{
	struct count_job *count = arg;

	count->status = search_run(count->query, count->doc, count->outline, &count->result);
}

/* Starts counting the terms searched for beside the keys (no count may be running).
 * False, and no count, when they do not compile. */
bool
jobs_count_begin(struct ui *ui)
{
	struct count_job *count = &ui->count;
	struct search_query *query = NULL;
	struct bg_error err;

	if (search_compile(ui->browse->search.terms, ui->browse->search.regex, &query, &err) != BG_OK) {
		/* they compiled for the first matches: out of memory */
		browse_message(ui->browse, true, "%s", bg_status_message(err.status));
		browse_set_counting(ui->browse, false);
		return false;
	}
	count->query = query;
	count->doc = ui->doc;
	count->outline = ui->outline;
	snprintf(count->terms, sizeof count->terms, "%s", ui->browse->search.terms);
	count->regex = ui->browse->search.regex;
	count->result = (struct match_list){ NULL, 0 };
	count->status = BG_ERR_NOMEM;
	job_start(&count->job, count_matches, count);
	return true;
}

/* Takes the count over when it is done (or, with WAIT, waits for it):
 * the matches of the whole report, the current one kept.  A count of
 * terms no longer searched for is dropped (the key loop then counts the
 * current ones).  Returns true when the key loop has work to do. */
bool
jobs_count_finish(struct ui *ui, bool wait)
{
	struct count_job *count = &ui->count;

	if (!job_finished(&count->job, wait))
		return false;
	search_query_free(count->query);
	count->query = NULL;
	if (!ui->browse->counting || strcmp(count->terms, ui->browse->search.terms) != 0 ||
	    count->regex != ui->browse->search.regex || count->doc != ui->doc) {
		search_free(&count->result);
		return ui->browse->counting;   /* the key loop counts them */
	}
	if (count->status != BG_OK) {
		browse_set_counting(ui->browse, false);
		search_free(&count->result);
		browse_message(ui->browse, true, "%s", bg_status_message(count->status));
		return true;
	}
	browse_counted(ui->browse, &count->result, ui->prompt.open ? ui->prompt.origin : SIZE_MAX);
	return true;
}

/* Waits for the count of the terms searched for, when it is not there. */
void
jobs_count_settle(struct ui *ui)
{
	while (ui->browse->counting) {
		if (!job_running(&ui->count.job) && !jobs_count_begin(ui))
			break;
		jobs_count_finish(ui, true);
	}
}

/* Waits for the jobs beside the keys, which read the document; a load
 * that failed is the browser's failure. */
void
jobs_join(struct ui *ui)
{
	struct bg_error err;

	if (report_whole_finish(ui->report, true, &err) && err.status != BG_OK)
		fail_whole(ui, &err);
	jobs_figures_finish(ui, true);
	browse_set_counting(ui->browse, false);
	jobs_count_finish(ui, true);
}

/* True when KEY, pressed while the whole report loads, would act on the
 * part of it that is not there yet: the jumps, the search, the figures,
 * and moving forward near the end of the part that is. */
bool
jobs_needs_whole(const struct ui *ui, int key)
{
	if (ui->prompt.open || ui->pending || ui->help_shown)
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
		return ui->browse->anchor > ui->doc->text_length / 2;
	default:
		return true;
	}
}

bool
jobs_step(struct ui *ui, bool *loading)
{
	if (*loading) {
		/* The first screen is up: the rest of the report is loaded
		 * beside the keys. */
		*loading = false;
		report_whole_start(ui->report);
	}
	if (ui->browse->counting && !job_running(&ui->count.job))
		/* The match near the reading position is on the screen: now
		 * the whole report. */
		jobs_count_begin(ui);
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
	return jobs_figures_finish(ui, false) || jobs_count_finish(ui, false);
}

int
jobs_timeout(const struct ui *ui)
{
	if (job_running(&ui->count.job))
		return 5;
	return report_figures_state(ui->report) == REPORT_RUNNING ||
	       report_whole_state(ui->report) == REPORT_RUNNING ? 50 : 1000;
}

bool
jobs_ready(const struct ui *ui, int step)
{
	enum report_job whole = report_whole_state(ui->report);

	return report_figures_state(ui->report) == REPORT_DONE ||
	       (job_running(&ui->count.job) && atomic_load(&ui->count.job.done)) ||
	       whole == REPORT_DONE ||
	       (whole == REPORT_RUNNING && report_whole_step(ui->report) != step);
}
