/* SPDX-License-Identifier: GPL-3.0-or-later */
/* batch.c - several reports in a batch mode: the files, the parallel
 * loading, the output in order.  The printers write each report as they
 * would alone, into memory; print_many gives that again with the file on
 * every row. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sys/stat.h>

#include "i18n.h"
#include "batch.h"
#include "message.h"
#include "print.h"
#include "reader.h"

bool
batch_wanted(const struct options *o)
{
	struct stat st;

	if (o->file_count > 1)
		return true;
	return o->file_count == 1 && strcmp(o->file, "-") != 0 && stat(o->file, &st) == 0 &&
	       S_ISDIR(st.st_mode);
}

/* A growing list of file names.  With DEFER, a directory's regular files
 * are taken without a look at whether they are supported: SCREEN says
 * which are to be looked at (by whoever loads them). */
struct names {
	char **items;
	bool *screen;
	size_t *sizes;          /* a regular file's size, else 0 */
	size_t count, capacity;
	bool failed;
	bool defer;
};

static bool
names_add(struct names *names, char *name, bool screen, size_t size)
{
	if (names->count == names->capacity) {
		size_t capacity = names->capacity ? names->capacity * 2 : 64;
		char **items = realloc(names->items, capacity * sizeof *items);
		bool *screens;
		size_t *sizes;
		if (!items)
			return false;
		names->items = items;
		screens = realloc(names->screen, capacity * sizeof *screens);
		if (!screens)
			return false;
		names->screen = screens;
		sizes = realloc(names->sizes, capacity * sizeof *sizes);
		if (!sizes)
			return false;
		names->sizes = sizes;
		names->capacity = capacity;
	}
	names->screen[names->count] = screen;
	names->sizes[names->count] = size;
	names->items[names->count++] = name;
	return true;
}

/* Whether the regular file PATH is a report the loader can read, by its
 * first bytes as the loader chooses a reader: an empty file, a binary
 * file (a NUL byte, UTF-16 that is no report) or an old binary Word
 * file are not. */
