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

#include "defaults.h"
#include "figures.h"
#include "i18n.h"
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
	printf(_("Usage: %s [OPTION]... [FILE]\n"
	       "  or:  %s [OPTION]... FILE|DIR...\n"
	       "  or:  %s --outline|--figures|--search=TERMS|--list [OPTION]... FILE|DIR...\n"
	       "  or:  %s --compare [OPTION]... OLD NEW\n"
	       "Browse a long report (Chinese official documents above all): its outline,\n"
	       "its figures and every mention of a word.  With no FILE, read standard\n"
	       "input when it is a pipe or a file, else open the bundled sample report;\n"
	       "FILE '-' reads standard input.  Several FILEs or a\n"
	       "directory (their reports: text, Markdown, Word, ODT, HTML, PDF) open the\n"
	       "library, a list of the reports to browse and search all at once; the batch\n"
	       "modes take them too and name the file on every row.\n"), PACKAGE_NAME,
	       PACKAGE_NAME, PACKAGE_NAME, PACKAGE_NAME);
	for (size_t i = 0; i < HELP_COUNT; i++) {
		const struct help_row *row = &help_rows[i];
		if (!row->name) {
			printf("\n%s%s", row->help ? _(row->help) : "", row->help ? "\n" : "");
			continue;
		}
		int width = printf("      --%s%s%s", row->name, row->argument ? "=" : "",
				   row->argument ? row->argument : "");
		printf("%*s", width < HELP_COLUMN - 1 ? HELP_COLUMN - width : 1, "");
		for (const char *line = _(row->help); *line;) {
			size_t n = strcspn(line, "\n");
			printf("%.*s\n", (int)n, line);
			line += n;
			if (*line == '\n') {
				line++;
				printf("%*s", HELP_COLUMN + HELP_MORE, "");
			}
		}
	}
	fputs(_("\n"
	       "Options are read first from $XDG_CONFIG_HOME/baogao/config (else\n"
	       "~/.config/baogao/config: one long option a line, such as width=60 or\n"
	       "ascii; # begins a comment), then from the BAOGAO environment variable\n"
	       "(BAOGAO='--width=60 --ascii'), then from the command line, which wins.\n"
	       "A mode, --format, --help and --version are for the command line only.\n"),
	      stdout);
	printf(_("\n"
	       "In the browser, press ? for the keys.  Exit status: 0 on success (with\n"
	       "--search: something matched), 1 when --search matched nothing, 2 on error.\n"
	       "\n"
	       "Report bugs to: %s\n"
	       "%s home page: <%s>\n"), PACKAGE_BUGREPORT, PACKAGE_NAME, PACKAGE_URL);
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

/* Where the option being parsed was given, "" for the command line:
 * "BAOGAO: " or "/home/me/.config/baogao/config:3: ". */
static char given_in[600];

/* Says what is wrong (printf's FORMAT and arguments) the GNU way, after
 * where the option was given; returns 2. */
static int fail_usage(const char *format, ...) __attribute__((format(printf, 1, 2)));

static int
fail_usage(const char *format, ...)
{
	char text[MESSAGE_MAX];
	va_list args;

	va_start(args, format);
	vsnprintf(text, sizeof text, format, args);
	va_end(args);
	message_print(stderr, "%s%s", given_in, text);
	fprintf(stderr, _("Try '%s --help' for more information.\n"), PACKAGE_NAME);
	return 2;
}

/* Sets given_in to where WORD was given. */
static void
set_given_in(const struct default_word *word)
{
	if (!word)
		given_in[0] = '\0';
	else if (word->line)
		snprintf(given_in, sizeof given_in, "%s:%u: ", word->source, word->line);
	else
		snprintf(given_in, sizeof given_in, "%s: ", word->source);
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
			n += (size_t)snprintf(list + n, sizeof list - n, "%s", _(" or "));
		else
			/* TRANSLATORS: between the values of a list ("text, tsv or json") */
			n += (size_t)snprintf(list + n, sizeof list - n, "%s", _(", "));
	}
	list[n] = '\0';
	return fail_usage(_("invalid %s '%s' (%s)"), what, arg, list);
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
	bool kind, count, regex, ascii, raw, noise_rules, width, ambiguous;
	enum option_id search_only;     /* --pinyin or --no-variant-fold, or OPT_NONE */
};

