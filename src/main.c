/* main.c - options, mode dispatch, exit status.
 *
 * Exit status: 0 success (for --search: something matched), 1 nothing
 * matched, 2 an error (bad option, bad input, write error). */
#include <config.h>

#include <errno.h>
#include <getopt.h>
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
#include "outline.h"
#include "print.h"
#include "report.h"
#include "search.h"
#include "ui/ui.h"

enum mode { MODE_UI, MODE_OUTLINE, MODE_FIGURES, MODE_SEARCH };

struct options {
	enum mode mode;
	enum output_format format;
	unsigned kinds;
	const char *search;
	bool regex;
	bool count;
	bool raw;
	bool reflow;
	bool ascii;
	const char *encoding;
	const char *noise_rules;
	const char *file;
};

static const char *program_name = "baogao";

static void
usage(FILE *out)
{
	fprintf(out,
"Usage: %s [OPTION]... [FILE]\n"
"Browse a long report (Chinese official documents above all): its outline,\n"
"its figures and every mention of a word.  With no FILE, open the bundled\n"
"sample report; FILE '-' reads standard input.\n"
"\n"
"Modes (without one, a full-screen browser when output is a terminal, and\n"
"the outline otherwise):\n"
"      --outline            print the outline (heading tree)\n"
"      --figures            print the figures: quantities, money, percents,\n"
"                             dates and document numbers, with their sections\n"
"      --search=TERMS       print the matches of TERMS: words are ANDed within\n"
"                             a section, \"...\" quotes a phrase; full-width and\n"
"                             half-width forms, case and line breaks are folded\n"
"\n"
"Output:\n"
"      --format=FORMAT      text (default), tsv or json\n"
"      --kind=K[,K]...      with --figures and in the browser: only these kinds\n"
"                             (quantity, money, percent, date, docno,\n"
"                             ordinal); 'all' for every kind; ordinal is off\n"
"                             by default\n"
"      --count              with --search: match counts per section, as an\n"
"                             outline of the sections that match\n"
"      --regex              with --search: TERMS is a POSIX extended regular\n"
"                             expression\n"
"\n"
"Input:\n"
"      --encoding=NAME      read FILE in encoding NAME (default: UTF-8 when\n"
"                             the file is valid UTF-8, else GB18030)\n"
"      --noise-rules=FILE   add the noise rules in FILE to the default ones\n"
"      --raw                keep everything: no noise removal\n"
"      --no-reflow          do not join hard-wrapped lines\n"
"\n"
"Browser:\n"
"      --ascii              draw borders and markers without Unicode\n"
"\n"
"      --help               display this help and exit\n"
"      --version            output version information and exit\n"
"\n"
"In the browser, press ? for the keys.  Exit status: 0 on success (with\n"
"--search: something matched), 1 when --search matched nothing, 2 on error.\n"
"\n"
"Report bugs to the baogao project.\n", program_name);
}

static void
version(void)
{
	printf("baogao %s\n"
	       "License: GPL-3.0-or-later.\n"
	       "This is free software: you are free to change and redistribute it.\n"
	       "There is NO WARRANTY, to the extent permitted by law.\n", PACKAGE_VERSION);
}

static int
fail_usage(const char *format, const char *arg)
{
	fprintf(stderr, "%s: ", program_name);
	fprintf(stderr, format, arg);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", program_name);
	return 2;
}

static unsigned
parse_kinds(const char *list, bool *ok)
{
	unsigned kinds = 0;
	const char *p = list;

	*ok = true;
	while (*p) {
		size_t n = strcspn(p, ",");
		if (n == 3 && strncmp(p, "all", 3) == 0)
			kinds |= (1u << FIGURE_KIND_COUNT) - 1;
		else {
			int kind = figure_kind_from_name(p, n);
			if (kind < 0) {
				*ok = false;
				return 0;
			}
			kinds |= 1u << kind;
		}
		p += n;
		if (*p == ',')
			p++;
	}
	if (!kinds)
		*ok = false;
	return kinds;
}

enum {
	OPT_OUTLINE = 256, OPT_FIGURES, OPT_SEARCH, OPT_FORMAT, OPT_KIND, OPT_COUNT, OPT_REGEX,
	OPT_ENCODING, OPT_NOISE_RULES, OPT_RAW, OPT_NO_REFLOW, OPT_ASCII, OPT_HELP, OPT_VERSION
};

static const struct option long_options[] = {
	{ "outline", no_argument, NULL, OPT_OUTLINE },
	{ "figures", no_argument, NULL, OPT_FIGURES },
	{ "search", required_argument, NULL, OPT_SEARCH },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "kind", required_argument, NULL, OPT_KIND },
	{ "count", no_argument, NULL, OPT_COUNT },
	{ "regex", no_argument, NULL, OPT_REGEX },
	{ "encoding", required_argument, NULL, OPT_ENCODING },
	{ "noise-rules", required_argument, NULL, OPT_NOISE_RULES },
	{ "raw", no_argument, NULL, OPT_RAW },
	{ "no-reflow", no_argument, NULL, OPT_NO_REFLOW },
	{ "ascii", no_argument, NULL, OPT_ASCII },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