static bool
supported(const char *path)
{
	char head[READER_HEAD];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	const struct reader *reader;

	if (fd < 0)
		return true;  /* to be said when it is loaded */
	n = read(fd, head, sizeof head);
	close(fd);
	if (n <= 0)
		return n < 0;
	reader = reader_for(head, (size_t)n);
	if (reader == &reader_binary_office)
		return false;
	return reader != &reader_text || reader_text_screen(head, (size_t)n, true) == BG_OK;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds the supported files of directory DIR to NAMES, in byte order of
 * their names, each directory's after the files before it in that order. */
static void
add_directory(struct names *names, const char *dir, bool recursive)
{
	DIR *d = opendir(dir);
	struct names here = { NULL, NULL, NULL, 0, 0, false, false };
	struct dirent *e;
	size_t dir_n = strlen(dir);

	if (!d) {
		message_error("%s: %s", dir, strerror(errno));
		names->failed = true;
		return;
	}
	while ((e = readdir(d)) != NULL) {
		size_t n = strlen(e->d_name);
		char *path;
		if (e->d_name[0] == '.')
			continue;
		path = malloc(dir_n + n + 2);
		if (!path || !names_add(&here, path, false, 0)) {
			free(path);
			names->failed = true;
			message_error("%s: %s", dir, strerror(ENOMEM));
			break;
		}
		/* "DIR/NAME", without doubling a slash the user gave */
		memcpy(path, dir, dir_n);
		size_t k = dir_n;
		if (k == 0 || path[k - 1] != '/')
			path[k++] = '/';
		memcpy(path + k, e->d_name, n + 1);
	}
	closedir(d);
	qsort(here.items, here.count, sizeof *here.items, compare_names);
	for (size_t i = 0; i < here.count; i++) {
		struct stat st;
		char *path = here.items[i];
		if (stat(path, &st) != 0) {
			/* a dangling link: left out, as grep -r does */
			free(path);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			if (recursive)
				add_directory(names, path, true);
			free(path);
		} else if (S_ISREG(st.st_mode) && (names->defer || supported(path))) {
			if (!names_add(names, path, names->defer, (size_t)st.st_size)) {
				free(path);
				names->failed = true;
			}
		} else
			free(path);
	}
	free(here.items);
	free(here.screen);
	free(here.sizes);
}

/* batch_files into NAMES (its DEFER set by the caller). */
static void
gather(char *const *operands, size_t count, bool recursive, struct names *names)
{
	for (size_t i = 0; i < count; i++) {
		struct stat st;
		if (strcmp(operands[i], "-") != 0 && stat(operands[i], &st) == 0 &&
		    S_ISDIR(st.st_mode)) {
			add_directory(names, operands[i], recursive);
			continue;
		}
		char *copy = strdup(operands[i]);
		bool regular = strcmp(operands[i], "-") != 0 && stat(operands[i], &st) == 0 &&
			       S_ISREG(st.st_mode);
		if (!copy || !names_add(names, copy, false, regular ? (size_t)st.st_size : 0)) {
			free(copy);
			names->failed = true;
		}
	}
}

void
batch_files(char *const *operands, size_t count, bool recursive, char ***files,
	    size_t *file_count, bool *failed)
{
	struct names names = { NULL, NULL, NULL, 0, 0, false, false };

	gather(operands, count, recursive, &names);
	free(names.screen);
	free(names.sizes);
	*files = names.items;
	*file_count = names.count;
	*failed = names.failed;
}

void
batch_files_free(char **files, size_t count)
{
	for (size_t i = 0; i < count; i++)
		free(files[i]);
	free(files);
}

struct pool;

/* One report being loaded, by a worker (or, when there is none, by the
 * printer). */
struct slot {
	struct pool *pool;
	bool ready;             /* loaded, not yet printed */
	struct report_options options;
	bool screen;            /* to be left out unless supported */
	bool left_out;          /* it was */
	struct report *report;
	struct bg_error err;
	enum bg_status status;
};

static void
open_report(void *arg)
{
	struct slot *slot = arg;
	slot->err.status = BG_OK;
	slot->err.detail[0] = '\0';
	slot->report = NULL;
	slot->status = BG_OK;
	/* A directory's file is looked at here, in the job, not while the
	 * directory is read. */
	slot->left_out = slot->screen && !supported(slot->options.path);
	if (!slot->left_out)
		slot->status = report_open(&slot->options, &slot->report, &slot->err);
}

/* How many reports may be open at once, for each worker, beyond one each
 * as long as their files come to LOOK_AHEAD_BYTES at most together. */
enum { LOOK_AHEAD = 4, LOOK_AHEAD_BYTES = 32 << 20 };

/* The loading: report I in slot I % SLOT_COUNT of a ring, loaded by the
 * first of the workers free once the report SLOT_COUNT before it has been
 * printed, so that a long report does not keep the other workers waiting
 * for it to be printed. */
struct pool {
	pthread_mutex_t lock;
	pthread_cond_t changed;         /* a report loaded or printed */
	struct slot *slots;
	size_t slot_count, workers, count;
	size_t next;                    /* the next report to load */
	size_t printed;                 /* reports printed */
	size_t open_bytes;              /* the files' of those taken, not printed */
	char *const *files;
	const bool *screen;
	const size_t *sizes;
};

/* Loads report I into its slot. */
static void
load_into(struct pool *pool, size_t i)
{
	struct slot *slot = &pool->slots[i % pool->slot_count];

	slot->options.path = pool->files[i];
	slot->screen = pool->screen[i];
	open_report(slot);
}

/* A worker: the next report whose slot is free, until none is left.
 * Signals go to the main thread. */
static void *
pool_worker(void *arg)
{
	struct pool *pool = arg;
	sigset_t all;

	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, NULL);
	pthread_mutex_lock(&pool->lock);
	while (pool->next < pool->count) {
		size_t i = pool->next;
		/* As many as there are workers, whatever their size; more
		 * while their files are small together. */
		if (i >= pool->printed + pool->slot_count ||
		    (i >= pool->printed + pool->workers &&
		     pool->open_bytes + pool->sizes[i] > LOOK_AHEAD_BYTES)) {
			pthread_cond_wait(&pool->changed, &pool->lock);
			continue;
		}
		pool->next++;
		pool->open_bytes += pool->sizes[i];
		pthread_mutex_unlock(&pool->lock);
		load_into(pool, i);
		pthread_mutex_lock(&pool->lock);
		pool->slots[i % pool->slot_count].ready = true;
		pthread_cond_broadcast(&pool->changed);
	}
	pthread_mutex_unlock(&pool->lock);
	return NULL;
}

