/* SPDX-License-Identifier: GPL-3.0-or-later */
/* report.c - opening a report: load, outline, figures, the matches of a
 * search, the whole of a large file after its first part, and reloads. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <fcntl.h>
#include <unistd.h>

#include <sys/mman.h>
#include <sys/stat.h>

#include "gb18030.h"
#include "load.h"
#include "read.h"
#include "report.h"
#include "utf8.h"

/* A report this large opens with its first part, while the rest loads
 * beside the caller: loading 64 KiB (some twenty thousand characters,
 * more than a screen's outline and text) and drawing it takes less time
 * than a pager takes to start, so a report of any size shows its first
 * screen before one does.  (128 KiB took some 2 ms more.) */
enum { IN_PARTS_MIN = 256 << 10, FIRST_PART = 64 << 10 };

/* What one load of the file gives. */
struct loaded {
	struct doc *doc;
	struct outline *outline;
};

struct report {
	const struct report_options *options;
	bool in_parts;
	struct loaded current;
	struct figure_list figures;
	/* the matches of options->query, found while opening */
	struct search_found *found;
	enum bg_status found_status;

	/* the figures, found beside the caller */
	struct job figures_job;
	struct figure_list new_figures;
	enum bg_status figures_status;

	/* the whole of a large report, loaded beside the caller until
	 * report_reload takes it over */
	struct job whole_job;
	atomic_int whole_step;
	struct loaded whole;
	struct bg_error whole_error;
};

static void
find_work(void *arg)
{
	struct report_find *find = arg;

	find->status = search_find(find->query, find->doc, &find->found);
}

static void
find_init(struct report_find *find, const struct search_query *query, const struct doc *doc)
{
	find->query = query;
	find->doc = doc;
	find->found = NULL;
	find->status = BG_ERR_NOMEM;
}

void
report_find_start(struct report_find *find, const struct search_query *query,
		  const struct doc *doc)
{
	find_init(find, query, doc);
	job_start(&find->job, find_work, find);
}

/* report_find_start run here and now, to be taken over the same way. */
static void
report_find_here(struct report_find *find, const struct search_query *query,
		 const struct doc *doc)
{
	find_init(find, query, doc);
	job_run_here(&find->job, find_work, find);
}

enum bg_status
report_find_finish(struct report_find *find, struct search_found **found)
{
	job_finished(&find->job, true);
	*found = find->status == BG_OK ? find->found : NULL;
	if (find->status != BG_OK)
		search_found_free(find->found);
	find->found = NULL;
	return find->status;
}

static void
loaded_free(struct loaded *l)
{
	outline_free(l->outline);
	doc_free(l->doc);
	*l = (struct loaded){ NULL, NULL };
}

/* Whether a TEXT (N bytes) that cannot hold a match may be passed over
 * in silence: false when the loader would say it is no report, as it
 * holds only white space, line ends and the zero-width characters it
 * drops (a byte-order mark too), or it starts with Markdown front matter,
 * which may be all it holds. */
static bool
may_pass_over(const char *text, size_t n)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t bom = n >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;

	if (n - bom >= 3 && memcmp(text + bom, "---", 3) == 0)
		return false;
	for (size_t i = 0, k; i < n; i += k) {
		k = utf8_space_at(text + i, n - i);
		if (k > 0)
			continue;
		k = 1;
		if (p[i] == '\n' || p[i] == '\r' || p[i] == '\f' || p[i] == '\v')
			continue;
		if (n - i >= 3 && ((p[i] == 0xef && p[i + 1] == 0xbb && p[i + 2] == 0xbf) ||
				   (p[i] == 0xe2 && p[i + 1] == 0x80 && p[i + 2] >= 0x8b &&
				    p[i + 2] <= 0x8d) ||
				   (p[i] == 0xe2 && p[i + 1] == 0x81 && p[i + 2] == 0xa0))) {
			k = 3;
			continue;
		}
		return true;
	}
	return false;
}

/* Whether a reader's TEXT (N bytes) may hold a match of the query ARG, or
 * is not to be passed over: load_tuning's worth, for any file of any
 * format. */
static bool
text_worth(void *arg, const char *text, size_t n)
{
	return search_may_match(arg, text, n) || !may_pass_over(text, n);
}

/* Loads the file (its first FIRST_PART bytes, unless 0) and its outline
 * into L; sets *STEP (when not NULL) once the outline is being built. */