/* Returns 2 after saying why two options given cannot go together, else -1. */
static int
refuse_conflicts(const struct options *o, const struct given *g)
{
	const char *mode = g->mode != OPT_NONE ? name_of(g->mode) : NULL;

	if (g->other_mode != OPT_NONE)
		return fail_usage(_("--%s and --%s are two modes: give one"), mode, name_of(g->other_mode));
	if (o->mode != MODE_SEARCH && (g->count || g->regex))
		return fail_usage(_("--%s needs --search"), g->count ? "count" : "regex");
	if (g->search_only != OPT_NONE && ((o->mode != MODE_SEARCH && o->mode != MODE_UI) ||
					   (o->mode == MODE_UI && o->format == FORMAT_MARKDOWN)))
		return fail_usage(_("--%s is for --search and the browser, not --%s"), name_of(g->search_only),
				  mode ? mode : "format=markdown");
	if (g->kind && (o->mode == MODE_OUTLINE || o->mode == MODE_SEARCH || o->mode == MODE_SECTION ||
			o->mode == MODE_LIST))
		return fail_usage(_("--kind is for --figures and the browser, not --%s"), mode);
	if (g->kind && o->mode == MODE_UI && o->format == FORMAT_MARKDOWN)
		return fail_usage("%s", _("--kind is for --figures and the browser, not --format=markdown"));
	if (o->format == FORMAT_MARKDOWN && mode && o->mode != MODE_SECTION)
		return fail_usage(_("--format=markdown is for the whole report and --section, not --%s"), mode);
	/* CSV is for a spreadsheet: a table of figures.  An outline is a
	 * tree, matches are text in context: TSV and JSON serve them. */
	if (o->format == FORMAT_CSV && o->mode != MODE_FIGURES)
		return fail_usage(_("--format=csv is for --figures, not %s%s"),
				  mode ? "--" : "", mode ? mode : _("the browser or the outline"));
	if (o->bom && o->format != FORMAT_CSV)
		return fail_usage("%s", _("--bom is for --format=csv"));
	if (o->format == FORMAT_TSV && o->mode == MODE_SECTION)
		return fail_usage("%s", _("--section prints text, markdown or json, not tsv"));
	if ((g->ascii || g->width || g->ambiguous) && mode && o->mode != MODE_COMPARE)
		return fail_usage(_("--%s is for the browser, not --%s"),
				  g->ascii ? "ascii" : g->width ? "width" : "ambiguous", mode);
	if (o->recursive && (o->mode == MODE_SECTION || o->mode == MODE_COMPARE ||
			     o->format == FORMAT_MARKDOWN))
		return fail_usage(_("--recursive is for --outline, --figures, --search and --list, not %s"),
				  o->mode == MODE_SECTION ? "--section" :
				  o->mode == MODE_COMPARE ? "--compare" : "--format=markdown");
	if (g->raw && g->noise_rules)
		return fail_usage("%s", _("--raw keeps everything: it cannot go with --noise-rules"));
	return -1;
}

/* The options that say what to do rather than how: not defaults. */
static bool
command_only(enum option_id id)
{
	switch (id) {
	case OPT_OUTLINE: case OPT_FIGURES: case OPT_SEARCH: case OPT_LIST: case OPT_SECTION: case OPT_COMPARE:
	case OPT_FORMAT: case OPT_HELP: case OPT_VERSION:
		return true;
	default:
		return false;
	}
}

/* Checks the words of D against the option table before getopt sees
 * them, so that a word that is no option (or an option without its
 * value) is said with where it was given, and never takes a word of the
 * command line for its value.  Returns 2 after saying what is wrong,
 * else -1. */
