/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c - mode dispatch, exit status.
 *
 * Exit status: 0 success (for --search: something matched), 1 nothing
 * matched, 2 an error (bad option, bad input, write error). */
#include <config.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <malloc.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "clean.h"
#include "compare.h"
#include "datafile.h"
#include "defaults.h"
#include "doc.h"
#include "figures.h"
#include "i18n.h"
#include "load.h"
#include "message.h"
#include "options.h"
#include "outline.h"
#include "print.h"
#include "report.h"
#include "search.h"
#include "ui/ui.h"


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
		message_error(_("write error: %s"), strerror(errno));
		return 2;
	}
	return 0;
}

static int
fail(const char *name, const struct bg_error *err)
{
	message_error("%s: %s%s%s", name, bg_status_message(err->status), err->detail[0] ? ": " : "",
		      err->detail);
	return 2;
}

/* Says the loader's warnings on DOC (NULL: none). */
static void
print_warnings(const struct doc *doc)
{
	for (size_t i = 0; doc && i < doc->warning_count; i++)
		message_error(_("%s: warning: %s"), doc->name, doc->warnings[i]);
}

/* The data files a mode needs, loaded into RO; the exit status on failure,
 * else -1. */
static int
load_data(const struct options *o, enum mode mode, struct report_options *ro,
	  struct noise_rules **rules, struct unit_table **units)
{
	struct bg_error err = { BG_OK, "" };
	char *path;
	int status = -1;

	if (!o->raw) {
		path = datafile_path("noise.rules");
		if (path && noise_rules_load(rules, path, &err) != BG_OK)
			status = fail(path, &err);
		else if (o->noise_rules && noise_rules_load(rules, o->noise_rules, &err) != BG_OK)
			status = fail(o->noise_rules, &err);
		free(path);
		ro->rules = *rules;
	}
	if (status < 0 && (mode == MODE_FIGURES || mode == MODE_UI || mode == MODE_LIST ||
			     mode == MODE_COMPARE)) {
		path = datafile_path("units");
		if (!path) {
			message_error(_("the unit table (units) is not installed"));
			status = 2;
		} else if (figures_load_units(path, units, &err) != BG_OK)
			status = fail(path, &err);
		free(path);
		ro->units = *units;
	}
	return status;
}

/* Prints what a batch MODE shows of REPORT; returns the exit status. */
static int
print_report(const struct options *o, enum mode mode, struct report *report)
{
	const struct doc *doc = report_doc(report);
	const struct outline *outline = report_outline(report);
	struct match_list matches;
	struct figure_table table;
	enum bg_status st;
	int status = 0, wrote = 0;

	/* Batch output can be large: write it in big blocks. */
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	switch (mode) {
	case MODE_OUTLINE:
		wrote = print_outline(stdout, doc, outline, o->format);
		break;
	case MODE_FIGURES:
		if (o->bom)
			fputs_unlocked("\xef\xbb\xbf", stdout);
		/* Printed as they are found: never all in memory at once. */
		print_figures_begin(&table, stdout, doc, o->format);
		st = report_figures_each(report, print_figures_rows, &table);
		if (st != BG_OK && st != BG_ERR_CANCELLED) {
			message_error("%s: %s", doc->name, bg_status_message(st));
			return 2;
		}
		wrote = print_figures_end(&table);
		break;
	case MODE_SEARCH:
		/* A count of one term's matches needs no list of them. */
		if (o->count && print_search_counts_take(o->format)) {
			size_t *offsets, count;
			if (report_match_offsets(report, &offsets, &count)) {
				if (count > 0)
					wrote = print_search_counts(stdout, doc, outline, offsets, count,
								    o->format);
				else
					status = 1;
				free(offsets);
				break;
			}
		}
		st = report_matches(report, &matches);
		if (st != BG_OK) {
			message_error("%s: %s", doc->name, bg_status_message(st));
			return 2;
		}
		if (matches.count > 0)
			wrote = print_search(stdout, doc, outline, &matches, o->format, o->count);
		else
			status = 1;
		search_free(&matches);
		break;
	case MODE_SECTION:
		/* 2 for a SPEC that names nothing, as for other bad input */
		wrote = print_section_named(stdout, doc, outline, o->section, o->format);
		if (wrote == 1)
			return 2;
		break;
	case MODE_EXPORT:
		wrote = print_markdown(stdout, doc, outline, NULL);
		break;
	case MODE_LIST:  /* batch_run's */
	case MODE_COMPARE:  /* compare's */
	case MODE_UI:
		break;
	}
	return wrote != 0 ? 2 : status;
}