static enum bg_status
load(const struct report_options *o, size_t first_part, atomic_int *step, struct loaded *l,
     struct report_find *find, struct bg_error *err)
{
	struct load_options lo = { o->encoding, o->rules, o->reflow, o->max_size };
	struct load_tuning tuning = { .reader = o->format ? reader_named(o->format) : NULL };
	enum bg_status st;

	*l = (struct loaded){ NULL, NULL };
	if (o->format && !tuning.reader)
		return bg_fail(err, BG_ERR_FORMAT_NAME, "%s", o->format);
	if (o->query && o->matches_only) {
		tuning.worth = text_worth;
		tuning.worth_arg = (void *)o->query;
	}
	/* A count of matches with no sections names no title either. */
	tuning.no_metadata = o->without_outline;
	st = first_part ? load_file_head(o->path, &lo, first_part, &l->doc, err)
		: load_file_tuned(o->path, &lo, &tuning, &l->doc, err);
	if (st != BG_OK || !l->doc)
		return st;   /* (no document: text_worth said no) */
	if (step)
		atomic_store(step, 1);
	/* With no outline to build beside it, the search runs here. */
	if (find && o->without_outline)
		report_find_here(find, o->query, l->doc);
	else if (find)
		report_find_start(find, o->query, l->doc);
	st = o->without_outline ? outline_empty(l->doc, &l->outline)
				: outline_build(l->doc, &l->outline);
	if (st != BG_OK) {
		if (find) {
			struct search_found *found;
			if (report_find_finish(find, &found) == BG_OK)
				search_found_free(found);
		}
		loaded_free(l);
		return bg_fail(err, st, NULL);
	}
	return BG_OK;
}

/* A look at whether N bytes of TEXT are UTF-8 with no NUL. */
struct text_look {
	const char *text;
	size_t n;
	bool valid;
};

static void
look_at_text(void *arg)
{
	struct text_look *l = arg;
	bool controls;

	l->valid = utf8_check_text(l->text, l->n, &controls) == l->n &&
		   !(controls && memchr(l->text, '\0', l->n));
}

/* Whether TEXT (N bytes) is UTF-8 with no NUL: in two halves at once when
 * it is large, split at a line end, which no character holds. */
static bool
valid_text(const char *text, size_t n)
{
	size_t split = job_split_point(text, n, 4 << 20, '\n');
	struct text_look first = { text, split, false }, second = { text + split, n - split, true };

	if (split == n)
		look_at_text(&first);
	else
		job_pair(look_at_text, &first, look_at_text, &second);
	return first.valid && second.valid;
}

/* Whether TEXT (N bytes, the start of a file) is to be looked at as
 * UTF-8: it holds no byte that is not, but for a character its end may
 * cut short. */
static bool
utf8_start(const char *text, size_t n)
{
	return n - utf8_valid_length(text, n) < 4;
}

/* Whether the SIZE BYTES of a file that the text reader takes for
 * GB18030 certainly hold no match of QUERY, and their text may be passed
 * over (may_pass_over, told from the bytes): what the loader would find
 * after decoding them, found without decoding them. */
static bool
gb18030_cannot_match(const struct search_query *query, const char *bytes, size_t size)
{
	struct gb18030_seen seen;

	if (search_may_match_gb18030(query, bytes, size, &seen))
		return false;
	/* (Front matter: the loader's text is the bytes decoded, less the
	 * byte-order marks at its start.) */
	return seen.substance && !(size - seen.start >= 3 && memcmp(bytes + seen.start, "---", 3) == 0);
}

/* Files from this size on are mapped to be looked at, smaller ones read:
 * unmapping costs every processor running a thread of the program a
 * flush of its address cache, more than copying a report of a few
 * hundred KB. */
enum { MAP_MIN = 1 << 20 };

/* The SIZE bytes of the file open on FD, read from its start into a
 * malloc'd block, or NULL (out of memory, a read error, a file that
 * shrank). */
static char *
read_all(int fd, size_t size)
{
	char *bytes = malloc(size);
	size_t got = 0;

	while (bytes && got < size) {
		ssize_t k = pread(fd, bytes + got, size - got, (off_t)got);
		if (k <= 0) {
			free(bytes);
			return NULL;
		}
		got += (size_t)k;
	}
	return bytes;
}

