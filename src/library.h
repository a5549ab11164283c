/* SPDX-License-Identifier: GPL-3.0-or-later */
/* library.h - several reports in the browser, without a terminal: the
 * reports loaded beside the caller (each file's row as --list gives it,
 * or why it could not be read), their order (by file, date, issuer or
 * title), the next and the previous report, each report's own browse
 * state, and a search across them all, grouped by report and section.
 *
 * The library view draws this and turns keys into its operations; the
 * unit tests drive the same operations. */
#ifndef BAOGAO_LIBRARY_H
#define BAOGAO_LIBRARY_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include "browse.h"
#include "job.h"
#include "list_row.h"
#include "outline.h"
#include "report.h"
#include "search.h"
#include "status.h"

enum library_state { LIBRARY_WAITING, LIBRARY_LOADED, LIBRARY_FAILED };

/* One file of the library.  A worker fills ROW, ERROR and REPORT, then
 * sets READY; library_step then takes them over and sets STATE. */
struct library_entry {
	char *file;
	enum library_state state;
	struct report_options options;  /* the library's, with this file: the report's */
	struct list_row row;            /* once loaded */
	char error[320];                /* once failed: "what went wrong: detail" */
	struct report *report;          /* once loaded */
	struct browse *browse;          /* once opened (library_browse) */
	atomic_bool ready;
};

/* The orders, in the order s cycles through them. */
enum library_sort {
	LIBRARY_BY_FILE,        /* as named, a directory's files in byte order */
	LIBRARY_BY_DATE,        /* newest first; undated last */
	LIBRARY_BY_ISSUER,      /* by issuer (Unicode order), then newest first */
	LIBRARY_BY_TITLE,       /* by title (Unicode order; the file's name when none) */
	LIBRARY_SORTS
};

/* A row of a search across the reports: a report and its number of
 * matches, then each section that holds some (NODE; NULL for the text
 * before the first heading) with its own number.  FIRST is the index in
 * the report's matches of the row's first match. */
struct library_hit {
	size_t entry;
	bool report;                    /* a report's row (else a section's) */
	const struct outline_node *node;
	size_t count, first;
};

/* The matches of a search in one report. */
struct library_found {
	size_t entry;
	struct match_list matches;
};

struct library {
	struct library_entry *entries;
	size_t count;
	size_t *order;                  /* row I shows entries[order[I]] */
	enum library_sort sort;
	size_t loaded, failed;          /* entries done so far */

	/* The workers load the entries in order, each taking the next one
	 * (NEXT) as it is done with the last, until none is left or STOP. */
	struct job *workers;
	size_t worker_count;
	bool started;
	atomic_size_t next;
	atomic_bool stop;
	size_t first_pending;           /* the entries before it are taken over */

	/* the last search across the reports (none: SEARCHED false) */
	bool searched;
	char terms[256];
	unsigned search_flags;
	size_t searched_count;          /* the reports it looked in */
	struct library_found *found;    /* the reports that match, in the rows' order */
	size_t found_count;
	struct library_hit *hits;
	size_t hit_count;
};

/* A library of FILES (COUNT of them, copied), each to be opened with BASE
 * (its path set per file; BASE and what it points to must outlive the
 * library), loaded WORKERS at a time (0: as many as there are
 * processors).  NULL when out of memory.  Nothing is loaded yet. */
struct library *library_new(char *const *files, size_t count, const struct report_options *base,
			    size_t workers);

/* Waits for the loads, then frees LIBRARY and its reports (NULL: nothing). */
void library_free(struct library *library);

/* Starts the workers the first time; takes the reports they have loaded
 * over (WAIT: waits for every report to be loaded).  Returns how many
 * reports were taken over (loaded or failed); the order is kept.  The
 * loading goes on between calls, at its own pace. */
size_t library_step(struct library *library, bool wait);

/* Whether reports are still to be taken over, and whether one has been
 * loaded and waits to be taken over by library_step. */
bool library_loading(const struct library *library);
bool library_ready(const struct library *library);

/* Orders the rows by SORT (reports not loaded yet after the rest, in
 * file order). */
void library_sort(struct library *library, enum library_sort sort);

/* A word for SORT: "file", "date", "issuer", "title". */
const char *library_sort_name(enum library_sort sort);

/* The row showing ENTRY. */
size_t library_row_of(const struct library *library, size_t entry);

/* The loaded report after (NEXT) or before ENTRY in the rows' order,
 * or SIZE_MAX when there is none. */
size_t library_neighbour(const struct library *library, size_t entry, bool next);

/* ENTRY's browse state, made the first time it is asked for and kept
 * until the library is freed: each report keeps its own reading position,
 * marks and search.  NULL when ENTRY is not loaded or out of memory. */
struct browse *library_browse(struct library *library, size_t entry);

/* ENTRY's row made again from its report (its figures found anew). */
void library_row_update(struct library *library, size_t entry);

/* After ENTRY's report was read again: its row anew, and the search
 * across the reports (whose sections were the old report's) dropped. */
void library_reloaded(struct library *library, size_t entry);

/* BYTES as a short size: "512", "9.6K", "12K", "3.4M". */
void library_size_text(unsigned long long bytes, char *out, size_t size);

/* ---- the search across the reports ---- */

/* Searches every loaded report for TERMS (with FLAGS, enum search_flags),
 * in the rows' order; the rows of the result are library->hits.  On an
 * error ERR says why and the search before is gone. */
enum bg_status library_search(struct library *library, const char *terms, unsigned flags,
			      struct bg_error *err);

/* Drops the search across the reports. */
void library_search_clear(struct library *library);

/* The matches of the search in ENTRY, or NULL when it has none. */
const struct library_found *library_found_of(const struct library *library, size_t entry);

/* The report with matches after (NEXT) or before ENTRY in the search's
 * order, going round from the last to the first; SIZE_MAX when none has
 * matches.  *WRAPPED says whether it went round. */
size_t library_found_neighbour(const struct library *library, size_t entry, bool next,
			       bool *wrapped);

/* Gives B the matches of the search in ENTRY (a copy), as if it had been
 * searched there, and shows match I (SIZE_MAX: none).  False when out of
 * memory. */
bool library_give_matches(const struct library *library, size_t entry, struct browse *b,
			  size_t i);

#endif