/* The browser on REPORT: the search runs while the outline is built, the
 * figures are found after the first screen, and the first screen of a
 * large report shows before the rest is loaded. */
static int
browse(const struct options *o, struct report *report)
{
	struct ui_options uo = { o->ascii, o->search, options_search_flags(o), o->width,
				 o->line_numbers, !o->no_history };
	int status = ui_run(report, &uo);

	/* The loader's warnings on the whole report, taken over or not
	 * (quit at once). */
	if (report_in_parts(report))
		print_warnings(report_last_doc(report));
	return status;
}

/* The browser on several reports (the files named, the supported files
 * of a directory): the library view, the reports loaded beside it, each
 * with its figures (counted in its row). */
static int
browse_library(const struct options *o, struct report_options *ro)
{
	struct ui_options uo = { o->ascii, o->search, options_search_flags(o), o->width,
				 o->line_numbers, !o->no_history };
	char **files;
	size_t count;
	bool failed;
	int status;

	batch_files(o->files, o->file_count, o->recursive, &files, &count, &failed);
	if (count == 0) {
		message_error(_("no report to browse in %s%s"), o->files[0],
			      o->recursive ? "" : _(" (-r looks in its directories too)"));
		batch_files_free(files, count);
		return 2;
	}
	ro->figures = true;
	ro->in_parts = false;
	status = ui_run_library(files, count, ro, &uo);
	batch_files_free(files, count);
	return status;
}

/* --compare OLD NEW: both reports read with their figures, compared, and
 * printed (a --format given, or output not a terminal) or shown side by
 * side in the browser.  RO is the options both are opened with. */
static int
compare(const struct options *o, struct report_options ro)
{
	struct bg_error err = { BG_OK, "" };
	struct report *reports[2] = { NULL, NULL };
	struct compare_side sides[2];
	struct comparison comparison = { NULL, 0 };
	enum bg_status st;
	int status = -1;

	ro.figures = true;
	ro.in_parts = false;
	for (int k = 0; k < 2 && status < 0; k++) {
		ro.path = o->files[k];
		if (report_open(&ro, &reports[k], &err) != BG_OK) {
			status = fail(o->files[k], &err);
			break;
		}
		print_warnings(report_doc(reports[k]));
		sides[k] = (struct compare_side){ report_doc(reports[k]), report_outline(reports[k]),
						  report_figures(reports[k]) };
	}
	if (status < 0) {
		st = compare_reports(&sides[0], &sides[1], &comparison);
		if (st != BG_OK) {
			message_error("%s", bg_status_message(st));
			status = 2;
		}
	}
	if (status < 0 && !o->format_given && isatty(STDOUT_FILENO)) {
		struct ui_options uo = { o->ascii, NULL, 0, o->width, o->line_numbers, false };
		status = ui_compare(&sides[0], o->files[0], &sides[1], o->files[1], &comparison, &uo);
	} else if (status < 0) {
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
		status = print_compare(stdout, &sides[0], o->files[0], &sides[1], o->files[1],
				       &comparison, o->format, o->sentences) != 0 ? 2 : 0;
		if (close_stdout() != 0)
			status = 2;
	}
	compare_free(&comparison);
	report_free(reports[0]);
	report_free(reports[1]);
	return status;
}

/* True when standard input is a pipe, a socket or a regular file: what
 * is read with no FILE named. */
static bool
stdin_holds_report(void)
{
	struct stat st;

	if (isatty(STDIN_FILENO) || fstat(STDIN_FILENO, &st) != 0)
		return false;
	return S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || S_ISREG(st.st_mode);
}

