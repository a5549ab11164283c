/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_spacing.c - text a PDF extraction spaced out a character at a time,
 * closed up before it is read; a heading spaced out alone left as it is. */
#include "spacing.h"
#include "unit.h"

/* Closes up TEXT and compares with WANT. */
static void
check(const char *text, const char *want)
{
	char *s = strdup(text);
	size_t n = spacing_close_up(s, strlen(s));

	assert_int_equal(n, strlen(want));
	assert_memory_equal(s, want, n);
	free(s);
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

/* Closes up the gaps of TEXT and compares with WANT. */
static void
check_gaps(const char *text, const char *want)
{
	char *s = strdup(text);
	size_t n = spacing_close_gaps(s, strlen(s));

	assert_int_equal(n, strlen(want));
	assert_memory_equal(s, want, n);
	free(s);
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(closed_up),
		cmocka_unit_test(gaps_closed),
		cmocka_unit_test(detected),
		cmocka_unit_test(loaded_outline),
	};
	return UNIT_RUN(tests);
}
