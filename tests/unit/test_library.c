/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_library.c - several reports in the browser without a terminal: the
 * rows as --list gives them and a file that cannot be read, the orders s
 * cycles through, the next and previous report with each report's own
 * reading position, and the search across the reports with n going on
 * into the next report. */
#include "unit.h"

#include <stdio.h>

#include <sys/stat.h>
#include <unistd.h>

#include "library.h"

static const char *const texts[] = {
	"甲市关于加强普法工作的通知\n\n一、总体要求\n正文一。\n二、主要任务\n开展普法宣传。\n"
	"三、保障措施\n正文三。\n\n甲市人民政府\n2021年3月1日\n",
	"乙县2023年工作总结\n\n一、基本情况\n正文。\n二、存在问题\n普法不够。普法还要加强。\n"
	"三、下步打算\n正文三。\n\n乙县人民政府\n2023年12月5日\n",
	"丙区十四五规划\n\n一、发展基础\n没有那个词。\n二、目标\n正文。\n",
};

/* The files a.txt, b.txt, c.txt (texts above), d.txt (missing) in a
 * directory of their own. */
struct fixture {
	char dir[64];
	char *files[4];
	struct report_options options;
	struct library *library;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);

	snprintf(f->dir, sizeof f->dir, "%s", "/tmp/baogao-library.XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	for (int i = 0; i < 4; i++) {
		FILE *out;
		assert_true(asprintf(&f->files[i], "%s/%c.txt", f->dir, 'a' + i) > 0);
		if (i == 3)
			continue;
		out = fopen(f->files[i], "w");
		assert_non_null(out);
		fputs(texts[i], out);
		fclose(out);
	}
	f->options.reflow = true;
	f->library = library_new(f->files, 4, &f->options, 2);
	assert_non_null(f->library);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	library_free(f->library);
	for (int i = 0; i < 4; i++) {
		unlink(f->files[i]);
		free(f->files[i]);
	}
	rmdir(f->dir);
	free(f);
	return 0;
}

static void
rows_as_list_gives_them(void **state)
{
	struct fixture *f = *state;
	struct library *l = f->library;
	char size[16];

	assert_int_equal(l->loaded + l->failed, 0);
	assert_true(library_loading(l));
	assert_int_equal(library_step(l, true), 4);
	assert_false(library_loading(l));
	assert_int_equal(l->loaded, 3);
	assert_int_equal(l->failed, 1);
	assert_int_equal(l->entries[0].state, LIBRARY_LOADED);
	assert_string_equal(l->entries[0].row.title, "甲市关于加强普法工作的通知");
	assert_string_equal(l->entries[0].row.issuer, "甲市人民政府");
	assert_string_equal(l->entries[0].row.date, "2021-03-01");
	assert_string_equal(l->entries[0].row.kind, "通知");
	assert_int_equal(l->entries[0].row.sections, 3);
	assert_string_equal(l->entries[1].row.kind, "总结");
	assert_string_equal(l->entries[2].row.kind, "规划");
	assert_null(l->entries[2].row.date);
	/* the file that cannot be read: its row says why */
	assert_int_equal(l->entries[3].state, LIBRARY_FAILED);
	assert_non_null(strstr(l->entries[3].error, "cannot open file"));
	assert_null(library_browse(l, 3));

	library_size_text(512, size, sizeof size);
	assert_string_equal(size, "512");
	library_size_text(9868, size, sizeof size);
	assert_string_equal(size, "9.6K");
	library_size_text(123456, size, sizeof size);
	assert_string_equal(size, "121K");
	library_size_text(3565158, size, sizeof size);
	assert_string_equal(size, "3.4M");
}

/* The entries of the rows, in order, as letters: "abcd". */
static void
rows_order(const struct library *l, char *out)
{
	for (size_t i = 0; i < l->count; i++)
		out[i] = (char)('a' + l->order[i]);
	out[l->count] = '\0';
}

static void
sort_orders(void **state)
{
	struct fixture *f = *state;
	struct library *l = f->library;
	char order[8];

	library_step(l, true);
	rows_order(l, order);
	assert_string_equal(order, "abcd");
	/* newest first, undated then unreadable last */
	library_sort(l, LIBRARY_BY_DATE);
	rows_order(l, order);
	assert_string_equal(order, "bacd");
	assert_string_equal(library_sort_name(l->sort), "date");
	/* Unicode order: 乙 (U+4E59) before 甲 (U+7532), no issuer last */
	library_sort(l, LIBRARY_BY_ISSUER);
	rows_order(l, order);
	assert_string_equal(order, "bacd");
	library_sort(l, LIBRARY_BY_TITLE);
	rows_order(l, order);
	assert_string_equal(order, "cbad");   /* 丙 U+4E19, 乙 U+4E59, 甲 U+7532 */
	assert_int_equal(library_row_of(l, 0), 2);
	library_sort(l, LIBRARY_BY_FILE);
	rows_order(l, order);
	assert_string_equal(order, "abcd");
}