static int
check_defaults(const struct defaults *d)
{
	for (size_t i = 0; i < d->count; i++) {
		const char *word = d->words[i].word;
		const struct option *option = NULL;
		size_t n;

		set_given_in(&d->words[i]);
		if (word[0] != '-' || word[1] == '\0')
			return fail_usage("'%s' is not an option", word);
		if (word[1] != '-') {
			/* the short options, -N and -r */
			if (word[strspn(word + 1, "rN") + 1] != '\0')
				return fail_usage("unrecognized option '%s'", word);
			continue;
		}
		n = strcspn(word + 2, "=");
		for (const struct option *o = long_options; o->name; o++)
			if (strlen(o->name) == n && strncmp(o->name, word + 2, n) == 0)
				option = o;
		if (!option)
			return fail_usage("unrecognized option '%.*s'", (int)(n + 2), word);
		if (command_only((enum option_id)option->val))
			return fail_usage("--%s says what to do: give it on the command line, not as a default",
					  option->name);
		if (option->has_arg == no_argument && word[n + 2] == '=')
			return fail_usage("option '--%s' doesn't allow an argument", option->name);
		if (option->has_arg == required_argument && word[n + 2] != '=') {
			/* BAOGAO='--width 60': the next word of the same source */
			if (i + 1 >= d->count || d->words[i + 1].source != d->words[i].source ||
			    d->words[i + 1].line != d->words[i].line)
				return fail_usage("option '--%s' requires an argument", option->name);
			i++;
		}
	}
	given_in[0] = '\0';
	return -1;
}

unsigned
options_search_flags(const struct options *o)
{
	return (o->regex ? SEARCH_REGEX : 0) | (o->variant_fold ? 0 : SEARCH_NO_VARIANT_FOLD) |
	       (o->pinyin ? SEARCH_PINYIN : 0);
}

/* The options of ARGV, whose words before FIRST_COMMAND are the defaults
 * D (words of the config file and of BAOGAO), into O; returns as
 * options_parse does. */
