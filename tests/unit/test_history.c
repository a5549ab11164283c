/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_history.c - the state file of where each report was left: what
 * it reads and what it refuses (corrupt input, truncated and huge lines,
 * a newer version), printing and reading back, the cap on entries, and
 * writing through a temporary file. */
#include "unit.h"

#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "history.h"

static const char good[] =
	"baogao-history 1\n"
	"4471 1764979200.123456789 14:1 a14:1,B5:3 /home/me/2023%20summary.txt\n"
	"10 -5.000000000 2:3 - /tmp/x\n";

static void
reads_a_good_file(void **state)
{
	struct history h = { NULL, 0 };
	struct bg_error err = { BG_OK, "" };

	(void)state;
	assert_int_equal(history_parse(good, strlen(good), &h, &err), BG_OK);
	assert_int_equal(h.count, 2);
	assert_string_equal(h.entries[0].path, "/home/me/2023 summary.txt");
	assert_int_equal(h.entries[0].size, 4471);
	assert_int_equal(h.entries[0].mtime_sec, 1764979200);
	assert_int_equal(h.entries[0].mtime_nsec, 123456789);
	assert_int_equal(h.entries[0].position.line, 14);
	assert_int_equal(h.entries[0].marks[0].line, 14);
	assert_int_equal(h.entries[0].marks[27].line, 5);
	assert_int_equal(h.entries[0].marks[27].column, 3);
	assert_int_equal(h.entries[0].marks[1].line, 0);
	assert_int_equal(h.entries[1].mtime_sec, -5);
	assert_int_equal(h.entries[1].position.column, 3);
	history_free(&h);
}

/* Printed and read back, the same text. */
static void
prints_what_it_reads(void **state)
{
	struct history h = { NULL, 0 };
	size_t length;
	char *text;

	(void)state;
	assert_int_equal(history_parse(good, strlen(good), &h, NULL), BG_OK);
	text = history_format(&h, &length);
	assert_non_null(text);
	assert_string_equal(text, good);
	assert_int_equal(length, strlen(good));
	free(text);
	history_free(&h);
}