/* Whether the file of O certainly holds no match of O->query, told from
 * its bytes, read once (mapped when large), without loading it: a
 * regular file the text reader would take as it is (no reader or encoding named, valid
 * UTF-8 with no NUL and no character cut short at its end, within the
 * size limit) where search_may_match finds that no match can stand, and
 * that may_pass_over; or one it would decode from GB18030 where
 * gb18030_cannot_match says so.  When it may, this costs only the look
 * for the first place a term's character stands (in GB18030, one walk
 * over the bytes).  False for anything else: it is loaded. */
static bool
cannot_match(const struct report_options *o)
{
	size_t max = o->max_size ? o->max_size : READ_MAX_SIZE, size, head;
	bool cannot = false, mapped;
	struct stat st;
	char *bytes;
	int fd;

	if (!o->query || !o->matches_only || o->format || o->encoding || strcmp(o->path, "-") == 0)
		return false;
	fd = open(o->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
	    (unsigned long long)st.st_size > max) {
		close(fd);
		return false;
	}
	size = (size_t)st.st_size;
	mapped = size >= MAP_MIN;
	bytes = mapped ? mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0) : read_all(fd, size);
	close(fd);
	if (!bytes || bytes == MAP_FAILED)
		return false;
	if (mapped)
		madvise(bytes, size, MADV_SEQUENTIAL);
	head = size < READER_HEAD ? size : READER_HEAD;
	if (reader_for(bytes, head) == &reader_text && reader_text_screen(bytes, head, true) == BG_OK) {
		if (!utf8_start(bytes, head))
			cannot = reader_text_takes_gb18030(bytes, size) &&
				 gb18030_cannot_match(o->query, bytes, size);
		else if (!search_may_match(o->query, bytes, size))
			/* Only now, when it is worth it: the whole file checked. */
			cannot = valid_text(bytes, size) && may_pass_over(bytes, size);
	}
	if (mapped)
		munmap(bytes, size);
	else
		free(bytes);
	return cannot;
}

static bool
large_file(const char *path)
{
	struct stat st;

	return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	       st.st_size >= IN_PARTS_MIN;
}

/* Loads the report's file with what its options ask for. */
static enum bg_status
open_file(struct report *r, size_t first_part, struct bg_error *err)
{
	const struct report_options *o = r->options;
	struct report_find find;
	enum bg_status st;

	st = load(o, first_part, NULL, &r->current, o->query ? &find : NULL, err);
	if (st != BG_OK || !r->current.doc)
		return st;
	if (o->query)
		r->found_status = report_find_finish(&find, &r->found);
	if (o->figures) {
		st = figures_extract(r->current.doc, r->current.outline, o->units, o->kinds, 0,
				     &r->figures);
		if (st != BG_OK) {
			search_found_free(r->found);
			r->found = NULL;
			loaded_free(&r->current);
			return bg_fail(err, st, NULL);
		}
	}
	return BG_OK;
}

enum bg_status
report_open(const struct report_options *options, struct report **out, struct bg_error *err)
{
	struct report *r = calloc(1, sizeof *r);
	enum bg_status st;

	*out = NULL;
	if (!r)
		return bg_fail(err, BG_ERR_NOMEM, NULL);
	r->options = options;
	r->found_status = BG_OK;
	/* The first part is chosen by content: text's first lines, or the
	 * start of a document whose reader gives one (docx, pdf); where it
	 * fails, the whole is loaded. */
	r->in_parts = options->in_parts && !options->format && large_file(options->path);
	if (cannot_match(options)) {
		*out = r;
		return BG_OK;
	}
	st = open_file(r, r->in_parts ? FIRST_PART : 0, err);
	if (st != BG_OK && r->in_parts) {
		/* The first part would not do (white space only, say): the
		 * whole report, and its errors, at once. */
		r->in_parts = false;
		*err = (struct bg_error){ BG_OK, "" };
		st = open_file(r, 0, err);
	}
	if (st != BG_OK) {
		free(r);
		return st;
	}
	*out = r;
	return BG_OK;
}

void
report_free(struct report *r)
{
	enum bg_status st;
	struct bg_error err;

	if (!r)
		return;
	if (report_figures_finish(r, true, &st))
		figures_free(&r->figures);
	report_whole_finish(r, true, &err);
	loaded_free(&r->whole);
	figures_free(&r->figures);
	search_found_free(r->found);
	loaded_free(&r->current);
	free(r);
}

const struct doc *
report_doc(const struct report *r)
{
	return r->current.doc;
}

const struct outline *
report_outline(const struct report *r)
{
	return r->current.outline;
}

