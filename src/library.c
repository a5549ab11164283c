/* SPDX-License-Identifier: GPL-3.0-or-later */
/* library.c - several reports in the browser: loaded beside the caller a
 * few at a time, ordered, each with its own browse state, and searched
 * all at once. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "library.h"

struct library *
library_new(char *const *files, size_t count, const struct report_options *base, size_t workers)
{
	struct library *l = calloc(1, sizeof *l);

	if (!l)
		return NULL;
	if (workers == 0) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		workers = n < 1 ? 1 : n > 16 ? 16 : (size_t)n;
	}
	if (workers > count)
		workers = count > 0 ? count : 1;
	l->worker_count = workers;
	atomic_init(&l->next, 0);
	atomic_init(&l->stop, false);
	l->entries = calloc(count ? count : 1, sizeof *l->entries);
	l->order = calloc(count ? count : 1, sizeof *l->order);
	l->workers = calloc(workers, sizeof *l->workers);
	if (!l->entries || !l->order || !l->workers) {
		library_free(l);
		return NULL;
	}
	for (size_t i = 0; i < count; i++) {
		struct library_entry *e = &l->entries[i];
		e->file = strdup(files[i]);
		if (!e->file) {
			library_free(l);
			return NULL;
		}
		e->options = *base;
		e->options.path = e->file;
		e->options.in_parts = false;
		atomic_init(&e->ready, false);
		l->order[i] = i;
		l->count++;
	}
	return l;
}

void
library_free(struct library *l)
{
	if (!l)
		return;
	/* the workers stop after the report they are loading */
	atomic_store(&l->stop, true);
	for (size_t i = 0; l->started && i < l->worker_count; i++)
		job_finished(&l->workers[i], true);
	library_search_clear(l);
	for (size_t i = 0; i < l->count; i++) {
		struct library_entry *e = &l->entries[i];
		browse_free(e->browse);
		report_free(e->report);
		list_row_clear(&e->row);
		free(e->file);
	}
	free(l->entries);
	free(l->order);
	free(l->workers);
	free(l);
}

/* ---- loading ---- */

/* Loads ENTRY: its report and row, or why it could not be read. */
static void
load_entry(struct library_entry *e)
{
	struct bg_error err = { BG_OK, "" };
	enum bg_status st = report_open(&e->options, &e->report, &err);

	if (st == BG_OK && !list_row_fill(&e->row, e->file, e->report)) {
		report_free(e->report);
		e->report = NULL;
		st = bg_fail(&err, BG_ERR_NOMEM, NULL);
	}
	if (st != BG_OK)
		snprintf(e->error, sizeof e->error, "%s%s%s", bg_status_message(st),
			 err.detail[0] ? ": " : "", err.detail);
}

/* A worker: the next entry no other worker has taken, until none is left. */
static void
load_work(void *arg)
{
	struct library *l = arg;

	while (!atomic_load(&l->stop)) {
		size_t i = atomic_fetch_add(&l->next, 1);
		if (i >= l->count)
			break;
		load_entry(&l->entries[i]);
		atomic_store(&l->entries[i].ready, true);
	}
}

size_t
library_step(struct library *l, bool wait)
{
	size_t taken = 0;

	if (!l->started) {
		l->started = true;
		for (size_t i = 0; i < l->worker_count; i++)
			job_start(&l->workers[i], load_work, l);
	}
	if (wait)
		for (size_t i = 0; i < l->worker_count; i++)
			job_finished(&l->workers[i], true);
	for (size_t i = l->first_pending; i < l->count; i++) {
		struct library_entry *e = &l->entries[i];
		if (e->state != LIBRARY_WAITING)
			continue;
		if (!atomic_load(&e->ready))
			continue;
		e->state = e->report ? LIBRARY_LOADED : LIBRARY_FAILED;
		if (e->report)
			l->loaded++;
		else
			l->failed++;
		taken++;
	}
	while (l->first_pending < l->count && l->entries[l->first_pending].state != LIBRARY_WAITING)
		l->first_pending++;
	if (!library_loading(l))
		/* all there: the workers are done */
		for (size_t i = 0; i < l->worker_count; i++)
			job_finished(&l->workers[i], true);
	if (taken > 0 && l->sort != LIBRARY_BY_FILE)
		library_sort(l, l->sort);
	return taken;
}

bool
library_loading(const struct library *l)
{
	return l->loaded + l->failed < l->count;
}

bool
library_ready(const struct library *l)
{
	size_t next = atomic_load(&l->next);

	for (size_t i = l->first_pending; i < l->count && i < next; i++)
		if (l->entries[i].state == LIBRARY_WAITING && atomic_load(&l->entries[i].ready))
			return true;
	return false;
}