/* Each of these is refused as a whole, with the line said. */
static void
refuses_corrupt_input(void **state)
{
	static const struct {
		const char *text, *detail;
	} cases[] = {
		{ "", "empty" },
		{ "hello\n", "line 1: not a baogao state file" },
		{ "baogao-history x\n", "line 1: a bad version" },
		{ "baogao-history 0\n", "line 1: a bad version" },
		{ "baogao-history 1", "line 1: cut short" },
		{ "baogao-history 1\n1 2.3 4:5 - /a", "line 2: cut short" },
		{ "baogao-history 1\n1 2.3 4:5 - /a\n\n", "line 3: bad size" },
		{ "baogao-history 1\nx 2.3 4:5 - /a\n", "line 2: bad size" },
		{ "baogao-history 1\n99999999999999999999 2.3 4:5 - /a\n",
		  "line 2: bad size" },
		{ "baogao-history 1\n1 2 4:5 - /a\n", "line 2: bad modification time" },
		{ "baogao-history 1\n1 2.1000000000 4:5 - /a\n",
		  "line 2: bad modification time" },
		{ "baogao-history 1\n1 2.3 0:5 - /a\n", "line 2: bad position" },
		{ "baogao-history 1\n1 2.3 4:99999999999 - /a\n", "line 2: bad position" },
		{ "baogao-history 1\n1 2.3 4:5 1:1 /a\n", "line 2: bad marks" },
		{ "baogao-history 1\n1 2.3 4:5 a1:1, /a\n", "line 2: bad marks" },
		{ "baogao-history 1\n1 2.3 4:5 - a\n", "line 2: bad path" },
		{ "baogao-history 1\n1 2.3 4:5 - \n", "line 2: bad path" },
		{ "baogao-history 1\n1 2.3 4:5 - /a b\n", "line 2: bad path" },
		{ "baogao-history 1\n1 2.3 4:5 - /a%0\n", "line 2: bad path" },
		{ "baogao-history 1\n1 2.3 4:5 - /a%00b\n", "line 2: bad path" },
		{ "baogao-history 1\n1 2.3 4:5 - /a\tb\n", "line 2: bad path" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct history h = { NULL, 0 };
		struct bg_error err = { BG_OK, "" };

		assert_int_equal(history_parse(cases[i].text, strlen(cases[i].text), &h, &err),
				 BG_ERR_STATE);
		assert_string_equal(err.detail, cases[i].detail);
		history_free(&h);
	}
}

/* A line longer than HISTORY_LINE_MAX, or a file of NUL bytes. */
static void
refuses_huge_lines_and_binary(void **state)
{
	size_t n = HISTORY_LINE_MAX + 100;
	char *text = malloc(n + 40);
	struct history h = { NULL, 0 };
	struct bg_error err = { BG_OK, "" };

	(void)state;
	strcpy(text, "baogao-history 1\n1 2.3 4:5 - /");
	memset(text + strlen(text), 'a', n);
	text[17 + n] = '\n';
	assert_int_equal(history_parse(text, 18 + n, &h, &err), BG_ERR_STATE);
	assert_string_equal(err.detail, "line 2: longer than 8192 bytes");
	history_free(&h);
	memset(text, 0, 64);
	assert_int_equal(history_parse(text, 64, &h, &err), BG_ERR_STATE);
	history_free(&h);
	free(text);
}

/* Every prefix of a good file, and every byte of it changed to each of
 * a few others: read or refused, never a crash; what is read prints and
 * reads back the same. */
static void
survives_damage(void **state)
{
	static const char others[] = { 0, '\n', ' ', '%', ':', ',', '-', '.', '/', '0', '9', 'a', 'Z',
				       '\xff' };
	size_t n = strlen(good);
	char text[sizeof good];

	(void)state;
	for (size_t cut = 0; cut <= n; cut++)
		for (size_t at = 0; at <= cut; at++)
			for (size_t o = 0; o < (at < cut ? sizeof others : 1); o++) {
				struct history h = { NULL, 0 }, again = { NULL, 0 };
				enum bg_status st;
				size_t length;
				char *printed;

				memcpy(text, good, n);
				if (at < cut)
					text[at] = others[o];
				st = history_parse(text, cut, &h, NULL);
				assert_true(st == BG_OK || st == BG_ERR_STATE || st == BG_ERR_STATE_NEWER);
				if (st == BG_OK) {
					printed = history_format(&h, &length);
					assert_non_null(printed);
					assert_int_equal(history_parse(printed, length, &again, NULL), BG_OK);
					assert_int_equal(again.count, h.count);
					for (size_t i = 0; i < h.count; i++) {
						assert_string_equal(again.entries[i].path, h.entries[i].path);
						assert_int_equal(h.entries[i].path[0], '/');
					}
					free(printed);
				}
				history_free(&h);
				history_free(&again);
			}
}

static void
refuses_a_newer_version(void **state)
{
	static const char newer[] = "baogao-history 2\nwhatever comes in version 2\n";
	struct history h = { NULL, 0 };
	struct bg_error err = { BG_OK, "" };

	(void)state;
	assert_int_equal(history_parse(newer, strlen(newer), &h, &err), BG_ERR_STATE_NEWER);
	assert_string_equal(err.detail, "version 2; this baogao reads 1");
	assert_int_equal(h.count, 0);
}

/* put replaces a path's entry and makes it the newest; the oldest go
 * past the cap; find needs the same size and mtime. */
static void
put_find_and_the_cap(void **state)
{
	struct history h = { NULL, 0 };
	struct history_entry e = { 0 };
	char path[32];

	(void)state;
	e.path = path;
	e.position = (struct history_place){ 3, 1 };
	for (int i = 0; i < HISTORY_ENTRIES + 10; i++) {
		snprintf(path, sizeof path, "/r/%d", i);
		e.size = (uint64_t)i;
		assert_int_equal(history_put(&h, &e), BG_OK);
	}
	assert_int_equal(h.count, HISTORY_ENTRIES);
	assert_string_equal(h.entries[0].path, "/r/10");
	snprintf(path, sizeof path, "/r/5");
	e.size = 5;
	assert_null(history_find(&h, &e));
	snprintf(path, sizeof path, "/r/20");
	e.size = 20;
	assert_non_null(history_find(&h, &e));
	e.size = 21;            /* the file changed */
	assert_null(history_find(&h, &e));
	e.position.line = 9;
	assert_int_equal(history_put(&h, &e), BG_OK);
	assert_int_equal(h.count, HISTORY_ENTRIES);
	assert_string_equal(h.entries[h.count - 1].path, "/r/20");
	assert_int_equal(h.entries[h.count - 1].position.line, 9);
	assert_non_null(history_find(&h, &e));
	history_free(&h);
}

/* Written in a directory made for it, read back; nothing left beside it;
 * no file at all is an empty history. */
static void
writes_and_reads_a_file(void **state)
{
	char dir[] = "/tmp/baogao-history.XXXXXX", path[128], listing[256];
	struct history h = { NULL, 0 }, back = { NULL, 0 };
	struct history_entry key;
	struct bg_error err = { BG_OK, "" };
	FILE *ls;
	size_t n;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/state/baogao/history", dir);
	assert_int_equal(history_read(path, &back, &err), BG_OK);
	assert_int_equal(back.count, 0);
	assert_int_equal(history_parse(good, strlen(good), &h, NULL), BG_OK);
	assert_int_equal(history_key(path, &key, &err), BG_ERR_OPEN);
	assert_int_equal(history_write(path, &h, &err), BG_OK);
	assert_int_equal(history_read(path, &back, &err), BG_OK);
	assert_int_equal(back.count, 2);
	assert_string_equal(back.entries[0].path, "/home/me/2023 summary.txt");
	assert_int_equal(history_key(path, &key, &err), BG_OK);
	assert_int_equal(key.size, strlen(good));
	assert_int_equal(key.path[0], '/');
	history_entry_free(&key);
	snprintf(listing, sizeof listing, "ls -A %s/state/baogao", dir);
	ls = popen(listing, "r");
	n = fread(listing, 1, sizeof listing - 1, ls);
	listing[n] = '\0';
	pclose(ls);
	assert_string_equal(listing, "history\n");
	unlink(path);
	snprintf(listing, sizeof listing, "rm -r %s", dir);
	assert_int_equal(system(listing), 0);
	history_free(&h);
	history_free(&back);
}

static void
the_state_file_from_the_environment(void **state)
{
	char *file;

	(void)state;
	setenv("HOME", "/home/me", 1);
	setenv("XDG_STATE_HOME", "/var/state", 1);
	file = history_file();
	assert_string_equal(file, "/var/state/baogao/history");
	free(file);
	setenv("XDG_STATE_HOME", "relative", 1);
	file = history_file();
	assert_string_equal(file, "/home/me/.local/state/baogao/history");
	free(file);
	unsetenv("XDG_STATE_HOME");
	unsetenv("HOME");
	assert_null(history_file());
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_a_good_file),
		cmocka_unit_test(prints_what_it_reads),
		cmocka_unit_test(refuses_corrupt_input),
		cmocka_unit_test(refuses_huge_lines_and_binary),
		cmocka_unit_test(survives_damage),
		cmocka_unit_test(refuses_a_newer_version),
		cmocka_unit_test(put_find_and_the_cap),
		cmocka_unit_test(writes_and_reads_a_file),
		cmocka_unit_test(the_state_file_from_the_environment),
	};

	return UNIT_RUN(tests);
}