const struct figure_list *
report_figures(const struct report *r)
{
	return &r->figures;
}

/* The text of a report whose figures are printed as they are found, a
 * stretch at a time: large enough for each stretch to be scanned in two
 * threads, small enough that its figures and their rows take a few MB. */
enum { FIGURES_STRETCH = 2 << 20 };

enum bg_status
report_figures_each(const struct report *r, figures_each_fn *each, void *arg)
{
	return figures_extract_each(r->current.doc, r->current.outline, r->options->units,
				    r->options->kinds, FIGURES_STRETCH, 0, each, arg);
}

const char *
report_path(const struct report *r)
{
	return r->options->path;
}

bool
report_can_reload(const struct report *r)
{
	return strcmp(r->options->path, "-") != 0;
}

bool
report_in_parts(const struct report *r)
{
	return r->in_parts;
}

enum bg_status
report_matches(struct report *r, struct match_list *out)
{
	*out = (struct match_list){ NULL, 0 };
	if (r->found_status != BG_OK || !r->found)
		return r->found_status;
	return search_assign(r->options->query, r->found, r->current.doc, r->current.outline, out);
}

bool
report_match_offsets(struct report *r, size_t **offsets, size_t *count)
{
	*offsets = NULL;
	*count = 0;
	return r->found_status == BG_OK && r->found &&
	       search_found_offsets(r->options->query, r->found, offsets, count);
}

const struct doc *
report_last_doc(const struct report *r)
{
	return r->whole.doc ? r->whole.doc : r->current.doc;
}

static enum report_job
job_state(const struct job *job)
{
	if (!job_running(job))
		return REPORT_IDLE;
	return atomic_load(&job->done) ? REPORT_DONE : REPORT_RUNNING;
}

static void
figures_work(void *arg)
{
	struct report *r = arg;

	/* The tables of the first search too, while nobody waits for them. */
	search_prepare();
	/* In one thread: two would make keys wait (10 ms become 30 on two
	 * cores). */
	r->figures_status = figures_extract(r->current.doc, r->current.outline, r->options->units,
					    r->options->kinds, SIZE_MAX, &r->new_figures);
}

void
report_figures_start(struct report *r)
{
	r->new_figures = (struct figure_list){ NULL, 0 };
	r->figures_status = BG_ERR_NOMEM;
	job_start(&r->figures_job, figures_work, r);
}

enum report_job
report_figures_state(const struct report *r)
{
	return job_state(&r->figures_job);
}

bool
report_figures_finish(struct report *r, bool wait, enum bg_status *status)
{
	if (!job_finished(&r->figures_job, wait))
		return false;
	figures_free(&r->figures);
	r->figures = r->new_figures;
	r->new_figures = (struct figure_list){ NULL, 0 };
	*status = r->figures_status;
	return true;
}

static void
whole_work(void *arg)
{
	struct report *r = arg;

	r->whole_error = (struct bg_error){ BG_OK, "" };
	load(r->options, 0, &r->whole_step, &r->whole, NULL, &r->whole_error);
}

void
report_whole_start(struct report *r)
{
	atomic_store(&r->whole_step, 0);
	job_start(&r->whole_job, whole_work, r);
}

enum report_job
report_whole_state(const struct report *r)
{
	return job_state(&r->whole_job);
}

int
report_whole_step(const struct report *r)
{
	return atomic_load(&r->whole_step);
}

bool
report_whole_finish(struct report *r, bool wait, struct bg_error *err)
{
	if (!job_finished(&r->whole_job, wait))
		return false;
	*err = r->whole_error;
	return true;
}

enum bg_status
report_reload(struct report *r, bool *whole, struct bg_error *err)
{
	struct loaded fresh;
	enum bg_status st;
	bool took_whole = r->whole.doc != NULL;

	if (whole)
		*whole = took_whole;
	if (took_whole) {
		fresh = r->whole;
		r->whole = (struct loaded){ NULL, NULL };
	} else {
		st = load(r->options, 0, NULL, &fresh, NULL, err);
		if (st != BG_OK)
			return st;
	}
	/* the figures job reads the document: done with it first */
	if (report_figures_finish(r, true, &st))
		figures_free(&r->figures);
	figures_free(&r->figures);
	/* the matches found on opening belong to the old document */
	search_found_free(r->found);
	r->found = NULL;
	loaded_free(&r->current);
	r->current = fresh;
	return BG_OK;
}
