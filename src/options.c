/* SPDX-License-Identifier: GPL-3.0-or-later */
/* options.c - the command line, from options.def: getopt's table, the
 * --help text, the values an option takes, and the options that cannot
 * go together. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "figures.h"
#include "message.h"
#include "options.h"
#include "outline.h"
#include "search.h"

enum option_id {
	OPT_NONE = 255,  /* getopt_long returns characters below 256 */
#define OPTION_GROUP(title)
#define OPTION(id, name, argument, values, help) OPT_##id,
#include "options.def"
#undef OPTION
#undef OPTION_GROUP
};

static const struct option long_options[] = {
#define OPTION_GROUP(title)
#define OPTION(id, name, argument, values, help) \
	{ name, (argument) ? required_argument : no_argument, NULL, OPT_##id },
#include "options.def"
#undef OPTION
#undef OPTION_GROUP
	{ NULL, 0, NULL, 0 }
};

/* One row of --help: a group's title when NAME is NULL. */
struct help_row {
	const char *name;
	const char *argument;
	const char *values;
	const char *help;
};

static const struct help_row help_rows[] = {
#define OPTION_GROUP(title) { NULL, NULL, NULL, title },
#define OPTION(id, name, argument, values, help) { name, argument, values, help },
#include "options.def"
#undef OPTION
#undef OPTION_GROUP
};

enum { HELP_COUNT = sizeof help_rows / sizeof help_rows[0] };

/* --help's columns: the option, then its help from column 27, further
 * lines of help indented two more. */
enum { HELP_COLUMN = 27, HELP_MORE = 2 };

static void
usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]\n"
	       "  or:  %s [OPTION]... FILE|DIR...\n"
	       "  or:  %s --outline|--figures|--search=TERMS|--list [OPTION]... FILE|DIR...\n"
	       "Browse a long report (Chinese official documents above all): its outline,\n"
	       "its figures and every mention of a word.  With no FILE, open the bundled\n"
	       "sample report; FILE '-' reads standard input.  Several FILEs or a\n"
	       "directory (their reports: text, Markdown, Word, ODT, HTML, PDF) open the\n"
	       "library, a list of the reports to browse and search all at once; the batch\n"
	       "modes take them too and name the file on every row.\n", PACKAGE_NAME,
	       PACKAGE_NAME, PACKAGE_NAME);
	for (size_t i = 0; i < HELP_COUNT; i++) {
		const struct help_row *row = &help_rows[i];
		if (!row->name) {
			printf("\n%s%s", row->help, row->help[0] ? "\n" : "");
			continue;
		}
		int width = printf("      --%s%s%s", row->name, row->argument ? "=" : "",
				   row->argument ? row->argument : "");
		printf("%*s", width < HELP_COLUMN - 1 ? HELP_COLUMN - width : 1, "");
		for (const char *line = row->help; *line;) {
			size_t n = strcspn(line, "\n");
			printf("%.*s\n", (int)n, line);
			line += n;
			if (*line == '\n') {
				line++;
				printf("%*s", HELP_COLUMN + HELP_MORE, "");
			}
		}
	}
	printf("\n"
	       "In the browser, press ? for the keys.  Exit status: 0 on success (with\n"
	       "--search: something matched), 1 when --search matched nothing, 2 on error.\n"
	       "\n"
	       "Report bugs to: %s\n"
	       "%s home page: <%s>\n", PACKAGE_BUGREPORT, PACKAGE_NAME, PACKAGE_URL);
}

static void
version(void)
{
	printf("%s %s\n"
	       "Copyright (C) 2026 the baogao authors\n"
	       "License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
	       "This is free software: you are free to change and redistribute it.\n"
	       "There is NO WARRANTY, to the extent permitted by law.\n",
	       PACKAGE_NAME, PACKAGE_VERSION);
}

/* Says what is wrong (printf's FORMAT and arguments) the GNU way;
 * returns 2. */
static int fail_usage(const char *format, ...) __attribute__((format(printf, 1, 2)));

static int
fail_usage(const char *format, ...)
{
	va_list args;

	va_start(args, format);
	message_vprint(stderr, format, args);
	va_end(args);
	fprintf(stderr, "Try '%s --help' for more information.\n", PACKAGE_NAME);
	return 2;
}

static const char *
name_of(enum option_id id)
{
	return long_options[id - OPT_NONE - 1].name;
}

/* The help row of option ID. */
static const struct help_row *
row_of(enum option_id id)
{
	for (size_t i = 0; i < HELP_COUNT; i++) {
		const struct help_row *row = &help_rows[i];
		if (row->name && strcmp(row->name, name_of(id)) == 0)
			return row;
	}
	return NULL;
}

/* Returns the position of WORD (LENGTH bytes) among the space-separated
 * VALUES of option ID, or -1. */
static int
value_index(enum option_id id, const char *word, size_t length)
{
	const char *p = row_of(id)->values;
	for (int i = 0; *p; i++) {
		size_t n = strcspn(p, " ");
		if (n == length && memcmp(p, word, n) == 0)
			return i;
		p += n + (p[n] == ' ');
	}
	return -1;
}

