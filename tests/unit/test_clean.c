/* test_clean.c - noise rules: markers, advertising after the sign-off,
 * web furniture before the report, the guard against dropping real text. */
#include <stdio.h>

#include "unit.h"

static struct noise_rules *
rules_from(const char *text)
{
	struct noise_rules *rules = NULL;
	struct bg_error err = { BG_OK, "" };

	assert_int_equal(noise_rules_parse(&rules, text, &err), BG_OK);
	return rules;
}

static const char default_rules[] =
	"# comment\n"
	"marker ##paidbegin##\n"
	"marker ##paidend##\n"
	"tail 【[^】]{0,24}(素材库|代笔)】\n"
	"tail (添加|联系)?客服[：:]\n"
	"edge ^[[:space:]]*((下载|打印|收藏)[[:space:]]*)+$\n"
	"head ^(来源|时间)[：:].{0,60}$\n";

static void
marker_cut_text_joined(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from(default_rules);
	struct doc *doc = unit_load("结合“我为群众办实事”##paidbegin##“大调研”等活动。\n##paidend##\n", rules);
	char *p = unit_paragraph(doc, 0);
	const char *at = strstr(doc->text, "“大调研”");
	uint32_t line, column;

	assert_string_equal(p, "结合“我为群众办实事”“大调研”等活动。");
	assert_int_equal(doc->paragraph_count, 1);
	/* The text after the marker keeps its place in the source line. */
	doc_locate(doc, (size_t)(at - doc->text), &line, &column);
	assert_int_equal(line, 1);
	assert_int_equal(column, 12 + 13);
	free(p);
	doc_free(doc);
	noise_rules_free(rules);
}

static const char report_with_ads[] =
	"工作总结\n"
	"一、主要成效\n"
	"今年以来，我局认真贯彻落实各项决策部署，各项工作取得明显成效，全年共培训3860人，"
	"开展检查20次，办理案件8件，为下一步工作打下了坚实基础。我们将继续努力。\n"
	"二、存在问题\n"
	"一些干部的法治意识还有待进一步提高，相关制度还需要进一步完善，工作方法有待改进。\n"
	"三、下步打算\n"
	"继续加强学习，完善制度，推动各项工作再上新台阶，为经济社会发展提供坚强保障。\n"
	"某某区人力资源和社会保障局\n"
	"2023年11月23日\n"
	"【哒哒素材库】——每天更新材料\n"
	"添加客服：cwk\n";

static void
advertising_after_sign_off(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from(default_rules);
	struct doc *doc = unit_load(report_with_ads, rules);
	char *last = unit_paragraph(doc, doc->paragraph_count - 1);

	assert_string_equal(last, "2023年11月23日");
	assert_null(strstr(doc->text, "素材库"));
	assert_int_equal(doc->warning_count, 0);
	assert_string_equal(doc->issuer, "某某区人力资源和社会保障局");
	free(last);
	doc_free(doc);
	noise_rules_free(rules);
}

static void
ads_kept_without_rules(void **state)
{
	(void)state;
	struct doc *doc = unit_load(report_with_ads, NULL);
	assert_non_null(strstr(doc->text, "素材库"));
	doc_free(doc);
}

static void
furniture_before_title(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from(default_rules);
	struct doc *doc = unit_load("下载 打印 收藏\n"
				    "关于做好工作的通知\n"
				    "来源：区政府办公室\n"
				    "各单位：为做好相关工作，现将有关事项通知如下。\n"
				    "一、总体要求\n"
				    "来源：这一段是正文，不在页首，不删。\n", rules);

	assert_string_equal(doc->title, "关于做好工作的通知");
	assert_null(strstr(doc->text, "打印"));
	assert_null(strstr(doc->text, "区政府办公室"));
	assert_non_null(strstr(doc->text, "这一段是正文"));
	doc_free(doc);
	noise_rules_free(rules);
}