/* Returns -1 to go on, else the exit status. */
static int
parse_options(int argc, char **argv, struct options *o)
{
	int c;

	memset(o, 0, sizeof *o);
	o->kinds = FIGURE_KINDS_DEFAULT;
	o->reflow = true;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "", long_options, NULL)) != -1) {
		switch (c) {
		case OPT_OUTLINE: o->mode = MODE_OUTLINE; break;
		case OPT_FIGURES: o->mode = MODE_FIGURES; break;
		case OPT_SEARCH:
			o->mode = MODE_SEARCH;
			o->search = optarg;
			break;
		case OPT_FORMAT:
			if (strcmp(optarg, "text") == 0)
				o->format = FORMAT_TEXT;
			else if (strcmp(optarg, "tsv") == 0)
				o->format = FORMAT_TSV;
			else if (strcmp(optarg, "json") == 0)
				o->format = FORMAT_JSON;
			else
				return fail_usage("invalid format '%s' (text, tsv or json)", optarg);
			break;
		case OPT_KIND: {
			bool ok;
			o->kinds = parse_kinds(optarg, &ok);
			if (!ok)
				return fail_usage("invalid kind list '%s' (quantity, money, percent, "
						  "date, docno, ordinal, all)", optarg);
			break;
		}
		case OPT_COUNT: o->count = true; break;
		case OPT_REGEX: o->regex = true; break;
		case OPT_ENCODING: o->encoding = optarg; break;
		case OPT_NOISE_RULES: o->noise_rules = optarg; break;
		case OPT_RAW: o->raw = true; break;
		case OPT_NO_REFLOW: o->reflow = false; break;
		case OPT_ASCII: o->ascii = true; break;
		case OPT_HELP:
			usage(stdout);
			return 0;
		case OPT_VERSION:
			version();
			return 0;
		default:
			if (optopt >= OPT_OUTLINE)
				return fail_usage("option '%s' requires an argument", argv[optind - 1]);
			return fail_usage("unrecognized option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc)
		o->file = argv[optind++];
	if (optind < argc)
		return fail_usage("extra operand '%s'", argv[optind]);
	if (o->mode == MODE_SEARCH && o->search[0] == '\0')
		return fail_usage("%s", "empty search terms");
	return -1;
}

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

static int
fail(const char *name, const struct bg_error *err)
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
	if (status < 0 && (mode == MODE_FIGURES || mode == MODE_UI)) {
		path = datafile_path("units");
		if (!path) {
			fprintf(stderr, "%s: the unit table (units) is not installed\n", program_name);
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
	int status = 0, wrote = 0;

	/* Batch output can be large: write it in big blocks. */
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	switch (mode) {
	case MODE_OUTLINE:
		wrote = print_outline(stdout, doc, outline, o->format);
		break;
	case MODE_FIGURES:
		wrote = print_figures(stdout, doc, outline, report_figures(report), o->format);
		break;
	case MODE_SEARCH:
		if (report_matches(report, &matches) != BG_OK) {
			fprintf(stderr, "%s: %s: %s\n", program_name, doc->name,
				bg_status_message(BG_ERR_NOMEM));
			return 2;
		}
		if (matches.count > 0)
			wrote = print_search(stdout, doc, outline, &matches, o->format, o->count);
		else
			status = 1;
		search_free(&matches);
		break;
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
	/* The figures are found beside the keys: in one thread, as two
	 * would make keys wait (10 ms become 30 on two cores). */
	figures_thread_min = SIZE_MAX;
	struct ui_options uo = { o->ascii, o->search, o->regex };
	int status = ui_run(report, &uo);

	/* The loader's warnings on the whole report, taken over or not
	 * (quit at once). */
	if (report_in_parts(report))
		print_warnings(report_last_doc(report));
	return status;
}

static int
run(const struct options *o)
{
	struct report_options ro = { o->file, o->encoding, NULL, o->reflow, NULL, o->kinds,
				     false, false, NULL };
	struct bg_error err = { BG_OK, "" };
	char *sample = NULL;
	struct noise_rules *rules = NULL;
	struct unit_table *units = NULL;
	struct search_query *query = NULL;
	struct report *report = NULL;
	enum mode mode = o->mode;
	int status;

	if (mode == MODE_UI && !isatty(STDOUT_FILENO))
		mode = MODE_OUTLINE;
	if (!ro.path) {
		sample = datafile_path("sample.txt");
		if (!sample) {
			fprintf(stderr, "%s: the bundled sample report (sample.txt) is not installed; "
				"name a FILE\n", program_name);
			return 2;
		}
		ro.path = sample;
	}
	status = load_data(o, mode, &ro, &rules, &units);
	if (status < 0 && (mode == MODE_SEARCH || (mode == MODE_UI && o->search && o->regex)) &&
	    search_compile(o->search, o->regex, &query, &err) != BG_OK)
		status = fail(o->search, &err);
	if (status < 0) {
		ro.in_parts = mode == MODE_UI;
		ro.figures = mode == MODE_FIGURES;
		ro.query = mode == MODE_SEARCH ? query : NULL;
		if (report_open(&ro, &report, &err) != BG_OK)
			status = fail(ro.path, &err);
	}
	if (status < 0) {
		print_warnings(report_in_parts(report) ? NULL : report_doc(report));
		status = mode == MODE_UI ? browse(o, report) : print_report(o, mode, report);
	}
	if (mode != MODE_UI && close_stdout() != 0)
		status = 2;
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
	struct options o;
	int status;

	set_locale();
	status = parse_options(argc, argv, &o);
	if (status >= 0)
		return status == 0 && close_stdout() != 0 ? 2 : status;
	return run(&o);
}
