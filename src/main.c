/* main.c - mode dispatch, exit status.
 *
 * Exit status: 0 success (for --search: something matched), 1 nothing
 * matched, 2 an error (bad option, bad input, write error). */
#include <config.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sys/stat.h>

#include "clean.h"
#include "datafile.h"
#include "doc.h"
#include "figures.h"
#include "load.h"
#include "options.h"
#include "outline.h"
#include "print.h"
#include "search.h"
#include "ui/ui.h"

static const char *program_name = PACKAGE_NAME;

/* Makes sure the character type is UTF-8 whatever the user's locale is:
 * the model is UTF-8 inside, and regex and width depend on it. */
static void
set_locale(void)
{
	setlocale(LC_ALL, "");
	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
		if (!setlocale(LC_CTYPE, "C.UTF-8"))
			setlocale(LC_CTYPE, "C.utf8");
	}
}

static int
close_stdout(void)
{
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		fprintf(stderr, "%s: write error: %s\n", program_name, strerror(errno));
		return 2;
	}
	return 0;
}

/* Puts "NAME: what went wrong: detail" in BUF (SIZE bytes), as report()
 * says it, for the browser's messages. */
static void
describe(char *buf, size_t size, const char *name, const struct bg_error *err)
{
	snprintf(buf, size, "%s: %s%s%s", name, bg_status_message(err->status),
		 err->detail[0] ? ": " : "", err->detail);
}

static int
report(const char *name, struct bg_error *err)
{
	fprintf(stderr, "%s: %s: %s%s%s\n", program_name, name, bg_status_message(err->status),
		err->detail[0] ? ": " : "", err->detail);
	return 2;
}

/* Says the loader's warnings on DOC (NULL: none). */
static void
print_warnings(const struct doc *doc)
{
	for (size_t i = 0; doc && i < doc->warning_count; i++)
		fprintf(stderr, "%s: %s: warning: %s\n", program_name, doc->name, doc->warnings[i]);
}

struct session {
	const struct options *options;
	const char *path;
	struct noise_rules *rules;
	struct unit_table *units;
	/* what a reload in the browser put in place of what run() loaded */
	struct doc *reloaded_doc;
	struct outline *reloaded_outline;
	/* the whole of a large report, loaded while the browser shows its
	 * start, until the browser takes it over */
	struct doc *whole_doc;
	struct outline *whole_outline;
};

/* A report this large opens in the browser with its first part, while the
 * rest loads beside the keys. */
enum { OPEN_IN_PARTS_MIN = 8 << 20, FIRST_PART = 1 << 20 };

/* A search that needs the document only, run while the outline is built. */
struct find_job {
	const struct search_query *query;
	const struct doc *doc;
	struct search_found *found;
	enum bg_status status;
};

static void *
find_matches(void *arg)
{
	struct find_job *job = arg;

	job->status = search_find(job->query, job->doc, &job->found);
	return NULL;
}

/* What open_report does besides loading the document and its outline;
 * every member may be 0 or NULL. */
struct open_extras {
	size_t first_part;            /* load only this much of the start of the file */
	struct figure_list *figures;  /* extract the figures of KINDS here */
	unsigned kinds;
	struct find_job *find;        /* find FIND->query's matches, beside the outline */
	atomic_int *step;             /* set to 1 when the outline is being built */
};

/* Loads the document, its outline and what EXTRAS asks for. */
static enum bg_status
open_report(struct session *s, const struct open_extras *extras, struct doc **doc,
	    struct outline **outline, struct bg_error *err)
{
	struct load_options lo = { s->options->encoding, s->options->raw ? NULL : s->rules,
				   s->options->reflow };
	enum bg_status st;
	pthread_t thread;
	bool threaded = false;

