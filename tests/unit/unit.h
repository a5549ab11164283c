/* SPDX-License-Identifier: GPL-3.0-or-later */
/* unit.h - what every unit test includes, and small helpers to build a
 * document from a string. */
#ifndef BAOGAO_UNIT_H
#define BAOGAO_UNIT_H

#include <config.h>

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "clean.h"
#include "datafile.h"
#include "doc.h"
#include "figures.h"
#include "load.h"
#include "outline.h"

/* The bytes of the file NAME under the source tree (the caller frees
 * them); *LENGTH gets their number. */
static inline char *
unit_read_source_file(const char *name, size_t *length)
{
	const char *top = getenv("top_srcdir");
	char path[4096];
	FILE *f;
	char *bytes;
	long size;

	snprintf(path, sizeof path, "%s/%s", top ? top : ".", name);
	f = fopen(path, "rb");
	if (!f)
		print_error("cannot open %s\n", path);
	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	size = ftell(f);
	assert_true(size > 0);
	rewind(f);
	bytes = malloc((size_t)size + 1);
	assert_non_null(bytes);
	assert_int_equal(fread(bytes, 1, (size_t)size, f), (size_t)size);
	bytes[size] = '\0';
	fclose(f);
	*length = (size_t)size;
	return bytes;
}

/* Loads TEXT with default options (reflow on, noise RULES may be NULL);
 * fails the test when it does not load. */
static inline struct doc *
unit_load(const char *text, const struct noise_rules *rules)
{
	struct load_options options = { NULL, rules, true, 0 };
	struct bg_error err = { BG_OK, "" };
	struct doc *doc = NULL;
	enum bg_status st = load_bytes(text, strlen(text), "test", &options, &doc, &err);

	if (st != BG_OK)
		print_error("load_bytes: %s: %s\n", bg_status_message(st), err.detail);
	assert_int_equal(st, BG_OK);
	return doc;
}

/* The text of paragraph I of DOC as a new string (the caller frees it). */
static inline char *
unit_paragraph(const struct doc *doc, size_t i)
{
	assert_true(i < doc->paragraph_count);
	return strndup(doc->text + doc->paragraphs[i].offset, doc->paragraphs[i].length);
}

/* Loads the bundled unit table into *UNITS, for the tests that find
 * figures (their group setup); 0, or -1 after saying why on stderr. */
static inline int
unit_load_units(struct unit_table **units)
{
	char *path = datafile_path("units");
	struct bg_error err = { BG_OK, "" };
	enum bg_status st;

	if (!path) {
		print_error("data file units not found\n");
		return -1;
	}
	st = figures_load_units(path, units, &err);
	if (st != BG_OK)
		print_error("%s: %s: %s\n", path, bg_status_message(st), err.detail);
	free(path);
	return st == BG_OK ? 0 : -1;
}

/* Runs TESTS in a UTF-8 locale, as baogao itself does. */
#define UNIT_RUN(tests) \
	(setlocale(LC_ALL, "C.UTF-8"), cmocka_run_group_tests(tests, NULL, NULL))

#endif