/* Waits for report I of POOL to be loaded, loading it here when there
 * are no workers (THREADS 0); returns its slot. */
static struct slot *
pool_take(struct pool *pool, size_t i, size_t threads)
{
	struct slot *slot = &pool->slots[i % pool->slot_count];

	if (threads == 0) {
		pool->open_bytes += pool->sizes[i];
		load_into(pool, i);
		return slot;
	}
	pthread_mutex_lock(&pool->lock);
	while (!slot->ready)
		pthread_cond_wait(&pool->changed, &pool->lock);
	pthread_mutex_unlock(&pool->lock);
	return slot;
}

/* Frees SLOT for the report SLOT_COUNT after I, printed. */
static void
pool_done(struct pool *pool, struct slot *slot, size_t i)
{
	pthread_mutex_lock(&pool->lock);
	slot->ready = false;
	pool->printed = i + 1;
	pool->open_bytes -= pool->sizes[i];
	pthread_cond_broadcast(&pool->changed);
	pthread_mutex_unlock(&pool->lock);
}

/* How many reports to load at once: the processors, at least one. */
static size_t
workers(size_t files)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	size_t k = n < 1 ? 1 : n > 64 ? 64 : (size_t)n;
	return k < files ? k : files > 0 ? files : 1;
}

/* What the run has come to. */
struct outcome {
	bool failed, matched;
	size_t *counts;   /* --count: matches per file */
	bool *read;       /* --count: whether the file could be read */
	struct list_row *rows;  /* --list: a row per report read */
	size_t row_count;
};

/* Adds REPORT's row to --list's (FILE is the caller's; copied). */
static bool
add_row(struct outcome *outcome, const char *file, struct report *report)
{
	if (!list_row_fill(&outcome->rows[outcome->row_count], file, report))
		return false;
	outcome->row_count++;
	return true;
}

/* Prints what MODE shows of the report in SLOT (for FILE) through MANY. */
static void
print_one(const struct options *o, enum mode mode, struct slot *slot, const char *file,
	  size_t index, struct print_many *many, struct outcome *outcome)
{
	const struct doc *doc = report_doc(slot->report);
	const struct outline *outline = report_outline(slot->report);
	struct match_list matches;
	char *block = NULL;
	size_t n = 0;
	FILE *memory;
	int wrote = 0;

	for (size_t i = 0; doc && i < doc->warning_count; i++)
		message_error(_("%s: warning: %s"), file, doc->warnings[i]);
	if (mode == MODE_LIST) {
		if (!add_row(outcome, file, slot->report)) {
			message_error("%s: %s", file, strerror(ENOMEM));
			outcome->failed = true;
		}
		return;
	}
	if (mode == MODE_SEARCH) {
		enum bg_status st = report_matches(slot->report, &matches);
		if (st != BG_OK) {
			message_error("%s: %s", file, bg_status_message(st));
			outcome->failed = true;
			return;
		}
		outcome->matched |= matches.count > 0;
		if (o->count) {
			outcome->counts[index] = matches.count;
			outcome->read[index] = true;
			search_free(&matches);
			return;
		}
		if (matches.count == 0) {
			search_free(&matches);
			return;
		}
	}
	memory = open_memstream(&block, &n);
	if (!memory) {
		message_error("%s: %s", file, strerror(errno));
		outcome->failed = true;
		if (mode == MODE_SEARCH)
			search_free(&matches);
		return;
	}
	switch (mode) {
	case MODE_OUTLINE:
		wrote = print_outline(memory, doc, outline, o->format);
		break;
	case MODE_FIGURES:
		wrote = print_figures(memory, doc, outline, report_figures(slot->report), o->format);
		break;
	case MODE_SEARCH:
		wrote = print_search(memory, doc, outline, &matches, o->format, false);
		search_free(&matches);
		break;
	default:
		break;
	}
	if (fclose(memory) != 0 || wrote != 0) {
		message_error("%s: %s", file, strerror(ENOMEM));
		outcome->failed = true;
	} else
		print_many_report(stdout, many, file, block, n);
	free(block);
}