	*outline = NULL;
	st = extras->first_part ? load_file_head(s->path, &lo, extras->first_part, doc, err)
			: load_file(s->path, &lo, doc, err);
	if (st != BG_OK)
		return st;
	if (extras->step)
		atomic_store(extras->step, 1);
	if (extras->find) {
		extras->find->doc = *doc;
		threaded = pthread_create(&thread, NULL, find_matches, extras->find) == 0;
		if (!threaded)
			find_matches(extras->find);
	}
	st = outline_build(*doc, outline);
	if (threaded)
		pthread_join(thread, NULL);
	if (st == BG_OK && extras->figures)
		st = figures_extract(*doc, *outline, s->units, extras->kinds, 0, extras->figures);
	if (st != BG_OK) {
		outline_free(*outline);
		doc_free(*doc);
		*outline = NULL;
		*doc = NULL;
		return bg_fail(err, st, NULL);
	}
	return BG_OK;
}

static bool
reload(void *context, struct doc **doc, struct outline **outline, struct figure_list *figures,
       char *msg, unsigned msg_size)
{
	struct session *s = context;
	struct doc *new_doc;
	struct outline *new_outline;
	struct bg_error err = { BG_OK, "" };
	bool whole = s->whole_doc != NULL;

	if (whole) {
		/* The whole report, loaded while the browser showed its start. */
		new_doc = s->whole_doc;
		new_outline = s->whole_outline;
		s->whole_doc = NULL;
		s->whole_outline = NULL;
	} else if (open_report(s, &(struct open_extras){ 0 }, &new_doc, &new_outline, &err) != BG_OK) {
		describe(msg, msg_size, s->path, &err);
		return false;
	}
	figures_free(figures);
	outline_free(*outline);
	doc_free(*doc);
	*doc = s->reloaded_doc = new_doc;
	*outline = s->reloaded_outline = new_outline;
	/* the browser finds the figures of the new document beside the keys */
	*figures = (struct figure_list){ NULL, 0 };
	if (whole)
		msg[0] = '\0';
	else
		snprintf(msg, msg_size, "reloaded %s", s->path);
	return true;
}

/* Loads the whole report for the browser, in its second thread; the
 * browser then takes it over through reload(). */
static bool
load_whole(void *context, atomic_int *step, char *msg, unsigned msg_size)
{
	struct session *s = context;
	struct bg_error err = { BG_OK, "" };
	struct open_extras extras = { .step = step };

	if (open_report(s, &extras, &s->whole_doc, &s->whole_outline, &err) != BG_OK) {
		describe(msg, msg_size, s->path, &err);
		return false;
	}
	return true;
}

/* Fills FIGURES for the browser once its first screen is drawn. */
static bool
extract_figures(void *context, const struct doc *doc, const struct outline *outline,
		struct figure_list *figures)
{
	struct session *s = context;
	/* In one thread: two would make keys wait (10 ms become 30 on two
	 * cores). */
	return figures_extract(doc, outline, s->units, s->options->kinds, SIZE_MAX,
			       figures) == BG_OK;
}