/* Says that ARG is no value of option ID, with the values it takes
 * ("invalid format 'xml' (text, tsv or json)"); returns 2. */
static int
fail_value(enum option_id id, const char *what, const char *arg)
{
	const char *values = row_of(id)->values;
	const char *last = strrchr(values, ' ');
	char list[256];
	size_t n = 0;

	for (const char *p = values; *p && n < sizeof list - 8; p++) {
		if (*p != ' ')
			list[n++] = *p;
		else if (p == last)
			n += (size_t)snprintf(list + n, sizeof list - n, " or ");
		else
			n += (size_t)snprintf(list + n, sizeof list - n, ", ");
	}
	list[n] = '\0';
	return fail_usage("invalid %s '%s' (%s)", what, arg, list);
}

/* The bytes ARG names ("500K", "2G", "1048576"), 0 when it names none or
 * too many. */
static size_t
parse_size(const char *arg)
{
	char *end;
	unsigned long long n;
	unsigned shift = 0;

	if (*arg < '0' || *arg > '9')
		return 0;
	errno = 0;
	n = strtoull(arg, &end, 10);
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	if (errno || *end || n == 0 || n > (SIZE_MAX >> 1 >> shift))
		return 0;
	return (size_t)n << shift;
}

/* Returns the kinds of LIST ("money,percent", "all"), 0 when a word is no
 * kind (or the list is empty). */
static unsigned
parse_kinds(const char *list)
{
	unsigned kinds = 0;
	const char *p = list;

	while (*p) {
		size_t n = strcspn(p, ",");
		if (n == 3 && strncmp(p, "all", 3) == 0)
			kinds |= (1u << FIGURE_KIND_COUNT) - 1;
		else {
			int kind = figure_kind_from_name(p, n);
			if (kind < 0)
				return 0;
			kinds |= 1u << kind;
		}
		p += n;
		if (*p == ',')
			p++;
	}
	return kinds;
}

/* The options given, for refusing those that cannot go together. */
struct given {
	enum option_id mode;   /* the first mode option, or OPT_NONE */
	enum option_id other_mode;  /* a second, different one, or OPT_NONE */
	bool kind, count, regex, ascii, raw, noise_rules, width;
	enum option_id search_only;     /* --pinyin or --no-variant-fold, or OPT_NONE */
};

/* Returns 2 after saying why two options given cannot go together, else -1. */
static int
refuse_conflicts(const struct options *o, const struct given *g)
{
	const char *mode = g->mode != OPT_NONE ? name_of(g->mode) : NULL;

	if (g->other_mode != OPT_NONE)
		return fail_usage("--%s and --%s are two modes: give one", mode, name_of(g->other_mode));
	if (o->mode != MODE_SEARCH && (g->count || g->regex))
		return fail_usage("--%s needs --search", g->count ? "count" : "regex");
	if (g->search_only != OPT_NONE && ((o->mode != MODE_SEARCH && o->mode != MODE_UI) ||
					   (o->mode == MODE_UI && o->format == FORMAT_MARKDOWN)))
		return fail_usage("--%s is for --search and the browser, not --%s", name_of(g->search_only),
				  mode ? mode : "format=markdown");
	if (g->kind && (o->mode == MODE_OUTLINE || o->mode == MODE_SEARCH || o->mode == MODE_SECTION ||
			o->mode == MODE_LIST))
		return fail_usage("--kind is for --figures and the browser, not --%s", mode);
	if (g->kind && o->mode == MODE_UI && o->format == FORMAT_MARKDOWN)
		return fail_usage("%s", "--kind is for --figures and the browser, not --format=markdown");
	if (o->format == FORMAT_MARKDOWN && mode && o->mode != MODE_SECTION)
		return fail_usage("--format=markdown is for the whole report and --section, not --%s", mode);
	/* CSV is for a spreadsheet: a table of figures.  An outline is a
	 * tree, matches are text in context: TSV and JSON serve them. */
	if (o->format == FORMAT_CSV && o->mode != MODE_FIGURES)
		return fail_usage("--format=csv is for --figures, not %s%s",
				  mode ? "--" : "", mode ? mode : "the browser or the outline");
	if (o->bom && o->format != FORMAT_CSV)
		return fail_usage("%s", "--bom is for --format=csv");
	if (o->format == FORMAT_TSV && o->mode == MODE_SECTION)
		return fail_usage("%s", "--section prints text, markdown or json, not tsv");
	if ((g->ascii || g->width) && mode)
		return fail_usage("--%s is for the browser, not --%s", g->ascii ? "ascii" : "width", mode);
	if (o->recursive && (o->mode == MODE_SECTION || o->format == FORMAT_MARKDOWN))
		return fail_usage("--recursive is for --outline, --figures, --search and --list, not %s",
				  o->mode == MODE_SECTION ? "--section" : "--format=markdown");
	if (g->raw && g->noise_rules)
		return fail_usage("%s", "--raw keeps everything: it cannot go with --noise-rules");
	return -1;
}