/* ---- order ---- */

/* The entries being sorted (qsort has no context). */
static const struct library_entry *sorting;

static int
by_text(const char *a, const char *b)
{
	/* a missing value after every given one */
	if (!a || !*a)
		return !b || !*b ? 0 : 1;
	if (!b || !*b)
		return -1;
	return strcmp(a, b);
}

static enum library_sort sorting_by;

/* Newer first, undated last. */
static int
newest_first(const char *a, const char *b)
{
	bool has_a = a && *a, has_b = b && *b;

	if (has_a != has_b)
		return has_a ? -1 : 1;
	return has_a ? strcmp(b, a) : 0;
}

static int
compare_rows(const void *pa, const void *pb)
{
	size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
	const struct library_entry *a = &sorting[ia], *b = &sorting[ib];
	bool la = a->state == LIBRARY_LOADED, lb = b->state == LIBRARY_LOADED;
	int c = 0;

	if (la != lb)
		return la ? -1 : 1;
	if (la) {
		switch (sorting_by) {
		case LIBRARY_BY_DATE:
			c = newest_first(a->row.date, b->row.date);
			break;
		case LIBRARY_BY_ISSUER:
			c = by_text(a->row.issuer, b->row.issuer);
			if (c == 0)
				c = newest_first(a->row.date, b->row.date);
			break;
		case LIBRARY_BY_TITLE:
			c = strcmp(a->row.title ? a->row.title : a->file,
				   b->row.title ? b->row.title : b->file);
			break;
		case LIBRARY_BY_FILE:
		case LIBRARY_SORTS:
			break;
		}
	}
	if (c != 0)
		return c;
	return ia < ib ? -1 : ia > ib;
}

void
library_sort(struct library *l, enum library_sort sort)
{
	l->sort = sort;
	for (size_t i = 0; i < l->count; i++)
		l->order[i] = i;
	if (sort == LIBRARY_BY_FILE)
		return;
	sorting = l->entries;
	sorting_by = sort;
	qsort(l->order, l->count, sizeof *l->order, compare_rows);
	sorting = NULL;
}

const char *
library_sort_name(enum library_sort sort)
{
	/* the library view translates them */
	static const char *const names[LIBRARY_SORTS] = { N_("file"), N_("date"), N_("issuer"),
							   N_("title") };

	return sort < LIBRARY_SORTS ? names[sort] : "";
}

size_t
library_row_of(const struct library *l, size_t entry)
{
	for (size_t i = 0; i < l->count; i++)
		if (l->order[i] == entry)
			return i;
	return 0;
}

size_t
library_neighbour(const struct library *l, size_t entry, bool next)
{
	size_t row = library_row_of(l, entry);

	for (;;) {
		if (next ? row + 1 >= l->count : row == 0)
			return SIZE_MAX;
		row = next ? row + 1 : row - 1;
		if (l->entries[l->order[row]].state == LIBRARY_LOADED)
			return l->order[row];
	}
}

struct browse *
library_browse(struct library *l, size_t entry)
{
	struct library_entry *e;

	if (entry >= l->count)
		return NULL;
	e = &l->entries[entry];
	if (e->state != LIBRARY_LOADED)
		return NULL;
	if (!e->browse)
		e->browse = browse_new(report_doc(e->report), report_outline(e->report),
				       report_figures(e->report));
	return e->browse;
}

void
library_row_update(struct library *l, size_t entry)
{
	struct library_entry *e = &l->entries[entry];
	struct list_row row;

	if (e->state == LIBRARY_LOADED && list_row_fill(&row, e->file, e->report)) {
		list_row_clear(&e->row);
		e->row = row;
	}
	if (l->sort != LIBRARY_BY_FILE)
		library_sort(l, l->sort);
}

void
library_reloaded(struct library *l, size_t entry)
{
	library_search_clear(l);
	library_row_update(l, entry);
}

void
library_size_text(unsigned long long bytes, char *out, size_t size)
{
	static const char units[] = "KMGT";
	double v = (double)bytes;
	int u = -1;

	if (bytes < 1000) {
		snprintf(out, size, "%llu", bytes);
		return;
	}
	while (v >= 999.5 && u < 3) {
		v /= 1024;
		u++;
	}
	if (v < 9.95)
		snprintf(out, size, "%.1f%c", v, units[u]);
	else
		snprintf(out, size, "%.0f%c", v, units[u]);
}

/* ---- the search across the reports ---- */

