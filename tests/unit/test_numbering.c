/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_numbering.c - automatic numbering rendered as Word shows it: the
 * formats, the level texts, counting, and restarts. */
#include "unit.h"

#include "numbering.h"

static void
expect_shown(enum numbering_format format, long value, const char *shown)
{
	char out[64];
	size_t n = numbering_value(format, value, out, sizeof out);

	if (strcmp(out, shown) != 0)
		print_error("%ld: got %s, expected %s\n", value, out, shown);
	assert_string_equal(out, shown);
	assert_int_equal(n, strlen(shown));
}

static void
chinese_counting(void **state)
{
	(void)state;
	expect_shown(NUMBERING_CHINESE_COUNTING, 1, "一");
	expect_shown(NUMBERING_CHINESE_COUNTING, 9, "九");
	expect_shown(NUMBERING_CHINESE_COUNTING, 10, "十");
	expect_shown(NUMBERING_CHINESE_COUNTING, 11, "十一");
	expect_shown(NUMBERING_CHINESE_COUNTING, 20, "二十");
	expect_shown(NUMBERING_CHINESE_COUNTING, 21, "二十一");
	expect_shown(NUMBERING_CHINESE_COUNTING, 99, "九十九");
	expect_shown(NUMBERING_CHINESE_COUNTING, 100, "一百");
	expect_shown(NUMBERING_CHINESE_COUNTING, 101, "一百零一");
	expect_shown(NUMBERING_CHINESE_COUNTING, 110, "一百一十");
	expect_shown(NUMBERING_CHINESE_COUNTING, 1001, "一千零一");
	expect_shown(NUMBERING_CHINESE_COUNTING, 1010, "一千零一十");
	expect_shown(NUMBERING_CHINESE_COUNTING, 10000, "一万");
	expect_shown(NUMBERING_CHINESE_COUNTING, 0, "0");
	assert_int_equal(numbering_format_named("chineseCountingThousand"),
			 NUMBERING_CHINESE_COUNTING);
	expect_shown(NUMBERING_CHINESE_LEGAL, 10, "壹拾");
	expect_shown(NUMBERING_CHINESE_LEGAL, 12, "壹拾贰");
	expect_shown(NUMBERING_IDEOGRAPH_ZODIAC, 3, "丙");
}

static void
other_formats(void **state)
{
	(void)state;
	expect_shown(NUMBERING_ENCLOSED_CIRCLE, 1, "①");
	expect_shown(NUMBERING_ENCLOSED_CIRCLE, 10, "⑩");
	expect_shown(NUMBERING_ENCLOSED_CIRCLE, 20, "⑳");
	expect_shown(NUMBERING_ENCLOSED_CIRCLE, 21, "21");
	expect_shown(NUMBERING_ENCLOSED_PAREN, 2, "⑵");
	expect_shown(NUMBERING_ENCLOSED_FULLSTOP, 3, "⒊");
	expect_shown(NUMBERING_DECIMAL, 7, "7");
	expect_shown(NUMBERING_DECIMAL_ZERO, 7, "07");
	expect_shown(NUMBERING_DECIMAL_FULL_WIDTH, 12, "１２");
	expect_shown(NUMBERING_LOWER_LETTER, 1, "a");
	expect_shown(NUMBERING_LOWER_LETTER, 26, "z");
	expect_shown(NUMBERING_LOWER_LETTER, 28, "bb");
	expect_shown(NUMBERING_UPPER_LETTER, 3, "C");
	expect_shown(NUMBERING_LOWER_ROMAN, 4, "iv");
	expect_shown(NUMBERING_UPPER_ROMAN, 1994, "MCMXCIV");
	assert_int_equal(numbering_format_named("decimalEnclosedCircle"), NUMBERING_ENCLOSED_CIRCLE);
	assert_int_equal(numbering_format_named("noSuchFormat"), NUMBERING_DECIMAL);
	{
		char small[4];
		/* Cut short, never overrun. */
		assert_int_equal(numbering_value(NUMBERING_CHINESE_COUNTING, 11, small, sizeof small), 6);
		assert_string_equal(small, "十");
	}
}

/* A list as Chinese reports number their headings: 一、 （一） 1. */
static struct numbering
report_list(void)
{
	struct numbering n;
	struct numbering_list *list;
	static const char *const texts[] = { "%1、", "（%2）", "%3." };

	memset(&n, 0, sizeof n);
	list = numbering_add_list(&n, 7);
	assert_non_null(list);
	for (int i = 0; i < 3; i++) {
		list->levels[i].format = i < 2 ? NUMBERING_CHINESE_COUNTING : NUMBERING_DECIMAL;
		list->levels[i].text = strdup(texts[i]);
	}
	assert_non_null(numbering_add_instance(&n, 1, 7));
	return n;
}

static void
expect_next(struct numbering *n, long id, int level, const char *shown)
{
	char out[64];

	assert_true(numbering_next(n, id, level, out, sizeof out));
	assert_string_equal(out, shown);
}

static void
counting_and_levels(void **state)
{
	struct numbering n = report_list();
	char out[64];

	(void)state;
	expect_next(&n, 1, 0, "一、");
	expect_next(&n, 1, 1, "（一）");
	expect_next(&n, 1, 2, "1.");
	expect_next(&n, 1, 2, "2.");
	expect_next(&n, 1, 1, "（二）");
	/* a lower level starts again under a higher one */
	expect_next(&n, 1, 2, "1.");
	expect_next(&n, 1, 0, "二、");
	expect_next(&n, 1, 1, "（一）");
	for (int i = 2; i <= 10; i++)
		numbering_next(&n, 1, 1, out, sizeof out);
	assert_string_equal(out, "（十）");
	expect_next(&n, 1, 1, "（十一）");
	/* an unknown numbering shows nothing */
	assert_false(numbering_next(&n, 99, 0, out, sizeof out));
	assert_string_equal(out, "");
	numbering_free(&n);
}

static void
restarts_and_starts(void **state)
{
	struct numbering n = report_list();
	struct numbering_instance *again;

	(void)state;
	n.lists[0].levels[2].start = 3;
	expect_next(&n, 1, 2, "3.");
	expect_next(&n, 1, 2, "4.");
	/* a second numbering of the same list goes on counting ... */
	assert_non_null(numbering_add_instance(&n, 2, 7));
	expect_next(&n, 2, 2, "5.");
	/* ... unless it restarts a level (w:lvlOverride/w:startOverride) */
	again = numbering_add_instance(&n, 3, 7);
	assert_non_null(again);
	again->start_override[2] = 1;
	expect_next(&n, 3, 2, "1.");
	expect_next(&n, 1, 2, "2.");
	/* the restart is done where it is first used, once */
	expect_next(&n, 3, 2, "3.");
	/* %1 of a level not yet counted shows its start; legal numbering
	 * shows the levels in decimal */
	n.lists[0].levels[1].text = (free(n.lists[0].levels[1].text), strdup("%1.%2"));
	n.lists[0].levels[1].legal = true;
	expect_next(&n, 1, 1, "1.1");
	numbering_free(&n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(chinese_counting),
		cmocka_unit_test(other_formats),
		cmocka_unit_test(counting_and_levels),
		cmocka_unit_test(restarts_and_starts),
	};
	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
