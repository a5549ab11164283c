/* SPDX-License-Identifier: GPL-3.0-or-later */
/* report.h - an open report: its file read, decoded, cleaned and
 * reflowed into a document, with the outline, the figures and the matches
 * of a search found beside it.  The one interface between the model and
 * what shows it (the batch printers, the browser).
 *
 * A large file can open with its first part only (doc->partial), the
 * whole being loaded beside the caller; the figures can be found beside
 * the caller too.  Every piece of state is in the struct report, so any
 * number of reports can be open at once. */
#ifndef BAOGAO_REPORT_H
#define BAOGAO_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "clean.h"
#include "doc.h"
#include "figures.h"
#include "job.h"
#include "outline.h"
#include "search.h"
#include "status.h"

struct report_options {
	const char *path;                   /* the file; "-" for standard input */
	const char *encoding;               /* NULL: detect */
	const struct noise_rules *rules;    /* NULL: keep everything */
	bool reflow;                        /* join hard-wrapped lines */
	size_t max_size;                    /* refuse larger files; 0: the default */
	const struct unit_table *units;     /* for the figures; NULL: no figures */
	unsigned kinds;                     /* the figure kinds wanted */
	/* Open a large regular file with its first part only; report_whole_*
	 * then loads the rest. */
	bool in_parts;
	/* Extract the figures while opening (else report_figures_start). */
	bool figures;
	/* Find this search's matches while the outline is built; NULL: none.
	 * It must outlive the report. */
	const struct search_query *query;
	const char *format;                 /* a reader's name; NULL: by content */
	/* Only the matches of QUERY are wanted (--search): a file that
	 * cannot hold one (search_may_match) opens without a document (NULL)
	 * and with no matches: a UTF-8 text file after a look at its bytes,
	 * without reading it into memory; any other after its reader, before
	 * lines, paragraphs and outline. */
	bool matches_only;
	/* No sections are wanted (a count of one term's matches): the
	 * outline is left empty, every match in the root, and the
	 * metadata (title, issuer, date) unfound. */
	bool without_outline;
};

/* A search_find run in a second thread: the one way to look for a
 * search's matches while the outline is being built. */
struct report_find {
	struct job job;
	const struct search_query *query;
	const struct doc *doc;
	struct search_found *found;
	enum bg_status status;
};

/* Starts finding QUERY's matches in DOC; both stay unchanged until
 * report_find_finish. */
void report_find_start(struct report_find *find, const struct search_query *query,
		       const struct doc *doc);

/* Waits for FIND; returns its status, and on BG_OK puts what it found in
 * *FOUND (the caller frees it with search_found_free). */
enum bg_status report_find_finish(struct report_find *find, struct search_found **found);

struct report;

/* Opens the report OPTIONS describes (OPTIONS and what it points to must
 * outlive it).  On success *OUT is a new report the caller frees with
 * report_free; else returns the error, with its detail in ERR. */
enum bg_status report_open(const struct report_options *options, struct report **out,
			   struct bg_error *err);

/* Waits for the report's background work, then frees it (NULL: nothing). */
void report_free(struct report *report);

/* The document, its outline and its figures (empty until they are found);
 * owned by REPORT, and valid until the next reload.  The document and the
 * outline are NULL when OPTIONS->matches_only left the file unloaded. */
const struct doc *report_doc(const struct report *report);
const struct outline *report_outline(const struct report *report);
const struct figure_list *report_figures(const struct report *report);

/* The figures of REPORT (opened without OPTIONS->figures) as
 * figures_extract_each gives them to EACH, a stretch of its text at a
 * time, so that they are never all in memory at once: for a printer that
 * writes them as they come. */
enum bg_status report_figures_each(const struct report *report, figures_each_fn *each,
				   void *arg);

/* The file's name as given (the bundled sample's path when none was). */
const char *report_path(const struct report *report);

/* Whether the report can be read again (not from standard input). */
bool report_can_reload(const struct report *report);

/* Whether the report was opened with its first part only (it stays true
 * once the whole is taken over). */
bool report_in_parts(const struct report *report);

/* The matches of OPTIONS->query, found when the report was opened, in
 * *OUT (the caller frees it with search_free).  Returns the status of the
 * search. */
enum bg_status report_matches(struct report *report, struct match_list *out);

/* The offsets of those matches, ascending, for a count of them by section
 * without a list of them (search_found_offsets): false when they cannot
 * be given so (a search of several terms, one that failed, no memory);
 * report_matches then says why or lists them. */
bool report_match_offsets(struct report *report, size_t **offsets, size_t *count);

/* The document whose loader warnings are to be said last: the whole
 * report when it was loaded but not yet taken over, else the current one. */
const struct doc *report_last_doc(const struct report *report);

/* Where a job of the report stands. */
enum report_job { REPORT_IDLE, REPORT_RUNNING, REPORT_DONE };

/* Starts finding the figures of the current document beside the caller
 * (the report must not be reloaded until report_figures_finish). */
void report_figures_start(struct report *report);
enum report_job report_figures_state(const struct report *report);

/* Takes the figures over when they are found (WAIT: waits for them).
 * True when it did; *STATUS then says whether they could be found. */
bool report_figures_finish(struct report *report, bool wait, enum bg_status *status);

/* Starts loading the whole of a report opened with its first part only. */
void report_whole_start(struct report *report);
enum report_job report_whole_state(const struct report *report);

/* How far the whole load is: 0 reading the text, 1 building its outline. */
int report_whole_step(const struct report *report);

/* When the whole load is over (WAIT: waits for it), returns true with its
 * status in ERR; on BG_OK report_reload then takes the whole report over. */
bool report_whole_finish(struct report *report, bool wait, struct bg_error *err);

/* Reads the report's file again, or takes the whole report over once it is
 * loaded (then *WHOLE, when WHOLE is not NULL, is true).  The figures are
 * dropped: report_figures_start finds them again.  On an error the old
 * document stays, and ERR says why. */
enum bg_status report_reload(struct report *report, bool *whole, struct bg_error *err);

#endif