static void
too_much_removed_is_kept(void **state)
{
	(void)state;
	/* A rule that would match most of a short document is taken to be
	 * wrong: everything is kept and a warning says so. */
	struct noise_rules *rules = rules_from("edge 。\n");
	struct doc *doc = unit_load("第一段。\n第二段。\n第三段。\n", rules);

	assert_int_equal(doc->paragraph_count, 3);
	assert_int_equal(doc->warning_count, 1);
	assert_non_null(strstr(doc->warnings[0], "kept everything"));
	doc_free(doc);
	noise_rules_free(rules);
}

static void
page_numbers_between_wrapped_lines(void **state)
{
	(void)state;
	/* A PDF page break: the page number goes, and the sentence it cut in
	 * two is joined again. */
	/* The page number alone, and between blank lines. */
	static const char *const breaks[] = { "— 3 —\n", "\n— 3 —\n\n" };
	struct noise_rules *rules = rules_from("line ^[-—][[:space:]]*[0-9]{1,4}[[:space:]]*[-—]$\n");

	for (size_t i = 0; i < sizeof breaks / sizeof breaks[0]; i++) {
		char text[512];
		struct doc *doc;
		char *p;

		snprintf(text, sizeof text, "全面贯彻落实各项工作部\n署，坚持稳中求进工作总\n%s"
			 "基调，推动高质量发展。\n加强组织领导，明确责任\n分工，确保各项任务落实\n"
			 "到位。\n表格中的数字\n3\n", breaks[i]);
		doc = unit_load(text, rules);
		p = unit_paragraph(doc, 0);
		assert_string_equal(p, "全面贯彻落实各项工作部署，坚持稳中求进工作总基调，推动高质量发展。");
		/* A number alone on a line is data, not a page number. */
		assert_non_null(strstr(doc->text, "\n3\n"));
		free(p);
		doc_free(doc);
	}
	noise_rules_free(rules);
}

static void
bad_rules(void **state)
{
	(void)state;
	struct noise_rules *rules = NULL;
	struct bg_error err = { BG_OK, "" };

	assert_int_equal(noise_rules_parse(&rules, "marker ok\nnonsense rule\n", &err), BG_ERR_RULES);
	assert_string_equal(err.detail, "line 2: unknown rule kind 'nonsense' (marker, head, tail, edge, line)");
	assert_int_equal(noise_rules_parse(&rules, "tail [unclosed\n", &err), BG_ERR_RULES);
	assert_non_null(strstr(err.detail, "line 1: "));
	assert_int_equal(noise_rules_parse(&rules, "tail\n", &err), BG_ERR_RULES);
	/* A marker in GBK (##付费##) would cut pieces of characters out. */
	assert_int_equal(noise_rules_parse(&rules, "marker ##\xb8\xb6\xb7\xd1##\n", &err),
			 BG_ERR_RULES);
	assert_string_equal(err.detail, "line 1: a marker must be UTF-8");
	noise_rules_free(rules);
	rules = NULL;
	assert_int_equal(noise_rules_load(&rules, "/nonexistent/rules", &err), BG_ERR_OPEN);
	noise_rules_free(rules);
}

static void
overlapping_markers_merge(void **state)
{
	(void)state;
	struct noise_rules *rules = rules_from("marker ##ab##\nmarker b##cd\n");
	struct noise_cut *cuts;
	size_t count;
	static const char text[] = "x##ab##cdy##ab##z";

	assert_int_equal(noise_find_markers(rules, text, sizeof text - 1, &cuts, &count), BG_OK);
	assert_int_equal(count, 2);
	assert_int_equal(cuts[0].start, 1);
	assert_int_equal(cuts[0].length, 8);
	assert_int_equal(cuts[1].start, 10);
	free(cuts);
	noise_rules_free(rules);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(marker_cut_text_joined),
		cmocka_unit_test(advertising_after_sign_off),
		cmocka_unit_test(ads_kept_without_rules),
		cmocka_unit_test(furniture_before_title),
		cmocka_unit_test(too_much_removed_is_kept),
		cmocka_unit_test(page_numbers_between_wrapped_lines),
		cmocka_unit_test(bad_rules),
		cmocka_unit_test(overlapping_markers_merge),
	};
	return UNIT_RUN(tests);
}