unsigned
options_search_flags(const struct options *o)
{
	return (o->regex ? SEARCH_REGEX : 0) | (o->variant_fold ? 0 : SEARCH_NO_VARIANT_FOLD) |
	       (o->pinyin ? SEARCH_PINYIN : 0);
}

int
options_parse(int argc, char **argv, struct options *o)
{
	struct given given = { OPT_NONE, OPT_NONE, false, false, false, false, false, false, false,
			       OPT_NONE };
	int c;

	memset(o, 0, sizeof *o);
	o->kinds = FIGURE_KINDS_DEFAULT;
	o->reflow = true;
	o->width = 80;
	o->variant_fold = true;
	opterr = 0;
	/* -r is grep's spelling of --recursive, -N less's of --line-numbers */
	while ((c = getopt_long(argc, argv, "rN", long_options, NULL)) != -1) {
		switch (c) {
		case OPT_OUTLINE:
		case OPT_FIGURES:
		case OPT_SEARCH:
		case OPT_SECTION:
		case OPT_LIST:
			if (given.mode == OPT_NONE)
				given.mode = c;
			else if ((int)given.mode != c && given.other_mode == OPT_NONE)
				given.other_mode = c;
			o->mode = c == OPT_OUTLINE ? MODE_OUTLINE : c == OPT_FIGURES ? MODE_FIGURES :
				  c == OPT_SEARCH ? MODE_SEARCH : c == OPT_LIST ? MODE_LIST : MODE_SECTION;
			if (c == OPT_SEARCH)
				o->search = optarg;
			if (c == OPT_SECTION)
				o->section = optarg;
			break;
		case OPT_FORMAT: {
			/* the values, in the order of enum output_format */
			int format = value_index(OPT_FORMAT, optarg, strlen(optarg));
			if (format < 0)
				return fail_value(OPT_FORMAT, "format", optarg);
			o->format = (enum output_format)format;
			break;
		}
		case OPT_KIND:
			o->kinds = parse_kinds(optarg);
			if (!o->kinds)
				return fail_value(OPT_KIND, "kind list", optarg);
			given.kind = true;
			break;
		case OPT_COUNT: o->count = given.count = true; break;
		case OPT_REGEX: o->regex = given.regex = true; break;
		case OPT_NO_VARIANT_FOLD: o->variant_fold = false; given.search_only = c; break;
		case OPT_PINYIN: o->pinyin = true; given.search_only = c; break;
		case OPT_ENCODING: o->encoding = optarg; break;
		case OPT_FORMAT_IN: o->format_in = optarg; break;
		case OPT_NOISE_RULES: o->noise_rules = optarg; given.noise_rules = true; break;
		case OPT_RAW: o->raw = given.raw = true; break;
		case OPT_NO_REFLOW: o->reflow = false; break;
		case OPT_MAX_SIZE:
			o->max_size = parse_size(optarg);
			if (!o->max_size)
				return fail_usage("invalid size '%s' (a number of bytes, with K, M or G)",
						  optarg);
			break;
		case OPT_ASCII: o->ascii = given.ascii = true; break;
		case OPT_WIDTH: {
			char *end;
			long w;
			errno = 0;
			w = strtol(optarg, &end, 10);
			if (end == optarg || *end || errno || (w != 0 && (w < 10 || w > 10000)))
				return fail_usage("invalid width '%s' (0, or columns from 10 to 10000)", optarg);
			o->width = (int)w;
			given.width = true;
			break;
		}
		case OPT_BOM: o->bom = true; break;
		case 'r':
		case OPT_RECURSIVE: o->recursive = true; break;
		case OPT_NO_HISTORY: o->no_history = true; break;
		case 'N':
		case OPT_LINE_NUMBERS: o->line_numbers = true; break;
		case OPT_HELP:
			usage();
			return 0;
		case OPT_VERSION:
			version();
			return 0;
		default:
			if (optopt > OPT_NONE)
				return fail_usage("option '%s' requires an argument", argv[optind - 1]);
			return fail_usage("unrecognized option '%s'", argv[optind - 1]);
		}
	}
	if (optind < argc) {
		o->file = argv[optind];
		o->files = argv + optind;
		o->file_count = (size_t)(argc - optind);
	}
	/* Several files are for the batch modes; the browser and --section
	 * take one. */
	if (o->file_count > 1 && (o->mode == MODE_SECTION || o->format == FORMAT_MARKDOWN))
		return fail_usage("extra operand '%s' (--section and --format=markdown take one FILE)",
				  o->files[1]);
	if (refuse_conflicts(o, &given) >= 0)
		return 2;
	if (o->mode == MODE_SEARCH && o->search[0] == '\0')
		return fail_usage("%s", "empty search terms");
	if (o->mode == MODE_SECTION && !outline_spec_valid(o->section))
		return fail_usage("invalid section '%s' (a path of labels such as 三、 or 一、/（二）, "
				  "or a number such as 5 or §5)", o->section);
	if (o->format == FORMAT_MARKDOWN && o->mode == MODE_UI)
		o->mode = MODE_EXPORT;
	return -1;
}