int
batch_run(const struct options *o, enum mode mode, const struct report_options *base,
	  char *const *operands, size_t operand_count)
{
	struct outcome outcome = { false, false, NULL, NULL, NULL, 0 };
	bool counts = o->count && mode == MODE_SEARCH;
	struct names names = { NULL, NULL, NULL, 0, 0, false, true };
	struct pool pool = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, NULL, 0, 0, 0, 0,
			     0, 0, NULL, NULL, NULL };
	struct print_many many;
	struct slot *slots;
	pthread_t *threads;
	char **files;
	size_t count, width, slot_count, started = 0;

	gather(operands, operand_count, o->recursive, &names);
	files = names.items;
	count = names.count;
	outcome.failed = names.failed;
	width = workers(count);
	slot_count = width * LOOK_AHEAD;
	slots = calloc(slot_count, sizeof *slots);
	threads = calloc(width, sizeof *threads);
	if (counts) {
		outcome.counts = calloc(count ? count : 1, sizeof *outcome.counts);
		outcome.read = calloc(count ? count : 1, sizeof *outcome.read);
	}
	if (mode == MODE_LIST)
		outcome.rows = calloc(count ? count : 1, sizeof *outcome.rows);
	if (!slots || !threads || (counts && (!outcome.counts || !outcome.read)) ||
	    (mode == MODE_LIST && !outcome.rows)) {
		message_error("%s", strerror(ENOMEM));
		free(slots);
		free(threads);
		free(outcome.counts);
		free(outcome.read);
		free(outcome.rows);
		batch_files_free(files, count);
		free(names.screen);
		free(names.sizes);
		return 2;
	}
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	if (o->bom && mode == MODE_FIGURES)
		fputs_unlocked("\xef\xbb\xbf", stdout);
	if (!counts && mode != MODE_LIST)
		print_many_begin(stdout, &many, o->format, mode == MODE_SEARCH);
	/* Report I loads in slot I % SLOT_COUNT once the report SLOT_COUNT
	 * before it is printed, so that at most SLOT_COUNT are open at once,
	 * by WIDTH workers (a thread for each report cost more than a small
	 * one's loading). */
	pool.slots = slots;
	pool.slot_count = slot_count;
	pool.workers = width;
	pool.count = count;
	pool.files = files;
	pool.screen = names.screen;
	pool.sizes = names.sizes;
	for (size_t i = 0; i < slot_count; i++) {
		slots[i].pool = &pool;
		slots[i].options = *base;
	}
	for (size_t i = 0; i < width && i < count; i++)
		if (pthread_create(&threads[started], NULL, pool_worker, &pool) == 0)
			started++;
	for (size_t i = 0; i < count; i++) {
		struct slot *slot = pool_take(&pool, i, started);
		/* (A file left out is no report: as if the directory did not
		 * hold it.) */
		if (!slot->left_out && slot->status != BG_OK) {
			message_error("%s: %s%s%s", files[i], bg_status_message(slot->err.status),
				      slot->err.detail[0] ? ": " : "", slot->err.detail);
			outcome.failed = true;
		} else if (!slot->left_out)
			print_one(o, mode, slot, files[i], i, &many, &outcome);
		report_free(slot->report);
		slot->report = NULL;
		pool_done(&pool, slot, i);
	}
	for (size_t i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
	if (!counts && mode != MODE_LIST && print_many_end(stdout, &many) != 0)
		outcome.failed = true;
	if (counts &&
	    print_many_counts(stdout, o->format, files, outcome.counts, outcome.read, count) != 0)
		outcome.failed = true;
	if (mode == MODE_LIST && print_list(stdout, outcome.rows, outcome.row_count, o->format) != 0)
		outcome.failed = true;
	for (size_t i = 0; i < outcome.row_count; i++)
		list_row_clear(&outcome.rows[i]);
	free(outcome.rows);
	free(outcome.counts);
	free(outcome.read);
	free(slots);
	free(threads);
	batch_files_free(files, count);
	free(names.screen);
	free(names.sizes);
	if (outcome.failed)
		return 2;
	return mode == MODE_SEARCH && !outcome.matched ? 1 : 0;
}
