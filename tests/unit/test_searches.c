/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_searches.c - the state file of the searches typed before: what
 * it reads and refuses (a corrupt file is refused whole, never a crash),
 * printing and reading back, the cap of the last SEARCHES_MAX, a search
 * made again moving to the newest, and writing through a temporary
 * file. */
#include "unit.h"

#include <stdio.h>
#include <unistd.h>

#include "history.h"
#include "searches.h"

static const char good[] =
	"baogao-searches 1\n"
	"普法\n"
	"依法行政 \"公共法律服务\"\n"
	"100%25 %09tab\n";

static void
reads_and_prints_a_good_file(void **state)
{
	struct searches s = { NULL, 0 };
	struct bg_error err = { BG_OK, "" };
	size_t length;
	char *text;

	(void)state;
	assert_int_equal(searches_parse(good, strlen(good), &s, &err), BG_OK);
	assert_int_equal(s.count, 3);
	assert_string_equal(s.items[0], "普法");
	assert_string_equal(s.items[1], "依法行政 \"公共法律服务\"");
	assert_string_equal(s.items[2], "100% \ttab");
	text = searches_format(&s, &length);
	assert_non_null(text);
	assert_string_equal(text, good);
	assert_int_equal(length, strlen(good));
	free(text);
	searches_free(&s);
}

/* Each is refused whole, with the line said. */
static void
refuses_corrupt_files(void **state)
{
	static const struct {
		const char *text, *detail;
		enum bg_status status;
	} cases[] = {
		{ "", "empty", BG_ERR_STATE },
		{ "baogao-history 1\n", "line 1: not a baogao searches file", BG_ERR_STATE },
		{ "baogao-searches\n", "line 1: not a baogao searches file", BG_ERR_STATE },
		{ "baogao-searches x\n", "line 1: a bad version", BG_ERR_STATE },
		{ "baogao-searches 0\n", "line 1: a bad version", BG_ERR_STATE },
		{ "baogao-searches 2\n普法\n", "version 2; this baogao reads 1", BG_ERR_STATE_NEWER },
		{ "baogao-searches 1\n普法", "line 2: cut short", BG_ERR_STATE },
		{ "baogao-searches 1\n普法\n\n", "line 3: an empty search", BG_ERR_STATE },
		{ "baogao-searches 1\n\xff\xfe\n", "line 2: not UTF-8", BG_ERR_STATE },
		{ "baogao-searches 1\n%zz\n", "line 2: a bad %XX", BG_ERR_STATE },
		{ "baogao-searches 1\n%00\n", "line 2: a bad %XX", BG_ERR_STATE },
		{ "baogao-searches 1\na\rb\n", "line 2: a raw control character", BG_ERR_STATE },
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct searches s = { NULL, 0 };
		struct bg_error err = { BG_OK, "" };

		assert_int_equal(searches_parse(cases[i].text, strlen(cases[i].text), &s, &err),
				 cases[i].status);
		assert_string_equal(err.detail, cases[i].detail);
		searches_free(&s);
	}
}

/* A line longer than a search can be is refused; one just that long is
 * read. */
static void
the_longest_search(void **state)
{
	char text[2 * SEARCHES_LENGTH];
	struct searches s = { NULL, 0 };
	struct bg_error err = { BG_OK, "" };
	int n = snprintf(text, sizeof text, "baogao-searches 1\n");

	(void)state;
	memset(text + n, 'a', SEARCHES_LENGTH);
	text[n + SEARCHES_LENGTH] = '\n';
	assert_int_equal(searches_parse(text, (size_t)n + SEARCHES_LENGTH + 1, &s, &err), BG_OK);
	assert_int_equal(strlen(s.items[0]), SEARCHES_LENGTH);
	searches_free(&s);
	memset(text + n, 'a', SEARCHES_LENGTH + 1);
	text[n + SEARCHES_LENGTH + 1] = '\n';
	assert_int_equal(searches_parse(text, (size_t)n + SEARCHES_LENGTH + 2, &s, &err), BG_ERR_STATE);
	assert_string_equal(err.detail, "line 2: a search too long");
	searches_free(&s);
}