static int
parse(int argc, char **argv, int first_command, const struct defaults *d, struct options *o)
{
	struct given given = { OPT_NONE, OPT_NONE, false, false, false, false, false, false, false,
			       false, OPT_NONE };
	/* what the defaults ask of a mode is not held against the mode the
	 * command line asks for: a default for the browser (--width) is
	 * merely not used by --outline */
	struct given of_defaults = given, *g = &given;
	int c, before;

	o->kinds = FIGURE_KINDS_DEFAULT;
	o->reflow = true;
	o->width = 80;
	o->variant_fold = true;
	opterr = 0;
	optind = 0;     /* from the start (the unit tests parse again and again) */
	/* -r is grep's spelling of --recursive, -N less's of --line-numbers */
	for (;;) {
		/* the defaults come first and are all options (check_defaults):
		 * getopt takes them in order, without moving a word */
		before = optind > 0 ? optind : 1;
		c = getopt_long(argc, argv, "rN", long_options, NULL);
		if (c == -1)
			break;
		if (before < first_command) {
			size_t word = (size_t)before - 1;
			/* a default's value in the next word: name the option's */
			set_given_in(&d->words[word]);
			g = &of_defaults;
		} else {
			given_in[0] = '\0';
			g = &given;
		}
		switch (c) {
		case OPT_OUTLINE:
		case OPT_FIGURES:
		case OPT_SEARCH:
		case OPT_SECTION:
		case OPT_LIST:
		case OPT_COMPARE:
			if (g->mode == OPT_NONE)
				g->mode = c;
			else if ((int)g->mode != c && g->other_mode == OPT_NONE)
				g->other_mode = c;
			o->mode = c == OPT_OUTLINE ? MODE_OUTLINE : c == OPT_FIGURES ? MODE_FIGURES :
				  c == OPT_SEARCH ? MODE_SEARCH : c == OPT_LIST ? MODE_LIST :
				  c == OPT_COMPARE ? MODE_COMPARE : MODE_SECTION;
			if (c == OPT_SEARCH)
				o->search = optarg;
			if (c == OPT_SECTION)
				o->section = optarg;
			break;
		case OPT_FORMAT: {
			/* the values, in the order of enum output_format */
			int format = value_index(OPT_FORMAT, optarg, strlen(optarg));
			if (format < 0)
				return fail_value(OPT_FORMAT, _("format"), optarg);
			o->format = (enum output_format)format;
			o->format_given = true;
			break;
		}
		case OPT_KIND:
			o->kinds = parse_kinds(optarg);
			if (!o->kinds)
				return fail_value(OPT_KIND, _("kind list"), optarg);
			g->kind = true;
			break;
		case OPT_COUNT: o->count = g->count = true; break;
		case OPT_REGEX: o->regex = g->regex = true; break;
		case OPT_NO_VARIANT_FOLD: o->variant_fold = false; g->search_only = c; break;
		case OPT_PINYIN: o->pinyin = true; g->search_only = c; break;
		case OPT_ENCODING: o->encoding = optarg; break;
		case OPT_FORMAT_IN: o->format_in = optarg; break;
		case OPT_NOISE_RULES: o->noise_rules = optarg; g->noise_rules = true; break;
		case OPT_RAW: o->raw = g->raw = true; break;
		case OPT_NO_REFLOW: o->reflow = false; break;
		case OPT_MAX_SIZE:
			o->max_size = parse_size(optarg);
			if (!o->max_size)
				return fail_usage(_("invalid size '%s' (a number of bytes, with K, M or G)"),
						  optarg);
			break;
		case OPT_ASCII: o->ascii = g->ascii = true; break;
		case OPT_AMBIGUOUS: {
			/* the values, in the order of enum ui_ambiguous */
			int width = value_index(OPT_AMBIGUOUS, optarg, strlen(optarg));
			if (width < 0)
				return fail_value(OPT_AMBIGUOUS, _("ambiguous width"), optarg);
			o->ambiguous = (enum ui_ambiguous)width;
			g->ambiguous = true;
			break;
		}
		case OPT_WIDTH: {
			char *end;
			long w;
			errno = 0;
			w = strtol(optarg, &end, 10);
			if (end == optarg || *end || errno || (w != 0 && (w < 10 || w > 10000)))
				return fail_usage(_("invalid width '%s' (0, or columns from 10 to 10000)"), optarg);
			o->width = (int)w;
			g->width = true;
			break;
		}
		case OPT_BOM: o->bom = true; break;
		case OPT_SENTENCES: o->sentences = true; break;
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
				return fail_usage(_("option '%s' requires an argument"), argv[optind - 1]);
			return fail_usage(_("unrecognized option '%s'"), argv[optind - 1]);
		}
	}
	given_in[0] = '\0';
	if (optind < argc) {
		o->file = argv[optind];
		o->files = argv + optind;
		o->file_count = (size_t)(argc - optind);
	}
	/* Several files are for the batch modes; the browser and --section
	 * take one. */
	if (o->file_count > 1 && (o->mode == MODE_SECTION || o->format == FORMAT_MARKDOWN))
		return fail_usage(_("extra operand '%s' (--section and --format=markdown take one FILE)"),
				  o->files[1]);
	if (refuse_conflicts(o, &given) >= 0)
		return 2;
	if (o->mode == MODE_COMPARE && o->file_count != 2)
		return fail_usage("--compare takes two FILEs, OLD and NEW (%s)",
				  o->file_count < 2 ? "missing operand" : "extra operand");
	if (o->sentences && o->mode != MODE_COMPARE)
		return fail_usage("%s", "--sentences needs --compare");

	if (o->mode == MODE_SEARCH && o->search[0] == '\0')
		return fail_usage("%s", _("empty search terms"));
	if (o->mode == MODE_SECTION && !outline_spec_valid(o->section))
		return fail_usage(_("invalid section '%s' (a path of labels such as 三、 or 一、/（二）, "
				  "or a number such as 5 or §5)"), o->section);
	if (o->format == FORMAT_MARKDOWN && o->mode == MODE_UI)
		o->mode = MODE_EXPORT;
	return -1;
}

int
options_parse(int argc, char **argv, struct options *o)
{
	return options_parse_with(argc, argv, NULL, o);
}

int
options_parse_with(int argc, char **argv, const struct defaults *d, struct options *o)
{
	size_t words = d ? d->count : 0;
	char **all;

	memset(o, 0, sizeof *o);
	given_in[0] = '\0';
	if (words == 0)
		return parse(argc, argv, 1, d, o);
	if (check_defaults(d) >= 0)
		return 2;
	/* argv[0], the defaults, then the rest of the command line: O
	 * points into it (getopt moves the operands to its end), so it is
	 * O's until options_free */
	all = malloc(((size_t)argc + words + 1) * sizeof *all);
	if (!all) {
		message_error("out of memory");
		return 2;
	}
	all[0] = argv[0];
	for (size_t i = 0; i < words; i++)
		all[1 + i] = d->words[i].word;
	memcpy(all + 1 + words, argv + 1, (size_t)argc * sizeof *all);   /* its NULL too */
	o->argv = all;
	return parse(argc + (int)words, all, 1 + (int)words, d, o);
}

void
options_free(struct options *o)
{
	free(o->argv);
	o->argv = NULL;
}
