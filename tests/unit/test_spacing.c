/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_spacing.c - text a PDF extraction spaced out a character at a time,
 * closed up before it is read; a heading spaced out alone left as it is. */
#include "spacing.h"
#include "unit.h"

/* Closes up TEXT with CLOSE and compares with WANT. */
static void
check_with(size_t (*close)(char *, size_t), const char *text, const char *want)
{
	char *s = strdup(text);
	size_t n = close(s, strlen(s));

	assert_int_equal(n, strlen(want));
	assert_memory_equal(s, want, n);
	free(s);
}

static void
check(const char *text, const char *want)
{
	check_with(spacing_close_up, text, want);
}

static void
closed_up(void **state)
{
	(void)state;
	check("一  、  2025年  全  市  预  算", "一、2025年全市预算");
	check("（  一  ）收  入  预  期  。", "（一）收入预期。");
	check("增  长  6.6％  。  PPP  项  目", "增长6.6％。PPP项目");
	check("  首  行\n  次  行  ", "  首行\n  次行  ");   /* indents and ends stay */
	check("123  456 A  B", "123  456 A  B");              /* half-width neighbours */
	/* a table's row: the gap before its figures parts the cells */
	check("一  、  利  润  收  入  129334  92098  -28.79", "一、利润收入  129334  92098  -28.79");
	check("总  额  2315763", "总额  2315763");
	check("完  成  1093.35亿  元  ，  增  长  3.6%。", "完成1093.35亿元，增长3.6%。");
	check("2026  年  预  算  2025", "2026年预算  2025");  /* (a year at a line's end too) */
}

static void
check_gaps(const char *text, const char *want)
{
	check_with(spacing_close_gaps, text, want);
}

static void
gaps_closed(void **state)
{
	(void)state;
	check_gaps("市级  一般公共预算执行情况", "市级一般公共预算执行情况");
	check_gaps("2025  年预算执行情况", "2025年预算执行情况");
	check_gaps("坚持守正创新  、精益求精", "坚持守正创新、精益求精");
	check_gaps("总 则", "总 则");                 /* one space, on purpose */
	check_gaps("PM2.5  浓度", "PM2.5浓度");
	check_gaps("Annex  A  and B", "Annex  A  and B");   /* half-width neighbours */
	check_gaps("  标题  ", "  标题  ");              /* the ends stay */
	check_gaps("总体要求  3", "总体要求  3");        /* and figures at the end */
}

/* A made-up report, every line spaced out, ten lines and more. */
static const char spaced[] =
	"关  于  某  市  预  算  执  行  情  况  的  报  告\n"
	"各  位  代  表  ：\n"
	"一  、  2025年  全  市  预  算  执  行  情  况\n"
	"全  市  一  般  公  共  预  算  收  入  完  成  20亿  元  ，\n"
	"增  长  3%。  其  中  税  收  收  入  完  成  11亿  元  。\n"
	"-1-\n"
	"（  一  ）  一  般  公  共  预  算  收  支  情  况  。\n"
	"支  出  预  算  执  行  情  况  ：  全  市  支  出  完  成\n"
	"（  二  ）  政  府  性  基  金  预  算  收  支  情  况  。\n"
	"二  、  2026年  预  算  草  案\n"
	"根  据  前  述  形  势  判  断  ，  收  入  按  增  长  安  排  。\n"
	"三  、  扎  实  做  好  预  算  执  行  工  作\n";

static void
detected(void **state)
{
	(void)state;
	assert_true(spacing_detect(spaced, strlen(spaced)));
	/* a title and a heading spaced out in a text set solid */
	assert_false(spacing_detect("目  录\n前  言\n一、总体要求\n坚持稳中求进工作总基调，推动高质量发展。\n",
				    strlen("目  录\n前  言\n一、总体要求\n坚持稳中求进工作总基调，推动高质量发展。\n")));
}

static void
loaded_outline(void **state)
{
	(void)state;
	struct doc *doc = unit_load(spaced, NULL);
	char *p = unit_paragraph(doc, 2);

	assert_string_equal(p, "一、2025年全市预算执行情况");
	free(p);
	doc_free(doc);
}

static void
check_digits(const char *text, const char *want)
{
	check_with(spacing_close_digits, text, want);
}

/* A copy that set a space after every digit: its numbers are closed up;
 * a number written whole keeps the space after it, and so does a digit
 * before a half-width word. */
static void
digits_closed_up(void **state)
{
	(void)state;
	check_digits("——1 9 9 8 年3 月5 日在", "——1998年3月5日在");
	check_digits("达到7 4 7 7 2 亿元，增长8 ．8 ％，1 0 ．0 6 ‰", "达到74772亿元，增长8．8％，10．06‰");
	check_digits("在 2006 年增长 5 % 共 12 项", "在 2006 年增长 5% 共 12 项");
	check_digits("第1 A 和 3 b\n9 9", "第1 A 和 3 b\n99");
}

/* A made-up page whose digits are spaced out throughout. */
static const char spaced_digits[] =
	"1 9 9 8 年政府工作报告\n"
	"——1 9 9 8 年3 月5 日在第九届全国人民代表大会第一次会议上\n"
	"一、关于过去五年的政府工作\n"
	"1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，粮食产量达到4 9 2 5 0 万吨。\n"
	"二、关于1 9 9 8 年政府工作的建议\n"
	"保持国际收支平衡。\n";

static void
digits_detected(void **state)
{
	(void)state;
	struct doc *doc;
	char *p;

	assert_true(spacing_digits_detect(spaced_digits, strlen(spaced_digits)));
	/* numbers written whole, or a table's cells of one digit */
	assert_false(spacing_digits_detect("2025 年预算 1998 年\n1 2 3\n4 5 6\n7 8 9\n",
					   strlen("2025 年预算 1998 年\n1 2 3\n4 5 6\n7 8 9\n")));
	doc = unit_load(spaced_digits, NULL);
	p = unit_paragraph(doc, 4);
	assert_string_equal(p, "二、关于1998年政府工作的建议");
	assert_string_equal(doc->date, "1998-03-05");
	free(p);
	doc_free(doc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(closed_up),
		cmocka_unit_test(gaps_closed),
		cmocka_unit_test(detected),
		cmocka_unit_test(loaded_outline),
		cmocka_unit_test(digits_closed_up),
		cmocka_unit_test(digits_detected),
	};
	return UNIT_RUN(tests);
}