static void
next_and_previous_keep_positions(void **state)
{
	struct fixture *f = *state;
	struct library *l = f->library;
	struct browse *a, *b;
	const struct outline_node *third;

	library_step(l, true);
	/* the order of the rows, skipping the unreadable file */
	assert_int_equal(library_neighbour(l, 0, true), 1);
	assert_int_equal(library_neighbour(l, 2, true), SIZE_MAX);
	assert_int_equal(library_neighbour(l, 0, false), SIZE_MAX);
	library_sort(l, LIBRARY_BY_DATE);
	assert_int_equal(library_neighbour(l, 1, true), 0);
	assert_int_equal(library_neighbour(l, 0, false), 1);

	a = library_browse(l, 0);
	assert_non_null(a);
	browse_section(a, 3);
	third = a->section;
	assert_string_equal(third->label, "三、");
	browse_set_mark(a, 'x');
	b = library_browse(l, 1);
	assert_non_null(b);
	assert_ptr_not_equal(a, b);
	assert_int_equal(b->anchor, 0);
	browse_section(b, 2);
	/* back to the first: where it was left, with its mark */
	assert_ptr_equal(library_browse(l, 0), a);
	assert_ptr_equal(a->section, third);
	assert_int_equal(a->anchor, third->offset);
	browse_goto(a, 0, true);
	browse_goto_mark(a, 'x');
	assert_ptr_equal(a->section, third);
	assert_string_equal(library_browse(l, 1)->section->label, "二、");
}

static void
search_across_reports(void **state)
{
	struct fixture *f = *state;
	struct library *l = f->library;
	struct bg_error err = { BG_OK, "" };
	struct browse *b;
	bool wrapped;

	library_step(l, true);
	assert_int_equal(library_search(l, "普法", 0, &err), BG_OK);
	assert_int_equal(l->searched_count, 3);
	assert_int_equal(l->found_count, 2);
	/* a: the title and 二、; b: 二、 twice */
	assert_int_equal(l->hit_count, 5);
	assert_true(l->hits[0].report);
	assert_int_equal(l->hits[0].entry, 0);
	assert_int_equal(l->hits[0].count, 2);
	assert_null(l->hits[1].node);           /* the title, before 一、 */
	assert_string_equal(l->hits[2].node->label, "二、");
	assert_int_equal(l->hits[2].count, 1);
	assert_int_equal(l->hits[2].first, 1);
	assert_true(l->hits[3].report);
	assert_int_equal(l->hits[3].entry, 1);
	assert_int_equal(l->hits[3].count, 2);
	assert_string_equal(l->hits[4].node->label, "二、");
	assert_int_equal(l->hits[4].count, 2);

	/* opened at a match: the report's search is the library's */
	b = library_browse(l, 1);
	assert_true(library_give_matches(l, 1, b, 1));
	assert_true(b->search.searched);
	assert_string_equal(b->search.terms, "普法");
	assert_int_equal(b->search.matches.count, 2);
	assert_int_equal(b->search.current_match, 1);
	assert_string_equal(b->section->label, "二、");

	/* n past the last match of b: the next report with matches is a,
	 * round from the end */
	assert_int_equal(library_found_neighbour(l, 1, true, &wrapped), 0);
	assert_true(wrapped);
	assert_int_equal(library_found_neighbour(l, 0, true, &wrapped), 1);
	assert_false(wrapped);
	assert_int_equal(library_found_neighbour(l, 0, false, &wrapped), 1);
	assert_true(wrapped);
	/* c has none: from it, the first */
	assert_int_equal(library_found_neighbour(l, 2, true, &wrapped), 0);

	assert_int_equal(library_search(l, "没有那个词", 0, &err), BG_OK);
	assert_int_equal(l->found_count, 1);
	assert_int_equal(l->hits[0].entry, 2);
	assert_int_equal(library_search(l, "无此词", 0, &err), BG_OK);
	assert_int_equal(l->hit_count, 0);
	assert_int_equal(library_found_neighbour(l, 0, true, &wrapped), SIZE_MAX);
}

/* Reports loaded a step at a time: the rows fill in, the order kept. */
static void
loads_step_by_step(void **state)
{
	struct fixture *f = *state;
	struct library *l = f->library;
	size_t taken = 0;

	library_sort(l, LIBRARY_BY_DATE);
	for (int i = 0; i < 10000 && library_loading(l); i++) {
		taken += library_step(l, false);
		if (library_loading(l) && !library_ready(l))
			usleep(1000);
	}
	assert_false(library_loading(l));
	assert_int_equal(taken, 4);
	assert_int_equal(l->order[0], 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(rows_as_list_gives_them, setup, teardown),
		cmocka_unit_test_setup_teardown(sort_orders, setup, teardown),
		cmocka_unit_test_setup_teardown(next_and_previous_keep_positions, setup, teardown),
		cmocka_unit_test_setup_teardown(search_across_reports, setup, teardown),
		cmocka_unit_test_setup_teardown(loads_step_by_step, setup, teardown),
	};

	return UNIT_RUN(tests);
}