static int
run(const struct options *o)
{
	struct report_options ro = { o->file, o->encoding, NULL, o->reflow, o->max_size, NULL, o->kinds,
				     false, false, NULL, o->format_in, false, false };
	struct bg_error err = { BG_OK, "" };
	char *sample = NULL, terms[256];
	struct noise_rules *rules = NULL;
	struct unit_table *units = NULL;
	struct search_query *query = NULL;
	struct report *report = NULL;
	enum mode mode = o->mode;
	int status;

	if (mode == MODE_UI && !isatty(STDOUT_FILENO))
		mode = MODE_OUTLINE;
#ifdef M_MMAP_THRESHOLD
	/* A batch mode's large blocks each their own mapping, given back
	 * when freed: else, once the loader's line list (tens of MB) is
	 * freed, glibc takes blocks that large from its heap and keeps what
	 * is freed there, a few MB more at the peak of a 100 MB report. */
	if (mode != MODE_UI)
		mallopt(M_MMAP_THRESHOLD, 256 << 10);
#endif
	/* With no FILE, a report piped in (curl … | baogao) or redirected
	 * from a file is read; a terminal or /dev/null gets the sample. */
	if (!ro.path && stdin_holds_report())
		ro.path = "-";
	if (!ro.path) {
		sample = datafile_path("sample.txt");
		if (!sample) {
			message_error(_("the bundled sample report (sample.txt) is not installed; "
				      "name a FILE"));
			return 2;
		}
		ro.path = sample;
	}
	status = load_data(o, mode, &ro, &rules, &units);
	if (status < 0 && (mode == MODE_SEARCH || (mode == MODE_UI && o->search && o->regex)) &&
	    search_compile_with(o->search, options_search_flags(o), &query, &err) != BG_OK)
		status = fail(message_short(terms, sizeof terms, o->search), &err);
	if (status < 0 && mode == MODE_COMPARE) {
		status = compare(o, ro);
		goto done;
	}
	if (status < 0 && (mode == MODE_LIST || ((mode == MODE_OUTLINE || mode == MODE_FIGURES ||
						      mode == MODE_SEARCH) && batch_wanted(o)))) {
		ro.figures = mode == MODE_FIGURES || mode == MODE_LIST;
		if (mode == MODE_LIST)
			ro.kinds |= FIGURES_COUNT_ONLY;
		ro.query = mode == MODE_SEARCH ? query : NULL;
		ro.matches_only = mode == MODE_SEARCH;
		/* A count per file of one term's matches needs no sections
		 * (several terms are ANDed within one). */
		ro.without_outline = mode == MODE_SEARCH && o->count && search_term_count(query) == 1;
		char *sample_operand[1] = { (char *)ro.path };
		status = o->file_count ? batch_run(o, mode, &ro, o->files, o->file_count)
				       : batch_run(o, mode, &ro, sample_operand, 1);
		if (close_stdout() != 0)
			status = 2;
		goto done;
	}
	if (status < 0 && mode == MODE_UI && batch_wanted(o)) {
		status = browse_library(o, &ro);
		goto done;
	}
	if (status < 0) {
		ro.in_parts = mode == MODE_UI;
		/* before the loader measures a line, before curses starts */
		if (mode == MODE_UI)
			ui_ambiguous_setup(o->ambiguous);
		/* (--figures finds them while it prints them.) */
		ro.query = mode == MODE_SEARCH ? query : NULL;
		ro.matches_only = mode == MODE_SEARCH;
		if (report_open(&ro, &report, &err) != BG_OK)
			status = fail(ro.path, &err);
	}
	if (status < 0) {
		print_warnings(report_in_parts(report) ? NULL : report_doc(report));
		status = mode == MODE_UI ? browse(o, report) : print_report(o, mode, report);
	}
	if (mode != MODE_UI && close_stdout() != 0)
		status = 2;
done:
	report_free(report);
	search_query_free(query);
	figures_free_units(units);
	noise_rules_free(rules);
	free(sample);
	return status;
}

int
main(int argc, char **argv)
{
	struct defaults defaults = { NULL, 0, NULL };
	struct bg_error err = { BG_OK, "" };
	struct options o;
	int status;

	set_locale();
	i18n_init();
	if (defaults_read(&defaults, &err) != BG_OK) {
		status = fail(defaults.config ? defaults.config : "BAOGAO", &err);
		defaults_free(&defaults);
		return status;
	}
	status = options_parse_with(argc, argv, &defaults, &o);
	if (status >= 0)
		status = status == 0 && close_stdout() != 0 ? 2 : status;
	else
		status = run(&o);
	options_free(&o);
	defaults_free(&defaults);
	return status;
}