void
library_search_clear(struct library *l)
{
	for (size_t i = 0; i < l->found_count; i++)
		search_free(&l->found[i].matches);
	free(l->found);
	free(l->hits);
	l->found = NULL;
	l->hits = NULL;
	l->found_count = l->hit_count = 0;
	l->searched = false;
}

/* The rows of the search: each report, then its sections in order, the
 * matches of a section being consecutive (its own text comes before its
 * first subsection).  False when out of memory. */
static bool
make_hits(struct library *l)
{
	size_t n = 0;

	for (size_t i = 0; i < l->found_count; i++) {
		const struct match_list *m = &l->found[i].matches;
		n++;
		for (size_t k = 0; k < m->count; k++)
			n += k == 0 || m->items[k].section != m->items[k - 1].section;
	}
	l->hits = calloc(n ? n : 1, sizeof *l->hits);
	if (!l->hits)
		return false;
	for (size_t i = 0; i < l->found_count; i++) {
		const struct match_list *m = &l->found[i].matches;
		struct library_hit *report = &l->hits[l->hit_count++];
		*report = (struct library_hit){ l->found[i].entry, true, NULL, m->count, 0 };
		for (size_t k = 0; k < m->count; k++) {
			const struct outline_node *s = m->items[k].section;
			if (k > 0 && s == m->items[k - 1].section) {
				l->hits[l->hit_count - 1].count++;
				continue;
			}
			l->hits[l->hit_count++] = (struct library_hit){
				l->found[i].entry, false, s && s->depth > 0 ? s : NULL, 1, k
			};
		}
	}
	return true;
}

enum bg_status
library_search(struct library *l, const char *terms, unsigned flags, struct bg_error *err)
{
	struct search_query *query = NULL;
	enum bg_status st;

	library_search_clear(l);
	st = search_compile_with(terms, flags, &query, err);
	if (st != BG_OK)
		return st;
	l->found = calloc(l->count ? l->count : 1, sizeof *l->found);
	if (!l->found) {
		search_query_free(query);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	snprintf(l->terms, sizeof l->terms, "%s", terms);
	l->search_flags = flags;
	l->searched_count = 0;
	for (size_t row = 0; row < l->count; row++) {
		size_t entry = l->order[row];
		struct library_entry *e = &l->entries[entry];
		struct match_list matches = { NULL, 0 };
		if (e->state != LIBRARY_LOADED)
			continue;
		st = search_run(query, report_doc(e->report), report_outline(e->report), &matches);
		if (st != BG_OK) {
			search_query_free(query);
			library_search_clear(l);
			return bg_fail(err, st, "%s", e->file);
		}
		l->searched_count++;
		if (matches.count == 0) {
			search_free(&matches);
			continue;
		}
		l->found[l->found_count++] = (struct library_found){ entry, matches };
	}
	search_query_free(query);
	if (!make_hits(l)) {
		library_search_clear(l);
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	}
	l->searched = true;
	return BG_OK;
}

const struct library_found *
library_found_of(const struct library *l, size_t entry)
{
	for (size_t i = 0; i < l->found_count; i++)
		if (l->found[i].entry == entry)
			return &l->found[i];
	return NULL;
}

size_t
library_found_neighbour(const struct library *l, size_t entry, bool next, bool *wrapped)
{
	size_t at = l->found_count;

	*wrapped = false;
	if (l->found_count == 0)
		return SIZE_MAX;
	for (size_t i = 0; i < l->found_count; i++)
		if (l->found[i].entry == entry)
			at = i;
	if (at == l->found_count)
		/* not among them: the first (or the last) */
		return l->found[next ? 0 : l->found_count - 1].entry;
	if (next) {
		*wrapped = at + 1 == l->found_count;
		return l->found[*wrapped ? 0 : at + 1].entry;
	}
	*wrapped = at == 0;
	return l->found[*wrapped ? l->found_count - 1 : at - 1].entry;
}

bool
library_give_matches(const struct library *l, size_t entry, struct browse *b, size_t i)
{
	const struct library_found *f = library_found_of(l, entry);
	struct match_list copy = { NULL, 0 };

	if (!f)
		return true;
	copy.items = malloc(f->matches.count * sizeof *copy.items);
	if (!copy.items)
		return false;
	memcpy(copy.items, f->matches.items, f->matches.count * sizeof *copy.items);
	copy.count = f->matches.count;
	browse_set_search_flags(b, l->search_flags);
	browse_search_begin(b, l->terms);
	browse_found(b, &copy, true);
	if (i < b->search.matches.count)
		browse_show_match(b, i, true);
	return true;
}
