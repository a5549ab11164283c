/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test_genre.c - the genre word of a title, on titles as reports write
 * them (most from the corpus). */
#include "unit.h"

#include "genre.h"

static void
expect(const char *title, const char *genre)
{
	const char *got = genre_of_title(title);
	if (genre == NULL ? got != NULL : got == NULL || strcmp(got, genre) != 0)
		print_error("%s: got %s, expected %s\n", title, got ? got : "(none)",
			    genre ? genre : "(none)");
	if (genre == NULL)
		assert_null(got);
	else
		assert_string_equal(got, genre);
}

static void
the_last_word(void **state)
{
	(void)state;
	expect("2026年上海市政府工作报告", "报告");
	expect("2023年法治建设工作总结", "总结");
	expect("上海市城乡规划条例", "条例");
	expect("关于优化营商环境工作情况的报告", "报告");
	expect("在中国共产党全国代表会议上的讲话", "讲话");
	expect("七宝镇限额以下小型建设工程管理的实施意见", "意见");
	expect("中华人民共和国国家赔偿法", "法");
	expect("上海市实施《中华人民共和国防洪法》办法", "办法");
	expect("国务院关于修改部分行政法规的决定", "决定");
	expect("国家发展改革委关于同意XX项目的批复", "批复");
	expect("关于商请提供有关材料的函", "函");
	expect("某市进一步促进投资增长十八条措施", "措施");
	expect("关于支持小微企业发展的若干措施", "措施");
}

static void
the_outer_document(void **state)
{
	(void)state;
	expect("关于印发《上海市粮仓光伏建设实施方案》的通知", "通知");
	expect("闵行区人民政府关于印发《闵行区城市更新“十五五”规划》的通知", "通知");
	expect("上海市嘉定区人民政府办公室关于转发《嘉定区系统化全域推进海绵城市建设的实施方案》的通知",
	       "通知");
	expect("《柘林镇文物保护规划》", "规划");
}

static void
subtitles_and_brackets(void **state)
{
	(void)state;
	expect("政府工作报告——2018年3月5日在第十三届全国人民代表大会第一次会议上", "报告");
	expect("中华人民共和国民事诉讼法（2021年修正）", "法");
	expect("XX市数据安全管理办法（试行）", "办法");
	expect("关于加快发展的若干意见（征求意见稿）（草案）", "意见");
	expect("2023年工作总结。", "总结");
	expect("“十四五”规划 ", "规划");
}

static void
no_genre(void **state)
{
	(void)state;
	expect(NULL, NULL);
	expect("", NULL);
	expect("2025年经济运行情况", NULL);
	expect("关于建立报告制度", NULL);
	expect("市场支配者捆绑销售服务，侵害了消费者的消费选择权", NULL);
	expect("新时代的工作方法", NULL);
	expect("法", NULL);
	expect("（草案）", NULL);
	expect("Annual report", NULL);
}

/* A caption saying who gives the report, against titles that end with
 * the same genre words. */
static void
delivered_not_titled(void **state)
{
	(void)state;
	assert_true(genre_delivered("市长王某某作政府工作报告"));
	assert_true(genre_delivered("主任李某作工作报告"));
	assert_true(genre_delivered("国务院总理张某作政府工作报告"));
	assert_true(genre_delivered("县长刘某在大会上作重要讲话"));
	assert_true(genre_delivered("陈某某区长作说明"));
	assert_false(genre_delivered(NULL));
	assert_false(genre_delivered("关于某某工作情况的报告"));
	assert_false(genre_delivered("——在某某会议上的讲话"));
	assert_false(genre_delivered("2025年某某市政府工作报告"));
	assert_false(genre_delivered("关于市长办公会议作出的决定"));
	assert_false(genre_delivered("市长王某作政府工作报告，会议听取"));
	assert_false(genre_delivered("局长述职工作报告"));
	assert_false(genre_delivered("市长王某作出的规划"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_last_word),
		cmocka_unit_test(the_outer_document),
		cmocka_unit_test(subtitles_and_brackets),
		cmocka_unit_test(no_genre),
		cmocka_unit_test(delivered_not_titled),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