/* Every prefix of a good file, and the file with each byte damaged, is
 * read or refused, never a crash (the sanitizer build would say). */
static void
survives_damage(void **state)
{
	char copy[sizeof good];

	(void)state;
	for (size_t n = 0; n <= strlen(good); n++) {
		struct searches s = { NULL, 0 };
		searches_parse(good, n, &s, NULL);
		searches_free(&s);
	}
	for (size_t i = 0; i < strlen(good); i++)
		for (int bad = 0; bad < 256; bad += 17) {
			struct searches s = { NULL, 0 };
			memcpy(copy, good, sizeof good);
			copy[i] = (char)bad;
			searches_parse(copy, strlen(good), &s, NULL);
			searches_free(&s);
		}
}

/* The newest last; one made again moves there; the oldest go past the
 * cap; an empty search is not kept. */
static void
add_and_the_cap(void **state)
{
	struct searches s = { NULL, 0 };
	char search[16];

	(void)state;
	for (int i = 0; i < SEARCHES_MAX + 5; i++) {
		snprintf(search, sizeof search, "q%d", i);
		assert_int_equal(searches_add(&s, search), BG_OK);
	}
	assert_int_equal(s.count, SEARCHES_MAX);
	assert_string_equal(s.items[0], "q5");
	assert_string_equal(s.items[SEARCHES_MAX - 1], "q104");
	assert_int_equal(searches_add(&s, "q50"), BG_OK);
	assert_int_equal(s.count, SEARCHES_MAX);
	assert_string_equal(s.items[SEARCHES_MAX - 1], "q50");
	assert_string_equal(s.items[SEARCHES_MAX - 2], "q104");
	assert_int_equal(searches_add(&s, ""), BG_OK);
	assert_int_equal(searches_add(&s, "\xff"), BG_OK);
	assert_int_equal(s.count, SEARCHES_MAX);
	searches_free(&s);
}

/* Written where its directories do not exist yet, read back; nothing
 * left beside it; none at all is no searches. */
static void
writes_and_reads_a_file(void **state)
{
	char dir[] = "/tmp/baogao-searches.XXXXXX", path[128], listing[256];
	struct searches s = { NULL, 0 }, back = { NULL, 0 };
	struct bg_error err = { BG_OK, "" };
	FILE *ls;
	size_t n;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/state/baogao/searches", dir);
	assert_int_equal(searches_read(path, &back, &err), BG_OK);
	assert_int_equal(back.count, 0);
	assert_int_equal(searches_add(&s, "普法"), BG_OK);
	assert_int_equal(searches_add(&s, "欠薪"), BG_OK);
	assert_int_equal(searches_write(path, &s, &err), BG_OK);
	assert_int_equal(searches_read(path, &back, &err), BG_OK);
	assert_int_equal(back.count, 2);
	assert_string_equal(back.items[1], "欠薪");
	snprintf(listing, sizeof listing, "ls -A %s/state/baogao", dir);
	ls = popen(listing, "r");
	n = fread(listing, 1, sizeof listing - 1, ls);
	listing[n] = '\0';
	pclose(ls);
	assert_string_equal(listing, "searches\n");
	snprintf(listing, sizeof listing, "rm -r %s", dir);
	assert_int_equal(system(listing), 0);
	searches_free(&s);
	searches_free(&back);
}

static void
the_file_from_the_environment(void **state)
{
	char *file;

	(void)state;
	setenv("HOME", "/home/me", 1);
	setenv("XDG_STATE_HOME", "/var/state", 1);
	file = history_state_file("searches");
	assert_string_equal(file, "/var/state/baogao/searches");
	free(file);
	unsetenv("XDG_STATE_HOME");
	file = history_state_file("searches");
	assert_string_equal(file, "/home/me/.local/state/baogao/searches");
	free(file);
	unsetenv("HOME");
	assert_null(history_state_file("searches"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_and_prints_a_good_file),
		cmocka_unit_test(refuses_corrupt_files),
		cmocka_unit_test(the_longest_search),
		cmocka_unit_test(survives_damage),
		cmocka_unit_test(add_and_the_cap),
		cmocka_unit_test(writes_and_reads_a_file),
		cmocka_unit_test(the_file_from_the_environment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