static int
run(const struct options *o)
{
	struct session s = { o, o->file, NULL, NULL, NULL, NULL, NULL, NULL };
	struct bg_error err = { BG_OK, "" };
	char *sample = NULL, *rules_path = NULL, *units_path = NULL;
	struct doc *doc = NULL;
	struct outline *outline = NULL;
	struct figure_list figures = { NULL, 0 };
	struct search_query *query = NULL;
	struct find_job find = { NULL, NULL, NULL, BG_OK };
	struct match_list matches = { NULL, 0 };
	enum mode mode = o->mode;
	int status = 2;
	int wrote = 0;
	struct open_extras extras = { 0 };
	struct stat st;
	enum bg_status opened;

	if (mode == MODE_UI && !isatty(STDOUT_FILENO))
		mode = MODE_OUTLINE;
	if (!s.path) {
		sample = datafile_path("sample.txt");
		if (!sample) {
			fprintf(stderr, "%s: the bundled sample report (sample.txt) is not installed; "
				"name a FILE\n", program_name);
			return 2;
		}
		s.path = sample;
	}

	if (!o->raw) {
		rules_path = datafile_path("noise.rules");
		if (rules_path && noise_rules_load(&s.rules, rules_path, &err) != BG_OK) {
			status = report(rules_path, &err);
			goto out;
		}
		if (o->noise_rules && noise_rules_load(&s.rules, o->noise_rules, &err) != BG_OK) {
			status = report(o->noise_rules, &err);
			goto out;
		}
	}
	if (mode == MODE_FIGURES || mode == MODE_UI) {
		units_path = datafile_path("units");
		if (!units_path) {
			fprintf(stderr, "%s: the unit table (units) is not installed\n", program_name);
			goto out;
		}
		if (figures_load_units(units_path, &s.units, &err) != BG_OK) {
			status = report(units_path, &err);
			goto out;
		}
	}
	if (mode == MODE_SEARCH && search_compile(o->search, o->regex, &query, &err) != BG_OK) {
		status = report(o->search, &err);
		goto out;
	}
	if (mode == MODE_UI && o->search && o->regex && search_compile(o->search, true, &query, &err) != BG_OK) {
		status = report(o->search, &err);
		goto out;
	}
	/* The search runs while the outline is built; the browser extracts
	 * its figures after the first screen, and shows the first screen of a
	 * large report before it has loaded the rest. */
	if (mode == MODE_UI && strcmp(s.path, "-") != 0 && stat(s.path, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_size >= OPEN_IN_PARTS_MIN)
		extras.first_part = FIRST_PART;
	if (mode == MODE_FIGURES) {
		extras.figures = &figures;
		extras.kinds = o->kinds;
	}
	find.query = query;
	if (mode == MODE_SEARCH)
		extras.find = &find;
	opened = open_report(&s, &extras, &doc, &outline, &err);
	if (opened != BG_OK && extras.first_part) {
		/* The first part would not do (white space only, say): the
		 * whole report, and its errors, at once. */
		extras.first_part = 0;
		err = (struct bg_error){ BG_OK, "" };
		opened = open_report(&s, &extras, &doc, &outline, &err);
	}
	if (opened != BG_OK) {
		status = report(strcmp(s.path, "-") == 0 ? "-" : s.path, &err);
		goto out;
	}
	print_warnings(extras.first_part ? NULL : doc);

	status = 0;
	/* Batch output can be large: write it in big blocks. */
	if (mode != MODE_UI)
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	switch (mode) {
	case MODE_UI: {
		struct ui_options uo = { o->ascii, o->search, o->regex, NULL, &s, extract_figures,
					 extras.first_part ? load_whole : NULL };
		if (strcmp(s.path, "-") != 0)
			uo.reload = reload;
		status = ui_run(doc, outline, &figures, &uo);
		if (s.reloaded_doc) {
			doc = s.reloaded_doc;
			outline = s.reloaded_outline;
		}
		/* The loader's warnings on the whole report, taken over or not
		 * (quit at once). */
		if (extras.first_part)
			print_warnings(s.whole_doc ? s.whole_doc : doc);
		outline_free(s.whole_outline);
		doc_free(s.whole_doc);
		break;
	}
	case MODE_OUTLINE:
		wrote = print_outline(stdout, doc, outline, o->format);
		break;
	case MODE_FIGURES:
		wrote = print_figures(stdout, doc, outline, &figures, o->format);
		break;
	case MODE_SEARCH:
		if (find.status != BG_OK ||
		    search_assign(query, find.found, doc, outline, &matches) != BG_OK) {
			fprintf(stderr, "%s: %s: %s\n", program_name, doc->name,
				bg_status_message(BG_ERR_NOMEM));
			status = 2;
			break;
		}
		if (matches.count > 0)
			wrote = print_search(stdout, doc, outline, &matches, o->format, o->count);
		else
			status = 1;
		break;
	}
	if (wrote != 0)
		status = 2;
out:
	if (mode != MODE_UI && close_stdout() != 0)
		status = 2;
	search_free(&matches);
	search_found_free(find.found);
	search_query_free(query);
	figures_free(&figures);
	outline_free(outline);
	doc_free(doc);
	figures_free_units(s.units);
	noise_rules_free(s.rules);
	free(units_path);
	free(rules_path);
	free(sample);
	return status;
}

int
main(int argc, char **argv)
{
	struct options o;
	int status;

	set_locale();
	status = options_parse(argc, argv, &o);
	if (status >= 0)
		return status == 0 && close_stdout() != 0 ? 2 : status;
	return run(&o);
}
