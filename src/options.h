/* SPDX-License-Identifier: GPL-3.0-or-later */
/* options.h - the command line: what it asks for, parsed from the one
 * option table (options.def). */
#ifndef BAOGAO_OPTIONS_H
#define BAOGAO_OPTIONS_H

#include <stdbool.h>

#include "print.h"
#include "ui/ui.h"

/* MODE_EXPORT: the whole report as Markdown (--format=markdown without a
 * mode); MODE_SECTION: one section (--section); MODE_LIST: a row per
 * report (--list); MODE_COMPARE: two reports side by side (--compare). */
enum mode { MODE_UI, MODE_OUTLINE, MODE_FIGURES, MODE_SEARCH, MODE_SECTION, MODE_EXPORT,
	    MODE_LIST, MODE_COMPARE };

struct options {
	enum mode mode;
	enum output_format format;
	bool format_given;      /* --format was given (--compare: batch, not the browser) */
	bool sentences;         /* --sentences: --compare lists sentences added and dropped */
	unsigned kinds;         /* bit 1 << enum figure_kind for each kind shown */
	const char *search;     /* the TERMS of --search, in argv */
	const char *section;    /* the SPEC of --section, in argv */
	bool regex;
	bool variant_fold;      /* not --no-variant-fold */
	bool pinyin;
	bool count;
	bool raw;
	bool reflow;
	bool ascii;
	enum ui_ambiguous ambiguous;  /* --ambiguous */
	int width;              /* --width: the text's columns at most; 0: the pane's */
	bool bom;               /* --bom: a UTF-8 byte-order mark before CSV */
	bool line_numbers;      /* -N, --line-numbers */
	bool no_history;
	const char *encoding;   /* NULL: detect */
	const char *format_in;  /* a reader's name; NULL: by the file's content */
	const char *noise_rules;
	const char *file;       /* NULL: the bundled sample; else files[0] */
	char **files;           /* every FILE operand, in argv */
	size_t file_count;
	bool recursive;         /* -r: descend into directories */
	size_t max_size;        /* --max-size; 0: the default */
	char **argv;            /* the defaults and the command line, when there
	                           were defaults (owned; options_free) */
};

struct defaults;

/* The enum search_flags that O asks for. */
unsigned options_search_flags(const struct options *o);

/* Fills O from ARGV (whose strings O then points into).  Returns -1 to go
 * on, else the exit status: 0 after --help or --version (printed on
 * stdout), 2 after a usage error (said on stderr). */
int options_parse(int argc, char **argv, struct options *o);

/* The same, with the defaults D (the config file's options, then
 * BAOGAO's; see defaults.h) before the command line, which overrides
 * them.  A default that is no option, lacks its value or is one that
 * says what to do (a mode, --format, --help, --version) is an error,
 * said with where it was given ("BAOGAO: ", "FILE:LINE: "), status 2.
 * What a default asks is not held against a mode (--width with
 * --outline): it is merely not used.  O may point into D, which must
 * outlive it; options_free frees what O owns. */
int options_parse_with(int argc, char **argv, const struct defaults *d, struct options *o);
void options_free(struct options *o);

#endif
